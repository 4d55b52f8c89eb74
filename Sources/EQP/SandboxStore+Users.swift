import Formats

/// What a profile update may ask for (users.md, "Update profile data").
public enum ProfileAction: String, Sendable {
    /// Save without publishing.
    case draft
    /// Publish, which needs a complete profile.
    case submit
}

extension SandboxStore {
    /// `GET /rest/v1/users/:mage_id` for the authenticated user.
    public func profile(mageID: String, style: ProfileStyle, links: DownloadLinks) throws -> JSON {
        try withState { s, _ in
            let user = try s.user(mageID)
            return user.profileJSON(style: style, image: user.profileImageFileID.flatMap { s.fileInfo($0) }, links: links)
        }
    }

    /// `PUT /rest/v1/users/:mage_id`: merges `body` into the profile and answers with the whole
    /// updated profile. All or nothing: any invalid field, or `submit` of an incomplete
    /// profile, leaves the profile unchanged.
    public func updateProfile(mageID: String, body: JSON, links: DownloadLinks) throws -> JSON {
        guard case .object(let patch) = body else { throw EQPError.wrongType("The request body", expected: .object, actual: body) }
        let action = try Self.profileAction(patch["action"])
        return try withState { s, now in
            var user = try s.user(mageID)
            var profile = user.profile
            do {
                try ProfileSchema.merge(patch, into: &profile, fields: ProfileSchema.fields, path: "", mode: .update)
            } catch let issue as FieldIssue {
                throw issue.eqpError
            }
            for section in ["personal_profile", "company_profile"] where profile[section] != user.profile[section] {
                profile[section]?["modified_at"] = .string(UTCTimestamp.format(now))
            }
            user.profile = profile
            if let image = patch["profile_image_artifact"] {
                user.profileImageFileID = try s.profileImageID(image, owner: mageID)
            }
            if let callbacks = patch["api_callbacks"] {
                user.callbacks = try Self.callbacks(callbacks, replacing: user.callbacks)
            }
            if action == .submit {
                let missing = user.missingForSubmit
                guard missing.isEmpty else {
                    throw EQPErrorDefinition.profileIncomplete.error(["fields": missing.joined(separator: ", ")])
                }
                user.publishedAt = now
            }
            s.users[mageID] = user
            return user.profileJSON(style: .full, image: user.profileImageFileID.flatMap { s.fileInfo($0) }, links: links)
        }
    }

    /// The registered callbacks with their passwords, for the server's deliveries and tests.
    public func callbacks(mageID: String) throws -> [APICallback] {
        try withState { s, _ in try s.existingUser(mageID).callbacks }
    }

    /// `action` is optional and defaults to `draft`, as for packages (packages.md).
    static func profileAction(_ value: JSON?) throws -> ProfileAction {
        guard let value else { return .draft }
        guard case .string(let s) = value, let action = ProfileAction(rawValue: s) else {
            throw EQPErrorDefinition.invalidAction.error(["value": quoted(value)])
        }
        return action
    }

    /// Reads `api_callbacks` (callbacks.md, "Register a callback"). The array replaces the old
    /// one; an entry sent without `password` keeps the password of the old entry with the same
    /// url and username, so a client can PUT back what GET showed without losing passwords.
    static func callbacks(_ value: JSON, replacing old: [APICallback]) throws -> [APICallback] {
        guard case .array(let items) = value else { throw EQPError.wrongType("api_callbacks", expected: .array, actual: value) }
        var out: [APICallback] = []
        for (i, item) in items.enumerated() {
            let path = indexPath("api_callbacks", i)
            guard case .object(let o) = item else { throw EQPError.wrongType(path, expected: .object, actual: item) }
            func text(_ key: String) throws -> String? {
                guard let v = o[key] else { return nil }
                guard case .string(let s) = v else { throw EQPError.wrongType(joinPath(path, key), expected: .string, actual: v) }
                return s
            }
            guard let url = try text("url") else { throw EQPError.missing(joinPath(path, "url")) }
            if let problem = ProfileSchema.problem(with: url, check: .url) { throw EQPError.invalidValue(joinPath(path, "url"), problem) }
            var callback = APICallback(name: try text("name"), url: url, username: try text("username"), password: try text("password"))
            if callback.password == nil {
                callback.password = old.first { $0.url == callback.url && $0.username == callback.username }?.password
            }
            out.append(callback)
        }
        return out
    }
}

extension SandboxState {
    /// The record of a file as the API shows it, or nil if there is no such file.
    func fileInfo(_ id: String) -> FileInfo? {
        guard let file = files[id] else { return nil }
        return FileInfo(file, isProfileImage: users[file.ownerMageID]?.profileImageFileID == id)
    }

    /// Reads `profile_image_artifact` from a PUT: null removes the image; otherwise
    /// `file_upload_id` must name one of the user's own image uploads that has not failed its scan.
    func profileImageID(_ value: JSON, owner: String) throws -> String? {
        let field = "profile_image_artifact"
        if value.isNull { return nil }
        guard case .object(let o) = value else { throw EQPError.wrongType(field, expected: .object, actual: value) }
        let idField = joinPath(field, "file_upload_id")
        guard let idValue = o["file_upload_id"] else { throw EQPError.missing(idField) }
        guard case .string(let id) = idValue else { throw EQPError.wrongType(idField, expected: .string, actual: idValue) }
        guard let file = files[id], file.ownerMageID == owner else {
            throw EQPError.invalidValue(idField, "must name one of your uploads; there is no file '\(id)'")
        }
        guard FileContentTypes.images.contains(file.contentType) else {
            throw EQPError.invalidValue(idField, "must name an image (\(FileContentTypes.images.joined(separator: ", "))); '\(id)' is \(file.contentType)")
        }
        guard file.status != .fail else {
            throw EQPError.invalidValue(idField, "must name a file that passed the malware scan; '\(id)' failed it")
        }
        return id
    }
}
