import Formats

/// All mutable sandbox data. Only `SandboxStore` touches it, always under its lock, so the
/// methods here are plain single-threaded code.
struct SandboxState: Sendable {
    // Entities and their orders are tracked collections (Persistence/TrackedMap.swift): with
    // --data-dir the journal reads from them what each write changed.
    var users = TrackedMap<String, UserRecord>()
    /// mage_ids in seed/creation order, for stable listings.
    var userOrder = TrackedList<String>()
    var sessions = TrackedMap<String, Session>()
    var files = TrackedMap<String, StoredFile>()
    /// File IDs in upload order: lists page through this.
    var fileOrder = TrackedList<String>()
    /// Files whose scan is `in-progress`, and when the first is due.
    var pendingScans = PendingScans()
    var metrics: [Metric] = []
    /// Callback requests waiting for the server to send them.
    var outbox: [CallbackDelivery] = []
    /// What a per-user reset returns run-time users to (created or imported users; the control
    /// API, SandboxStore+Control.swift). Seed users have no entry: they return to the seed.
    var userBaselines = TrackedMap<String, UserBaseline>()
    /// Packages, their index and the review clock (PackageStore/).
    var packages = PackageState()

    init() {}

    /// The seed's world, as of `now`.
    init(seed: Seed, now: Int, options: SandboxStore.Options) {
        for var user in seed.users {
            for i in user.accessKeys.indices where user.accessKeys[i].createdAt == AccessKey.unsetTime {
                user.accessKeys[i].createdAt = now
            }
            user.profile.fillUnsetTimestamps(now)
            users[user.mageID] = user
            userOrder.append(user.mageID)
            if options.demoTokensEnabled {
                for token in user.demoTokens { sessions[token] = Session(token: token, mageID: user.mageID, expiresAt: nil) }
            }
        }
        for file in seed.files {
            let stored = StoredFile(id: file.id, ownerMageID: file.ownerMageID, filename: file.filename,
                                    contentType: file.contentType, bytes: file.bytes, md5: MD5.hex(file.bytes),
                                    uploadedAt: file.uploadedAt ?? now, status: file.status,
                                    scanDueAt: now + options.scanDelaySeconds,
                                    verdict: MalwareScanner.verdict(for: file.bytes), submissionIDs: [])
            files[file.id] = stored
            fileOrder.append(file.id)
            if stored.status == .inProgress { pendingScans.add(file.id, dueAt: stored.scanDueAt) }
        }
        metrics = seed.metrics
        installSeedPackages(seed.seedPackages, now: now, options: options)
    }
}

extension JSONObject {
    /// Sets the profile's `created_at`/`modified_at` left out by the seed to `now`.
    mutating func fillUnsetTimestamps(_ now: Int) {
        for section in ["personal_profile", "company_profile"] {
            guard case .object(var o)? = self[section] else { continue }
            for key in ["created_at", "modified_at"] where o[key]?.isNull ?? true {
                o[key] = .string(UTCTimestamp.format(now))
            }
            self[section] = .object(o)
        }
    }
}
