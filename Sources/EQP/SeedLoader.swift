import Formats
import Glibc

/// Reads a seed-data folder: every `*.json` file in it, in name order (seed-data/README.md
/// documents the format).
public enum SeedLoader {
    /// Loads and validates every `*.json` file in `directory`.
    public static func load(directory: String, maxAccessKeysPerUser: Int = 3) throws -> Seed {
        let names = try listJSONFiles(in: directory)
        var documents: [(name: String, bytes: [UInt8])] = []
        for name in names {
            do {
                documents.append((name, try readFile(directory + "/" + name)))
            } catch let error as FileSystemError {
                throw SeedError(file: name, path: "", problem: error.message)
            }
        }
        return try load(documents: documents, directory: directory, maxAccessKeysPerUser: maxAccessKeysPerUser)
    }

    /// Validates seed documents given as bytes. `directory` resolves `content.path` entries;
    /// without one they are errors.
    public static func load(documents: [(name: String, bytes: [UInt8])], directory: String? = nil,
                            maxAccessKeysPerUser: Int = 3) throws -> Seed {
        var builder = SeedBuilder(directory: directory, maxAccessKeysPerUser: maxAccessKeysPerUser)
        for document in documents {
            let json: JSON
            do {
                json = try JSON.parse(document.bytes)
            } catch let error as JSONParseError {
                throw SeedError(file: document.name, path: "", problem: "not valid JSON: \(error)")
            }
            try builder.add(json, file: document.name)
        }
        return try builder.finish()
    }

    /// The `*.json` names in `directory`, sorted; hidden files are skipped.
    static func listJSONFiles(in directory: String) throws -> [String] {
        guard let dir = opendir(directory) else {
            throw SeedError(file: directory, path: "", problem: "cannot open the seed folder: \(errnoMessage())")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            // d_name is NUL-terminated; the bytes after the NUL are undefined, so read it as a
            // C string rather than decoding the whole array.
            var nameBytes = entry.pointee.d_name
            let capacity = MemoryLayout.size(ofValue: nameBytes)
            let name = withUnsafePointer(to: &nameBytes) {
                $0.withMemoryRebound(to: CChar.self, capacity: capacity) { String(cString: $0) }
            }
            if name.hasSuffix(".json") && !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    /// The whole content of a file.
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError(message: "cannot open \(path): \(errnoMessage())") }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(message: "cannot read \(path): \(errnoMessage())")
            }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    static func errnoMessage() -> String { String(cString: strerror(errno)) }
}

struct FileSystemError: Error {
    var message: String
}
