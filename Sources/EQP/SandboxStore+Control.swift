import Formats

/// A user as the control API shows it: the admin view, API access key secrets included
/// (the control API stands in for the Developer Portal UI, where a user sees their secrets).
public struct ControlUser: Sendable {
    public var mageID: String
    public var origin: UserOrigin
    /// The profile as `GET /rest/v1/users/:mage_id?style=summary` shows it.
    public var summary: JSON
    public var accessKeys: [AccessKey]
    /// Unexpired session tokens of the user, demo tokens included.
    public var liveSessions: Int
    public var fileCount: Int
}

/// The control API's operations on users, resets and scans (README, "Control API").
extension SandboxStore {
    /// Every user, in seed and creation order.
    public func controlUsers(links: DownloadLinks) -> [ControlUser] {
        read { s, now in
            let sessions = s.liveSessionCounts(now: now)
            let files = s.fileCounts()
            return s.userOrder.compactMap { id in s.controlUser(id, links: links, sessions: sessions[id] ?? 0, files: files[id] ?? 0) }
        }
    }

    /// One user's admin view, or 1105.
    public func controlUser(mageID: String, links: DownloadLinks) throws -> ControlUser {
        try withState { s, now in try s.controlUserView(mageID, now: now, links: links) }
    }

    /// `POST /_sandbox/users`. `body` is either profile fields (`mage_id` and any field of
    /// users.md's profile) or one seed-data user entry (`profile`, `access_keys`, `files`, ...:
    /// seed-data/README.md). A missing mage_id is generated (`MAG` + 9 digits); a user given no
    /// `access_keys` gets one generated key, so a test can mint a token at once.
    public func createUser(_ body: JSON, links: DownloadLinks) throws -> ControlUser {
        guard case .object(var entry) = body else { throw EQPError.wrongType("The request body", expected: .object, actual: body) }
        if !entry.keys.contains(where: { SeedBuilder.userKeys.contains($0) }) {
            // Bare profile fields: the short form.
            entry = JSONObject([("profile", .object(entry))])
        }
        var profile = JSONObject()
        if let given = entry["profile"] {
            guard case .object(let o) = given else { throw EQPError.wrongType("profile", expected: .object, actual: given) }
            profile = o
        }
        let givenID: String?
        switch profile["mage_id"] {
        case nil, .null?: givenID = nil
        case .string(let id)?:
            guard Self.isValidMageID(id) else { throw EQPErrorDefinition.invalidMageID.error(["value": id]) }
            givenID = id
        case let other?: throw EQPError.wrongType("profile.mage_id", expected: .string, actual: other)
        }
        let wantsGeneratedKey = entry["access_keys"] == nil
        return try withState { s, now in
            let mageID: String
            if let givenID {
                guard s.users[givenID] == nil else { throw EQPErrorDefinition.userExists.error(["mage_id": givenID]) }
                mageID = givenID
            } else {
                var id = ids.mageID()
                while s.users[id] != nil { id = ids.mageID() }
                mageID = id
            }
            profile["mage_id"] = .string(mageID)
            entry["profile"] = .object(profile)
            var baseline = try Self.oneUserSeed(.object(entry), maxAccessKeys: options.maxAccessKeysPerUser)
            if wantsGeneratedKey {
                baseline.users[0].accessKeys = [AccessKey(applicationID: s.unusedApplicationID(ids), applicationSecret: ids.applicationSecret(),
                                                          name: "API key 1", createdAt: now)]
            }
            let part = SandboxState(seed: baseline, now: now, options: options)
            if let conflict = s.conflicts(with: part, mageID: mageID).first {
                throw EQPErrorDefinition.identifierInUse.error(["path": conflict.path, "what": conflict.what,
                                                                "value": conflict.value, "owner": conflict.owner])
            }
            s.install(part, mageID: mageID, now: now)
            s.userBaselines[mageID] = UserBaseline(origin: .created, seed: baseline)
            // Counted from the new part: scanning every file of a large state is not needed.
            return try s.controlUserView(mageID, links: links, sessions: part.sessions.count, files: part.fileOrder.count)
        }
    }

    /// `POST /_sandbox/users/:mage_id/reset`: only this user's data goes back to its seed state
    /// (profile, callbacks, access keys, Composer keys, reports, files; their session tokens
    /// end, demo tokens excepted; their queued callbacks are dropped). A user made at run time
    /// is kept and goes back to how it was created (or imported). Other users are untouched.
    public func resetUser(mageID: String, links: DownloadLinks) throws -> ControlUser {
        try withState { s, now in
            _ = try s.existingUser(mageID)
            let baseline = s.userBaselines[mageID]?.seed ?? seed.subset(for: mageID)
            s.removeData(of: mageID)
            let part = SandboxState(seed: baseline, now: now, options: options)
            if part.users[mageID] == nil {
                // No baseline at all (cannot happen through the API): keep an empty account.
                s.users[mageID]?.clearData()
            } else {
                s.install(part, mageID: mageID, now: now)
            }
            let files = part.fileOrder.filter { s.files[$0]?.ownerMageID == mageID }.count
            let sessions = part.sessions.keys.filter { s.sessions[$0]?.mageID == mageID }.count
            return try s.controlUserView(mageID, links: links, sessions: sessions, files: files)
        }
    }

