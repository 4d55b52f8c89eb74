import Formats

extension SeedBuilder {
    static let userKeys = ["profile", "access_keys", "demo_tokens", "m2_keys", "m1_keys", "files", "reports"]

    mutating func addUser(_ value: JSON, path: String, doc: SeedDocument) throws {
        let o = try doc.object(value, path, allowed: Self.userKeys)
        let profilePath = joinPath(path, "profile")
        guard let profileValue = o["profile"] else { throw doc.fail(profilePath, "is required") }
        let profileObject = try doc.object(profileValue, profilePath, allowed: ProfileSchema.fields.map(\.name))
        let mageID = try doc.string(profileObject, "mage_id", profilePath)
        if let origin = userOrigins[mageID] {
            throw doc.fail(joinPath(profilePath, "mage_id"), "user \(mageID) is already defined in \(origin)")
        }
        userOrigins[mageID] = "\(doc.file) \(path)"

        var profile = ProfileSchema.defaultObject(ProfileSchema.fields)
        do {
            try ProfileSchema.merge(profileObject, into: &profile, fields: ProfileSchema.fields, path: "", mode: .seed)
        } catch let issue as FieldIssue {
            throw doc.fail(issue, under: profilePath)
        }
        var user = UserRecord(mageID: mageID, profile: profile, profileImageFileID: nil, callbacks: [], accessKeys: [],
                              demoTokens: [], m2Keys: [], m1Keys: [], reports: UserReports(), publishedAt: nil)
        user.callbacks = try callbacks(profileObject["api_callbacks"], joinPath(profilePath, "api_callbacks"), doc: doc)
        user.accessKeys = try accessKeys(o["access_keys"], joinPath(path, "access_keys"), doc: doc)
        user.demoTokens = try demoTokens(o["demo_tokens"], joinPath(path, "demo_tokens"), doc: doc)
        user.m2Keys = try m2Keys(o["m2_keys"], joinPath(path, "m2_keys"), user: user, doc: doc)
        user.m1Keys = try m1Keys(o["m1_keys"], joinPath(path, "m1_keys"), doc: doc)
        user.reports = try reports(o["reports"], joinPath(path, "reports"), doc: doc)
        let files = try files(o["files"], joinPath(path, "files"), owner: mageID, doc: doc)
        user.profileImageFileID = try profileImage(profileObject["profile_image_artifact"],
                                                   joinPath(profilePath, "profile_image_artifact"), files: files, doc: doc)
        seed.users.append(user)
        seed.files += files
    }

    func callbacks(_ value: JSON?, _ path: String, doc: SeedDocument) throws -> [APICallback] {
        var out: [APICallback] = []
        for (i, item) in try doc.array(value, path).enumerated() {
            let itemPath = indexPath(path, i)
            let o = try doc.object(item, itemPath, allowed: ["name", "url", "username", "password"])
            let url = try doc.string(o, "url", itemPath)
            if let problem = ProfileSchema.problem(with: url, check: .url) { throw doc.fail(joinPath(itemPath, "url"), problem) }
            out.append(APICallback(name: try doc.optionalString(o, "name", itemPath), url: url,
                                   username: try doc.optionalString(o, "username", itemPath),
                                   password: try doc.optionalString(o, "password", itemPath)))
        }
        return out
    }

    mutating func accessKeys(_ value: JSON?, _ path: String, doc: SeedDocument) throws -> [AccessKey] {
        var out: [AccessKey] = []
        for (i, item) in try doc.array(value, path).enumerated() {
            let itemPath = indexPath(path, i)
            if i >= maxAccessKeysPerUser {
                throw doc.fail(itemPath, "a user has at most \(maxAccessKeysPerUser) API access keys (access-keys.md)")
            }
            let o = try doc.object(item, itemPath, allowed: ["application_id", "application_secret", "name", "created_at", "regenerated_at"])
            let appID = try doc.string(o, "application_id", itemPath)
            if let origin = applicationOrigins[appID] {
                throw doc.fail(joinPath(itemPath, "application_id"), "application ID \(appID) is already used in \(origin)")
            }
            applicationOrigins[appID] = "\(doc.file) \(itemPath)"
            out.append(AccessKey(applicationID: appID, applicationSecret: try doc.string(o, "application_secret", itemPath),
                                 name: try doc.optionalString(o, "name", itemPath) ?? "API key \(i + 1)",
                                 createdAt: try doc.optionalTimestamp(o, "created_at", itemPath) ?? AccessKey.unsetTime,
                                 regeneratedAt: try doc.optionalTimestamp(o, "regenerated_at", itemPath)))
        }
        return out
    }

