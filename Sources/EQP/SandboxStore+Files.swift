import Formats

/// Uploads, records, downloads and deletion (files.md; SANDBOX-NOTES.md, "Files").
extension SandboxStore {
    /// `POST /rest/v1/files/uploads`: one outcome per part, in order. A bad part is an error for
    /// that item only (SANDBOX-NOTES.md); the others are stored and start their malware scan.
    public func upload(mageID: String, parts: [UploadPart]) throws -> [UploadOutcome] {
        guard !parts.isEmpty else { throw EQPErrorDefinition.noParts.error() }
        // Hashing and scanning happen before taking the lock: files may be large.
        let checked: [Result<PreparedUpload, RejectedUpload>] = parts.enumerated().map { i, part in
            Self.prepare(part, index: i + 1)
        }
        return try withState { s, now in
            _ = try s.user(mageID)
            var outcomes: [UploadOutcome] = []
            for result in checked {
                switch result {
                case .failure(let rejected):
                    outcomes.append(.rejected(filename: rejected.filename, rejected.error))
                case .success(let upload):
                    var id = ids.fileUploadID(now: now)
                    while s.files[id] != nil { id = ids.fileUploadID(now: now) }
                    var file = StoredFile(id: id, ownerMageID: mageID, filename: upload.filename, contentType: upload.contentType,
                                          bytes: upload.bytes, md5: upload.md5, uploadedAt: now, status: .inProgress,
                                          scanDueAt: now + options.scanDelaySeconds, verdict: upload.verdict, submissionIDs: [])
                    s.files[id] = file
                    s.fileOrder.append(id)
                    s.pendingScans.add(id, dueAt: file.scanDueAt)
                    if options.scanDelaySeconds <= 0 {
                        s.settleScans(now: now)
                        file = s.files[id] ?? file
                    }
                    outcomes.append(.stored(FileInfo(file, isProfileImage: false)))
                }
            }
            return outcomes
        }
    }

    /// `GET /rest/v1/files/uploads`: the user's files in upload order, paged only (filtering.md).
    public func files(mageID: String, page: PageRequest) throws -> Page<FileInfo> {
        try withState { s, _ in
            _ = try s.user(mageID)
            let mine = s.fileOrder.compactMap { id -> FileInfo? in
                guard let file = s.files[id], file.ownerMageID == mageID else { return nil }
                return s.fileInfo(id)
            }
            return page.apply(mine)
        }
    }

    /// `GET /rest/v1/files/uploads/:file_upload_id`. Another user's file is 404, like a missing one.
    public func file(mageID: String, id: String) throws -> FileInfo {
        try withState { s, _ in
            guard let file = s.files[id], file.ownerMageID == mageID, let info = s.fileInfo(id) else {
                throw EQPErrorDefinition.fileNotFound.error(["file_upload_id": id])
            }
            return info
        }
    }

    /// `DELETE /rest/v1/files/uploads/:file_upload_id` (SANDBOX-NOTES.md): refused while a
    /// submitted package uses the file; a profile image that is deleted is unset.
    public func deleteFile(mageID: String, id: String) throws {
        try withState { s, _ in
            guard let file = s.files[id], file.ownerMageID == mageID else {
                throw EQPErrorDefinition.fileNotFound.error(["file_upload_id": id])
            }
            let blocking = file.submissionIDs.filter { s.isSubmitted($0) }
            guard blocking.isEmpty else {
                throw EQPErrorDefinition.fileInUse.error(["file_upload_id": id, "submission_ids": blocking.joined(separator: ", ")])
            }
            s.files[id] = nil
            s.fileOrder.removeAll { $0 == id }
            s.pendingScans.removeAll { $0 == id }
            if s.users[mageID]?.profileImageFileID == id { s.users[mageID]?.profileImageFileID = nil }
        }
    }

    /// The bytes behind a file's `url`. The link works without a session, like the real static
    /// host's; the filename must match.
    public func download(id: String, filename: String) -> FileDownload? {
        read { s, _ in
            guard let file = s.files[id], file.filename == filename else { return nil }
            return FileDownload(filename: file.filename, contentType: file.contentType, bytes: file.bytes)
        }
    }

    /// Checks one part (files.md, "Upload files") and computes its hash and scan verdict.
    static func prepare(_ part: UploadPart, index: Int) -> Result<PreparedUpload, RejectedUpload> {
        let filename = part.filename.map(baseName)
        func reject(_ error: EQPError) -> Result<PreparedUpload, RejectedUpload> {
            .failure(RejectedUpload(filename: filename, error: error))
        }
        guard part.name == "file[]" else {
            return reject(EQPErrorDefinition.wrongPartName.error(["index": String(index), "name": part.name.map { "'\($0)'" } ?? "nothing (no name parameter)"]))
        }
        guard let filename, !filename.isEmpty else {
            return reject(EQPErrorDefinition.missingFilename.error(["index": String(index)]))
        }
        // A part without Content-Type is read by its extension, as curl and browsers name them.
        let declared = part.contentType.map(FileContentTypes.essence) ?? FileContentTypes.guess(forFilename: filename)
        guard let contentType = declared, FileContentTypes.recognised.contains(contentType) else {
            return reject(EQPErrorDefinition.unrecognisedContentType.error([
                "value": declared.map { "'\($0)'" } ?? "(none given, and the extension names none)", "filename": filename,
                "accepted": FileContentTypes.recognised.joined(separator: ", "),
            ]))
        }
        guard !part.bytes.isEmpty else { return reject(EQPErrorDefinition.emptyFile.error(["filename": filename])) }
        return .success(PreparedUpload(filename: filename, contentType: contentType, bytes: part.bytes,
                                       md5: MD5.hex(part.bytes), verdict: MalwareScanner.verdict(for: part.bytes)))
    }

    /// Browsers once sent whole paths (`C:\Users\me\icon.png`); keep the last component.
    static func baseName(_ filename: String) -> String {
        String(filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
    }
}

struct PreparedUpload: Sendable {
    var filename: String
    var contentType: String
    var bytes: [UInt8]
    var md5: String
    var verdict: MalwareStatus
}

struct RejectedUpload: Error, Sendable {
    var filename: String?
    var error: EQPError
}

extension SandboxState {
    /// Whether a package blocks deleting its files: it has been submitted at least once (any
    /// status but all-draft). A package that no longer exists blocks nothing.
    func isSubmitted(_ submissionID: String) -> Bool {
        guard let record = packages.records[submissionID] else { return false }
        return record.status != .draft
    }
}
