import Formats

/// What `PUT /_sandbox/state` loaded.
public struct StateSummary: Sendable, Equatable {
    public var users: Int
    public var files: Int
    public var metrics: Int
    public var packages: Int
}

/// State export and import in the seed-data format (seed-data/README.md), so an exported state
/// can be loaded back, or saved into a seed folder and become a seed.
extension SandboxStore {
    /// `GET /_sandbox/state`: every user (profile with callback passwords, access keys with
    /// secrets, demo tokens, Composer keys, files with their bytes in base64, reports), the
    /// metrics and the packages. Session tokens other than demo tokens are not part of it.
    public func exportState() -> JSON {
        read { s, now in s.seedDocument(now: now, startupSeed: seed) }
    }

    /// `PUT /_sandbox/state`: replaces the whole state with `document`, validated exactly like
    /// a seed file (a problem is 400 1540 naming the JSON path). Minted session tokens end. Users
    /// the startup seed does not define count as imported: a per-user reset returns them to
    /// this document's version. `POST /_sandbox/reset` still returns to the startup seed.
    public func importState(_ document: [UInt8]) throws -> StateSummary {
        let imported: Seed
        do {
            imported = try SeedLoader.load(documents: [("state", document)], directory: nil,
                                           maxAccessKeysPerUser: options.maxAccessKeysPerUser)
        } catch let error as SeedError {
            throw EQPErrorDefinition.invalidStateDocument.error(["problem": error.path.isEmpty ? error.problem : "\(error.path): \(error.problem)"])
        }
        var fresh = SandboxState(seed: imported, now: clock.now, options: options)
        for user in imported.users where !seed.defines(user.mageID) {
            fresh.userBaselines[user.mageID] = UserBaseline(origin: .imported, seed: imported.subset(for: user.mageID))
        }
        let summary = StateSummary(users: imported.users.count, files: imported.files.count,
                                   metrics: imported.metrics.count, packages: imported.packages.count)
        replaceState(fresh)
        return summary
    }
}

extension SandboxState {
    /// The state as one seed-data document.
    func seedDocument(now: Int, startupSeed: Seed) -> JSON {
        var filesByOwner: [String: [StoredFile]] = [:]
        for id in fileOrder {
            guard let file = files[id] else { continue }
            filesByOwner[file.ownerMageID, default: []].append(file)
        }
        var o = JSONObject()
        o.append("_comment", .string("eqp-sandbox state as of \(UTCTimestamp.format(now)) UTC, in the seed-data format: load it with PUT /_sandbox/state, or save it in a seed folder"))
        o.append("users", .array(userOrder.compactMap { id in users[id].map { $0.seedJSON(files: filesByOwner[id] ?? []) } }))
        o.append("metrics", .array(metrics.map(\.seedJSON)))
        o.append("packages", .array(exportedPackages(startupSeed: startupSeed)))
        return .object(o)
    }

    /// The current packages in seed form (seed-data/README.md, "packages"), in creation order.
    func exportedPackages(startupSeed: Seed) -> [JSON] {
        packages.order.compactMap { packages.records[$0]?.seedJSON }
    }
}

extension UserRecord {
    /// One seed-data user entry (seed-data/README.md, "users").
    func seedJSON(files: [StoredFile]) -> JSON {
        var o = JSONObject()
        o.append("profile", seedProfile)
        o.append("access_keys", .array(accessKeys.map(\.seedJSON)))
        o.append("demo_tokens", .array(demoTokens.map { .string($0) }))
        o.append("m2_keys", .array(m2Keys.map(\.json)))
        o.append("m1_keys", .array(m1Keys.map(\.json)))
        o.append("files", .array(files.map(\.seedJSON)))
        var reportsObject = JSONObject()
        for kind in UserReportKind.allCases { reportsObject.append(kind.rawValue, .array(reports[kind])) }
        o.append("reports", .object(reportsObject))
        return .object(o)
    }

    /// The profile as seed data takes it: every stored field, the profile image by its
    /// file_upload_id, and the callbacks with their passwords.
    var seedProfile: JSON {
        var o = JSONObject()
        for field in ProfileSchema.fields {
            switch field.role {
            case .identity: o.append(field.name, .string(mageID))
            case .computed: continue
            case .profileImage: o.append(field.name, profileImageFileID.map { ["file_upload_id": .string($0)] } ?? .null)
            case .callbacks: o.append(field.name, .array(callbacks.map(\.seedJSON)))
            case .stored: o.append(field.name, profile[field.name] ?? ProfileSchema.defaultValue(field.kind))
            }
        }
        return .object(o)
    }
}

extension AccessKey {
    var seedJSON: JSON {
        var o = JSONObject()
        o.append("application_id", .string(applicationID))
        o.append("application_secret", .string(applicationSecret))
        o.append("name", .string(name))
        o.append("created_at", createdAt == AccessKey.unsetTime ? .null : .string(UTCTimestamp.format(createdAt)))
        o.append("regenerated_at", regeneratedAt.map { .string(UTCTimestamp.format($0)) } ?? .null)
        return .object(o)
    }
}

extension APICallback {
    /// With the password: the export is the admin's view.
    var seedJSON: JSON {
        var o = JSONObject()
        if let name { o.append("name", .string(name)) }
        o.append("url", .string(url))
        if let username { o.append("username", .string(username)) }
        if let password { o.append("password", .string(password)) }
        return .object(o)
    }
}

extension StoredFile {
    var seedJSON: JSON {
        var o = JSONObject()
        o.append("file_upload_id", .string(id))
        o.append("filename", .string(filename))
        o.append("content_type", .string(contentType))
        o.append("malware_status", .string(status.rawValue))
        o.append("uploaded_at", .string(UTCTimestamp.format(uploadedAt)))
        o.append("content", ["base64": .string(Base64.encode(bytes))])
        return .object(o)
    }
}

extension Metric {
    var seedJSON: JSON {
        ["name": .string(name), "description": .string(description), "records": .array(records)]
    }
}
