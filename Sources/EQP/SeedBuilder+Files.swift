import Formats

extension SeedBuilder {
    static let fileKeys = ["file_upload_id", "filename", "content_type", "malware_status", "uploaded_at", "content"]
    static let contentKinds = ["base64", "text", "path"]

    mutating func files(_ value: JSON?, _ path: String, owner: String, doc: SeedDocument) throws -> [SeedFile] {
        var out: [SeedFile] = []
        for (i, item) in try doc.array(value, path).enumerated() {
            let itemPath = indexPath(path, i)
            let o = try doc.object(item, itemPath, allowed: Self.fileKeys)
            let id = try doc.string(o, "file_upload_id", itemPath)
            guard !id.contains("/") else { throw doc.fail(joinPath(itemPath, "file_upload_id"), "must not contain '/'") }
            if let origin = fileOrigins[id] {
                throw doc.fail(joinPath(itemPath, "file_upload_id"), "file '\(id)' is already defined in \(origin)")
            }
            fileOrigins[id] = "\(doc.file) \(itemPath)"
            let filename = try doc.string(o, "filename", itemPath)
            let contentType = FileContentTypes.essence(try doc.string(o, "content_type", itemPath))
            guard FileContentTypes.recognised.contains(contentType) else {
                throw doc.fail(joinPath(itemPath, "content_type"),
                               "'\(contentType)' is not a recognised content type (files.md): \(FileContentTypes.recognised.joined(separator: ", "))")
            }
            var status = MalwareStatus.pass
            if let s = try doc.optionalString(o, "malware_status", itemPath) {
                guard let parsed = MalwareStatus(rawValue: s) else {
                    throw doc.fail(joinPath(itemPath, "malware_status"), "must be one of pass, fail, in-progress; got '\(s)'")
                }
                status = parsed
            }
            let bytes = try content(o["content"], joinPath(itemPath, "content"), doc: doc)
            guard !bytes.isEmpty else { throw doc.fail(joinPath(itemPath, "content"), "the file is empty") }
            out.append(SeedFile(id: id, ownerMageID: owner, filename: filename, contentType: contentType, bytes: bytes,
                                status: status, uploadedAt: try doc.optionalTimestamp(o, "uploaded_at", itemPath)))
        }
        return out
    }

    /// A file's bytes, given as exactly one of `base64`, `text` (UTF-8) or `path` (relative to
    /// the seed folder).
    func content(_ value: JSON?, _ path: String, doc: SeedDocument) throws -> [UInt8] {
        guard let value else { throw doc.fail(path, "is required: an object with one of \(Self.contentKinds.joined(separator: ", "))") }
        let o = try doc.object(value, path, allowed: Self.contentKinds)
        let given = Self.contentKinds.filter { o[$0] != nil }
        guard given.count == 1, let kind = given.first else {
            throw doc.fail(path, "must have exactly one of \(Self.contentKinds.joined(separator: ", ")), got \(given.isEmpty ? "none" : given.joined(separator: " and "))")
        }
        let text = try doc.optionalString(o, kind, path) ?? ""
        switch kind {
        case "base64":
            guard let bytes = Base64.decode(text) else { throw doc.fail(joinPath(path, "base64"), "is not valid base64") }
            return bytes
        case "text":
            return Array(text.utf8)
        default:
            guard let directory else { throw doc.fail(joinPath(path, "path"), "file paths need a seed folder to resolve against") }
            guard !text.hasPrefix("/"), !text.split(separator: "/").contains("..") else {
                throw doc.fail(joinPath(path, "path"), "must be a relative path inside the seed folder, got '\(text)'")
            }
            do {
                return try SeedLoader.readFile(directory + "/" + text)
            } catch let error as FileSystemError {
                throw doc.fail(joinPath(path, "path"), error.message)
            }
        }
    }
}
