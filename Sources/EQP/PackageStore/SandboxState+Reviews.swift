import Formats

/// The review clock (packages.md, "EQP review process"; SANDBOX-NOTES.md, "Packages"): a
/// package under review takes one step every `reviewPaceSeconds` of sandbox time, settled
/// lazily at the start of every store operation, like malware scans. Each step is stamped with
/// the time it was due, so a manual clock gives the same history however it is advanced.
extension SandboxState {
    /// Everything time-driven that is due by `now`: scans, manifests of freshly scanned
    /// artifacts, review steps.
    mutating func settle(now: Int, options: SandboxStore.Options) {
        settleScans(now: now)
        if !packages.awaitingManifest.isEmpty { settleManifests() }
        let due = packages.takeDueSteps(by: now)
        guard !due.isEmpty else { return }
        let ordered = due.sorted { (packages.records[$0]?.sequence ?? 0) < (packages.records[$1]?.sequence ?? 0) }
        for id in ordered { advanceReview(id, now: now, options: options) }
    }

    /// Fills in sku and version of M2 packages whose artifact has just passed its scan.
    mutating func settleManifests() {
        for id in packages.awaitingManifest {
            guard var record = packages.records[id], let fileID = record.artifactFileID,
                  let status = files[fileID]?.status else {
                packages.awaitingManifest.remove(id)
                continue
            }
            if status == .inProgress { continue }
            packages.awaitingManifest.remove(id)
            // A bad ZIP is reported by the next PUT or submit (1227); here it is simply left.
            if (try? resolveManifest(&record, requestedVersion: nil)) != nil { packages.put(record) }
        }
    }

    /// Puts a package on the clock if it has somewhere to go; with pace 0 it gets there now.
    mutating func scheduleReview(_ id: String, now: Int, options: SandboxStore.Options) {
        guard let record = packages.records[id] else { return }
        let pending = !ReviewFlow.isSettled(record.status, mode: options.reviewMode, schedule: record.launchSchedule, now: now)
        if pending {
            if packages.reviewDue[id] == nil { packages.scheduleStep(id, at: now + max(0, options.reviewPaceSeconds)) }
        } else if let release = ReviewFlow.releaseDue(record.status, schedule: record.launchSchedule) {
            packages.scheduleStep(id, at: max(release, now))
        } else {
            packages.scheduleStep(id, at: nil)
        }
        if options.reviewPaceSeconds <= 0 { advanceReview(id, now: now, options: options) }
    }

    /// Takes every step of `id` due by `now`.
    mutating func advanceReview(_ id: String, now: Int, options: SandboxStore.Options, force: Bool = false) {
        let pace = max(0, options.reviewPaceSeconds)
        var guardSteps = 0
        while let due = packages.reviewDue[id], due <= now || force, !packages.held.contains(id) || force {
            guard var record = packages.records[id] else { packages.scheduleStep(id, at: nil); return }
            let keys = [id] + (record.sku.map { [$0] } ?? [])
            var queue = packages.outcomes
            let markers = record.reviewMarkers
            // A forced step (the control API) happens now, not when the pace would have had it.
            let at = force ? now : due
            var givenReports: [ReviewTool: JSON] = [:]
            let steps = ReviewFlow.nextSteps(from: record.status, mode: options.reviewMode, schedule: record.launchSchedule,
                                             now: at) { tool in
                guard let decision = queue.takeDecision(tool, keys: keys) else { return markers.status(for: tool) }
                if let reports = decision.reports { givenReports[tool] = reports }
                return decision.status
            }
            packages.outcomes = queue
            guard !steps.isEmpty else {
                let release = ReviewFlow.releaseDue(record.status, schedule: record.launchSchedule)
                packages.scheduleStep(id, at: release.flatMap { $0 > at ? $0 : nil })
                return
            }
            for step in steps {
                record.record(step, at: at, reports: givenReports) { packages.takeRunID() }
                queueStatusCallbacks(record, flow: step.flow, currentStatus: step.currentStatus, at: at)
            }
            packages.put(record)
            packages.scheduleStep(id, at: at + pace)
            guardSteps += 1
            if force || guardSteps > 64 { return }
        }
    }

    /// One `eqp_status_update` per callback the owner registered (callbacks.md, "Package callbacks").
    mutating func queueStatusCallbacks(_ record: PackageRecord, flow: EQPFlow, currentStatus: String, at time: Int) {
        guard let owner = users[record.ownerMageID], !owner.callbacks.isEmpty else { return }
        var info = JSONObject()
        info.append("submission_id", .string(record.submissionID))
        info.append("item_id", record.itemID.map { .string($0) } ?? .null)
        info.append("eqp_flow", .string(flow.rawValue))
        info.append("current_status", .string(currentStatus))
        info.append("eqp_status", record.status.json)
        info.append("modified_at", .string(UTCTimestamp.format(time)))
        var payload = JSONObject()
        payload.append("callback_event", "eqp_status_update")
        payload.append("update_info", .object(info))
        for callback in owner.callbacks {
            outbox.append(CallbackDelivery(mageID: owner.mageID, url: callback.url, username: callback.username,
                                           password: callback.password, event: "eqp_status_update", payload: .object(payload)))
        }
    }
}
