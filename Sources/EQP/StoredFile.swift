import Formats

/// An uploaded file as the store keeps it: the exact bytes plus what files.md reports.
struct StoredFile: Sendable, Codable {
    var id: String
    var ownerMageID: String
    var filename: String
    var contentType: String
    /// Not in the coded form: with --data-dir the bytes live in their own file (Persistence/FileBlobStore.swift).
    var bytes: [UInt8] = []
    /// MD5 of `bytes`, computed at upload; published as `file_hash` only once the scan passes.
    var md5: String
    var uploadedAt: Int
    var status: MalwareStatus
    /// When an `in-progress` scan completes, on the sandbox clock.
    var scanDueAt: Int
    /// What the scan will find, decided when the bytes arrive (outside the store's lock).
    var verdict: MalwareStatus
    /// Packages that reference this file (maintained by the packages resource).
    var submissionIDs: [String]

    /// Every stored property but `bytes`.
    enum CodingKeys: String, CodingKey {
        case id, ownerMageID, filename, contentType, md5, uploadedAt, status, scanDueAt, verdict, submissionIDs
    }
}

/// The bytes behind a file's download `url`.
public struct FileDownload: Sendable {
    public var filename: String
    public var contentType: String
    public var bytes: [UInt8]
}
