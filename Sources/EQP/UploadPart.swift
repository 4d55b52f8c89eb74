import Formats

/// One part of an upload request, already taken apart by the HTTP layer.
public struct UploadPart: Sendable {
    /// The form field name; files.md requires `file[]`.
    public var name: String?
    public var filename: String?
    public var contentType: String?
    public var bytes: [UInt8]

    public init(name: String?, filename: String?, contentType: String?, bytes: [UInt8]) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.bytes = bytes
    }
}

/// The answer for one part of an upload, in request order.
public enum UploadOutcome: Sendable, Equatable {
    case stored(FileInfo)
    case rejected(filename: String?, EQPError)

    public var json: JSON {
        switch self {
        case .stored(let info): return info.uploadJSON
        case .rejected(let filename, let error):
            return ["filename": filename.map { .string($0) } ?? .null, "code": .int(error.code), "message": .string(error.message)]
        }
    }
}