    /// `POST /_sandbox/reset`: the whole sandbox back to the seed, as of now. The old state is
    /// released after the lock is given up, so even a large state costs other requests only
    /// the swap.
    public func resetToSeed() {
        replaceState(SandboxState(seed: seed, now: clock.now, options: options))
    }

    /// `POST /_sandbox/files/:file_upload_id/scan`: finishes an in-progress malware scan now
    /// with `result`, queueing the `malware_scan_complete` callbacks as a scan finishing on its
    /// own would. A finished scan is 409 1521.
    public func decideScan(fileID: String, result: MalwareStatus, links: DownloadLinks) throws -> (owner: String, file: JSON) {
        precondition(result != .inProgress, "a decided scan is pass or fail")
        return try withState { s, now in
            guard var file = s.files[fileID] else { throw EQPErrorDefinition.unknownFile.error(["file_upload_id": fileID]) }
            guard file.status == .inProgress else {
                throw EQPErrorDefinition.scanAlreadyFinished.error(["file_upload_id": fileID, "status": file.status.rawValue])
            }
            file.verdict = result
            file.scanDueAt = now
            s.files[fileID] = file
            s.pendingScans.add(fileID, dueAt: now, checkingDuplicates: true)
            // Through the normal path, so whatever else a finished scan triggers happens too.
            s.settleScans(now: now)
            guard let info = s.fileInfo(fileID) else { throw EQPErrorDefinition.unknownFile.error(["file_upload_id": fileID]) }
            return (file.ownerMageID, info.json(links: links))
        }
    }

    /// How much the sandbox holds, for readiness and logs.
    public func stateCounts() -> (users: Int, files: Int, sessions: Int) {
        read { s, _ in (s.users.count, s.files.count, s.sessions.count) }
    }

    /// Letters, digits and `_-.@`, 1 to 64 characters: safe in a URL path segment.
    static func isValidMageID(_ id: String) -> Bool {
        let u = id.utf8
        return (1...64).contains(u.count) && u.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
                || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "@")
        }
    }

    /// Validates one seed-data user entry exactly as seed loading does; problems name their
    /// path inside the entry ("profile.email must be ...").
    static func oneUserSeed(_ entry: JSON, maxAccessKeys: Int) throws -> Seed {
        var builder = SeedBuilder(directory: nil, maxAccessKeysPerUser: maxAccessKeys)
        do {
            try builder.addUser(entry, path: "", doc: SeedDocument(file: "request body"))
            return try builder.finish()
        } catch let error as SeedError {
            throw EQPError.invalidValue(error.path.isEmpty ? "The request body" : error.path, error.problem)
        }
    }
}

/// Something a new or restored user would hold that another user already has.
struct IdentifierConflict {
    var path: String
    var what: String
    var value: String
    var owner: String
}

extension SandboxState {
    func controlUserView(_ mageID: String, now: Int, links: DownloadLinks) throws -> ControlUser {
        _ = try existingUser(mageID)
        var sessionCount = 0, fileCount = 0
        for session in sessions.values where session.mageID == mageID && (session.expiresAt.map { now < $0 } ?? true) { sessionCount += 1 }
        for file in files.values where file.ownerMageID == mageID { fileCount += 1 }
        return try controlUserView(mageID, links: links, sessions: sessionCount, files: fileCount)
    }

    func controlUserView(_ mageID: String, links: DownloadLinks, sessions: Int, files: Int) throws -> ControlUser {
        guard let view = controlUser(mageID, links: links, sessions: sessions, files: files) else {
            throw EQPErrorDefinition.unknownUser.error(["mage_id": mageID])
        }
        return view
    }

    func controlUser(_ mageID: String, links: DownloadLinks, sessions: Int, files: Int) -> ControlUser? {
        guard let user = users[mageID] else { return nil }
        return ControlUser(mageID: mageID, origin: userBaselines[mageID]?.origin ?? .seed,
                           summary: user.profileJSON(style: .summary, image: user.profileImageFileID.flatMap { fileInfo($0) }, links: links),
                           accessKeys: user.accessKeys, liveSessions: sessions, fileCount: files)
    }

    func liveSessionCounts(now: Int) -> [String: Int] {
        var counts: [String: Int] = [:]
        for session in sessions.values where session.expiresAt.map({ now < $0 }) ?? true { counts[session.mageID, default: 0] += 1 }
        return counts
    }

