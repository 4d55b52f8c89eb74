import Formats

/// A file record as the API shows it (files.md, "Get a file upload"), without the bytes.
public struct FileInfo: Sendable, Equatable {
    public var fileUploadID: String
    public var filename: String
    public var contentType: String
    public var size: Int
    public var malwareStatus: MalwareStatus
    /// The MD5 of the bytes, present only when `malwareStatus` is `pass`.
    public var fileHash: String?
    public var submissionIDs: [String]
    public var isProfileImage: Bool

    init(_ file: StoredFile, isProfileImage: Bool) {
        fileUploadID = file.id
        filename = file.filename
        contentType = file.contentType
        size = file.bytes.count
        malwareStatus = file.status
        fileHash = file.status == .pass ? file.md5 : nil
        submissionIDs = file.submissionIDs
        self.isProfileImage = isProfileImage
    }

    /// The full record of `GET /rest/v1/files/uploads/:file_upload_id`.
    public func json(links: DownloadLinks) -> JSON {
        var o = JSONObject()
        o.append("file_upload_id", .string(fileUploadID))
        o.append("filename", .string(filename))
        o.append("content_type", .string(contentType))
        o.append("size", .int(size))
        o.append("malware_status", .string(malwareStatus.rawValue))
        if let fileHash { o.append("file_hash", .string(fileHash)) }
        o.append("submission_ids", .array(submissionIDs.map { .string($0) }))
        o.append("is_profile_image", .bool(isProfileImage))
        o.append("url", .string(links.url(fileUploadID: fileUploadID, filename: filename)))
        return .object(o)
    }

    /// The artifact form embedded in profiles (users.md `profile_image_artifact`) and packages.
    public func artifactJSON(links: DownloadLinks) -> JSON {
        var o = JSONObject()
        o.append("file_upload_id", .string(fileUploadID))
        o.append("filename", .string(filename))
        o.append("content_type", .string(contentType))
        o.append("url", .string(links.url(fileUploadID: fileUploadID, filename: filename)))
        o.append("size", .int(size))
        if let fileHash { o.append("file_hash", .string(fileHash)) }
        o.append("malware_status", .string(malwareStatus.rawValue))
        return .object(o)
    }

    /// One item of the `POST /rest/v1/files/uploads` answer (files.md, "Upload files"), with the
    /// batch `code`/`message` pair (rest-api.md, "Batch response").
    public var uploadJSON: JSON {
        [
            "filename": .string(filename),
            "content_type": .string(contentType),
            "size": .int(size),
            "file_upload_id": .string(fileUploadID),
            "code": 200,
            "message": "Success",
        ]
    }
}
