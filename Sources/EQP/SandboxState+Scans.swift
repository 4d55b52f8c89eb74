import Formats

extension SandboxState {
    /// Finishes every scan due by `now` (files.md: `in-progress` → `pass`/`fail`) and queues a
    /// `malware_scan_complete` callback for each (callbacks.md, "File upload callbacks").
    /// Runs before every store operation: nothing to do (and no walk over the pending scans)
    /// until the earliest is due.
    mutating func settleScans(now: Int) {
        guard pendingScans.anyDue(at: now) else { return }
        var remaining: [String] = []
        var earliest = Int.max
        for id in pendingScans.ids {
            guard let due = files[id]?.scanDueAt, files[id]?.status == .inProgress else { continue }
            guard due <= now else {
                remaining.append(id)
                earliest = min(earliest, due)
                continue
            }
            guard var file = files[id] else { continue }
            file.status = file.verdict
            files[id] = file
            queueScanCallbacks(for: file)
        }
        pendingScans.replace(with: remaining, earliestDue: earliest)
    }

    /// One delivery per callback the file's owner registered.
    mutating func queueScanCallbacks(for file: StoredFile) {
        guard let owner = users[file.ownerMageID], !owner.callbacks.isEmpty else { return }
        let payload: JSON = [
            "callback_event": "malware_scan_complete",
            "update_info": [
                "file_upload_id": .string(file.id),
                "tool_result": .string(file.status.toolResult),
                "modified_at": .string(UTCTimestamp.format(file.scanDueAt)),
            ],
        ]
        for callback in owner.callbacks {
            outbox.append(CallbackDelivery(mageID: owner.mageID, url: callback.url, username: callback.username,
                                           password: callback.password, event: "malware_scan_complete", payload: payload))
        }
    }
}

extension SandboxStore {
    /// When the next pending scan finishes, for a server timer; nil when none is pending.
    public func nextScanDueAt() -> Int? {
        read { s, _ in s.pendingScans.ids.compactMap { s.files[$0]?.scanDueAt }.min() }
    }
}