    func fileCounts() -> [String: Int] {
        var counts: [String: Int] = [:]
        for file in files.values { counts[file.ownerMageID, default: 0] += 1 }
        return counts
    }

    /// What in `part` (one user's fresh state) another user already holds: application IDs,
    /// file IDs, demo tokens. Paths are those of the seed-data user entry.
    func conflicts(with part: SandboxState, mageID: String) -> [IdentifierConflict] {
        guard let user = part.users[mageID] else { return [] }
        var out: [IdentifierConflict] = []
        var appOwners: [String: String] = [:]
        for (id, other) in users where id != mageID {
            for key in other.accessKeys { appOwners[key.applicationID] = id }
        }
        for (i, key) in user.accessKeys.enumerated() {
            if let owner = appOwners[key.applicationID] {
                out.append(IdentifierConflict(path: "access_keys[\(i)].application_id", what: "application ID", value: key.applicationID, owner: owner))
            }
        }
        for (i, token) in user.demoTokens.enumerated() {
            if let session = sessions[token], session.mageID != mageID {
                out.append(IdentifierConflict(path: "demo_tokens[\(i)]", what: "session token", value: token, owner: session.mageID))
            } else if let owner = users.first(where: { $0.key != mageID && $0.value.demoTokens.contains(token) })?.key {
                out.append(IdentifierConflict(path: "demo_tokens[\(i)]", what: "session token", value: token, owner: owner))
            }
        }
        for (i, id) in part.fileOrder.enumerated() {
            if let file = files[id], file.ownerMageID != mageID {
                out.append(IdentifierConflict(path: "files[\(i)].file_upload_id", what: "file_upload_id", value: id, owner: file.ownerMageID))
            }
        }
        return out
    }

    /// Forgets everything of `mageID` but the account itself: sessions, files (with their
    /// pending scans) and queued callbacks.
    mutating func removeData(of mageID: String) {
        sessions.removeAll { $1.mageID == mageID }
        let owned = Set(files.values.lazy.filter { $0.ownerMageID == mageID }.map(\.id))
        if !owned.isEmpty {
            for id in owned { files[id] = nil }
            fileOrder.removeAll { owned.contains($0) }
            pendingScans.removeAll { owned.contains($0) }
        }
        outbox.removeAll { $0.mageID == mageID }
        packages.remove(Set(packages.records.values.lazy.filter { $0.ownerMageID == mageID }.map(\.submissionID)))
    }

    /// Adds one user's fresh state (`part`, built from their baseline seed): the record
    /// replaces any existing one in place, keeping the user's position in listings. Anything
    /// another user holds by now (a file ID, application ID or demo token) is left out rather
    /// than taken from them.
    mutating func install(_ part: SandboxState, mageID: String, now: Int) {
        guard var user = part.users[mageID] else { return }
        let clashes = conflicts(with: part, mageID: mageID)
        let takenApps = Set(clashes.filter { $0.what == "application ID" }.map(\.value))
        let takenTokens = Set(clashes.filter { $0.what == "session token" }.map(\.value))
        let takenFiles = Set(clashes.filter { $0.what == "file_upload_id" }.map(\.value))
        user.accessKeys.removeAll { takenApps.contains($0.applicationID) }
        user.demoTokens.removeAll { takenTokens.contains($0) }
        if let image = user.profileImageFileID, takenFiles.contains(image) { user.profileImageFileID = nil }
        if users[mageID] == nil { userOrder.append(mageID) }
        users[mageID] = user
        for (token, session) in part.sessions where !takenTokens.contains(token) { sessions[token] = session }
        for id in part.fileOrder where !takenFiles.contains(id) {
            guard let file = part.files[id] else { continue }
            files[id] = file
            fileOrder.append(id)
            if file.status == .inProgress { pendingScans.add(id, dueAt: file.scanDueAt) }
        }
        for id in part.packages.order {
            guard let record = part.packages.records[id], record.ownerMageID == mageID,
                  packages.records[id] == nil else { continue }
            var moved = record
            moved.sequence = packages.takeSequence()
            packages.put(moved)
            if let due = part.packages.reviewDue[id] { packages.scheduleStep(id, at: due) }
            for run in moved.toolRuns { if let n = Int(run.id), n >= packages.nextRunID { packages.nextRunID = n + 1 } }
        }
    }
}

extension UserRecord {
    /// An account with nothing in it but its mage_id.
    mutating func clearData() {
        profile = ProfileSchema.defaultObject(ProfileSchema.fields)
        profileImageFileID = nil
        callbacks = []
        accessKeys = []
        demoTokens = []
        m2Keys = []
        m1Keys = []
        reports = UserReports()
        publishedAt = nil
    }
}
