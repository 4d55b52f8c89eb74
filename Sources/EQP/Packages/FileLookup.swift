import Formats

/// What a package shows of a file it refers to (packages.md, "artifact.*").
public struct ReferencedFile: Sendable, Equatable {
    public var fileUploadID: String
    public var filename: String
    public var contentType: String
    public var size: Int
    public var malwareStatus: MalwareStatus
    /// MD5 of the bytes; nil until the scan passes (files.md).
    public var fileHash: String?
    public var url: String

    public init(fileUploadID: String, filename: String, contentType: String, size: Int,
                malwareStatus: MalwareStatus, fileHash: String?, url: String) {
        self.fileUploadID = fileUploadID
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.malwareStatus = malwareStatus
        self.fileHash = fileHash
        self.url = url
    }

    /// The expanded reference, in the order of "Get package details": file_upload_id, filename,
    /// content_type, size, malware_status, file_hash, then url (documented under artifact.url).
    public var json: JSON {
        var o = JSONObject()
        o.append("file_upload_id", .string(fileUploadID))
        o.append("filename", .string(filename))
        o.append("content_type", .string(contentType))
        o.append("size", .int(size))
        o.append("malware_status", .string(malwareStatus.rawValue))
        if let fileHash { o.append("file_hash", .string(fileHash)) }
        o.append("url", .string(url))
        return .object(o)
    }
}

/// How package code sees the caller's files: a file id gives the file, or nil when there is no
/// such file among the caller's own uploads. The store builds one per request, bound to the
/// caller (so another user's file is simply "not found").
public struct FileLookup {
    let find: (String) -> ReferencedFile?

    public init(_ find: @escaping (String) -> ReferencedFile?) { self.find = find }

    /// A lookup over a fixed set of files (tests, seed loading).
    public init(_ files: [ReferencedFile]) {
        var byID: [String: ReferencedFile] = [:]
        for file in files { byID[file.fileUploadID] = file }
        self.find = { byID[$0] }
    }

    /// A lookup that knows no files.
    public static let none = FileLookup { _ in nil }

    public func callAsFunction(_ fileUploadID: String) -> ReferencedFile? { find(fileUploadID) }
}
