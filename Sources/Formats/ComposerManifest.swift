/// The parts of a Magento 2 extension's composer.json the sandbox needs: the package name
/// (the EQP sku), its version and its Composer type.
public struct ComposerManifest: Equatable, Sendable {
    public var name: String?
    public var version: String?
    public var type: String?

    public init(name: String? = nil, version: String? = nil, type: String? = nil) {
        self.name = name
        self.version = version
        self.type = type
    }

    /// Reads composer.json from a ZIP package: the one at the archive root, or else the one in
    /// its single top-level folder. Members that are missing or not strings are nil. Throws
    /// `ZipError` when the archive is unreadable, has no composer.json (or several candidates
    /// and none at the root), or when composer.json is over 1 MiB or not a JSON object.
    public static func read(fromZip bytes: [UInt8]) throws -> ComposerManifest {
        let archive = try ZipArchive(bytes)
        let entry = try manifestEntry(in: archive)
        let data = try archive.extract(entry, maxSize: 1 << 20)
        let json: JSON
        do {
            json = try JSON.parse(data)
        } catch {
            throw ZipError("\(entry.path) is not valid JSON: \(error)")
        }
        guard case .object = json else { throw ZipError("\(entry.path) is not a JSON object") }
        return ComposerManifest(
            name: json["name"]?.stringValue,
            version: json["version"]?.stringValue,
            type: json["type"]?.stringValue)
    }

    /// The shallowest composer.json: at the root, or one folder deep when exactly one such
    /// folder has it. Backslashes count as separators because some Windows tools write them.
    static func manifestEntry(in archive: ZipArchive) throws -> ZipEntry {
        var nested: [ZipEntry] = []
        for entry in archive.entries where !entry.isDirectory {
            let parts = entry.path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).filter { $0 != "." }
            guard parts.last == "composer.json" else { continue }
            if parts.count == 1 { return entry }
            // macOS Finder adds a __MACOSX folder of resource forks; it is never the package.
            if parts.count == 2 && parts[0] != "__MACOSX" { nested.append(entry) }
        }
        guard let first = nested.first else { throw ZipError("the ZIP archive has no composer.json") }
        guard nested.count == 1 else {
            let folders = nested.map { String($0.path.prefix { $0 != "/" && $0 != "\\" }) }
            throw ZipError("the ZIP archive has no composer.json at its root and several in top-level folders (\(folders.joined(separator: ", ")))")
        }
        return first
    }
}