    mutating func demoTokens(_ value: JSON?, _ path: String, doc: SeedDocument) throws -> [String] {
        var out: [String] = []
        for (i, item) in try doc.array(value, path).enumerated() {
            let itemPath = indexPath(path, i)
            guard case .string(let token) = item else { throw doc.fail(itemPath, "must be a string, got \(item.typeName)") }
            guard SessionTokenShape.isValid(token) else {
                throw doc.fail(itemPath, "must look like a session token: 32 letters or digits, '.', 12 letters or digits")
            }
            if let origin = tokenOrigins[token] { throw doc.fail(itemPath, "token is already used in \(origin)") }
            tokenOrigins[token] = "\(doc.file) \(itemPath)"
            out.append(token)
        }
        return out
    }

    func m2Keys(_ value: JSON?, _ path: String, user: UserRecord, doc: SeedDocument) throws -> [ComposerKey] {
        var out: [ComposerKey] = []
        for (i, item) in try doc.array(value, path).enumerated() {
            let itemPath = indexPath(path, i)
            let o = try doc.object(item, itemPath, allowed: ["label", "user_key", "password_key", "is_enabled", "uid"])
            let label = try doc.string(o, "label", itemPath)
            let uid = try doc.optionalString(o, "uid", itemPath) ?? user.mageID
            guard user.owns(uid: uid) else {
                throw doc.fail(joinPath(itemPath, "uid"), "must be the user's mage_id or one of their organizations' org_ids, got '\(uid)'")
            }
            if out.contains(where: { $0.label == label && $0.uid == uid }) {
                throw doc.fail(joinPath(itemPath, "label"), "label '\(label)' is used twice for uid \(uid)")
            }
            var keys: [String] = []
            for name in ["user_key", "password_key"] {
                let key = try doc.string(o, name, itemPath)
                guard key.utf8.count == 32, key.utf8.allSatisfy({ IDGenerator.hexDigits.contains($0) }) else {
                    throw doc.fail(joinPath(itemPath, name), "must be 32 lowercase hex digits")
                }
                keys.append(key)
            }
            out.append(ComposerKey(label: label, userKey: keys[0], passwordKey: keys[1],
                                   isEnabled: try doc.optionalBool(o, "is_enabled", itemPath) ?? true, uid: uid))
        }
        return out
    }

    func m1Keys(_ value: JSON?, _ path: String, doc: SeedDocument) throws -> [M1Key] {
        try doc.array(value, path).enumerated().map { i, item in
            let itemPath = indexPath(path, i)
            let o = try doc.object(item, itemPath, allowed: ["product_name", "product_key"])
            return M1Key(productName: try doc.string(o, "product_name", itemPath), productKey: try doc.string(o, "product_key", itemPath))
        }
    }

    func reports(_ value: JSON?, _ path: String, doc: SeedDocument) throws -> UserReports {
        var reports = UserReports()
        guard let value, !value.isNull else { return reports }
        let o = try doc.object(value, path, allowed: UserReportKind.allCases.map(\.rawValue))
        for kind in UserReportKind.allCases {
            reports[kind] = try doc.records(o[kind.rawValue], joinPath(path, kind.rawValue))
        }
        return reports
    }

    func profileImage(_ value: JSON?, _ path: String, files: [SeedFile], doc: SeedDocument) throws -> String? {
        guard let value, !value.isNull else { return nil }
        let artifactKeys = ["file_upload_id", "filename", "content_type", "url", "size", "file_hash", "malware_status"]
        let o = try doc.object(value, path, allowed: artifactKeys)
        let id = try doc.string(o, "file_upload_id", path)
        guard let file = files.first(where: { $0.id == id }) else {
            throw doc.fail(joinPath(path, "file_upload_id"), "'\(id)' is not one of this user's files")
        }
        guard FileContentTypes.images.contains(file.contentType) else {
            throw doc.fail(joinPath(path, "file_upload_id"), "'\(id)' is \(file.contentType), not an image (\(FileContentTypes.images.joined(separator: ", ")))")
        }
        return id
    }
}

extension AccessKey {
    /// Marks a seed time left out, filled in with the sandbox's start time.
    static let unsetTime = Int.min
}

/// The shape of session tokens (auth.md): 32 letters or digits, a dot, 12 letters or digits.
enum SessionTokenShape {
    static func isValid(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        func alnum(_ s: Substring, _ count: Int) -> Bool {
            s.utf8.count == count && s.utf8.allSatisfy { IDGenerator.alphanumerics.contains($0) }
        }
        return parts.count == 2 && alnum(parts[0], 32) && alnum(parts[1], 12)
    }
}
