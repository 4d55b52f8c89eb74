import Formats

/// One review decision waiting in a queue: what `tool` will report on its next run.
public typealias QueuedOutcome = ReviewDecision

extension ReviewDecision {
    /// `{"tool", "status"}`, and `reports` when the decision gives them.
    public var json: JSON {
        var o = JSONObject()
        o.append("tool", .string(tool.rawValue))
        o.append("status", .string(status.rawValue))
        if let reports { o.append("reports", reports) }
        return .object(o)
    }
}

/// The control API's levers on package reviews (README, "Control API"): hold, step and decide
/// one package; queue outcomes for the next submissions of a sku. They stand in for the
/// reviewers of the real Marketplace. Packages are looked up across every user (the control API
/// is the admin's view), and answered as their owner's `GET /rest/v1/products/packages/:id`.
extension SandboxStore {
    /// The most outcomes one `POST /_sandbox/skus/:sku/outcomes` may queue.
    public static let maxQueuedOutcomes = 100

    /// `{"hold": true}`: the review clock leaves the package alone until `{"hold": false}`.
    /// Released, an overdue package takes its next step one pace after the release (the hold
    /// time is not caught up at once); with pace 0 it takes every step at once.
    public func holdReview(submissionID: String, _ hold: Bool, links: DownloadLinks) throws -> JSON {
        try withState { s, now in
            _ = try s.controlPackage(submissionID)
            if hold {
                s.packages.held.insert(submissionID)
            } else if s.packages.held.contains(submissionID) {
                s.packages.release(submissionID)
                if let due = s.packages.reviewDue[submissionID], due <= now {
                    let pace = max(0, options.reviewPaceSeconds)
                    s.packages.scheduleStep(submissionID, at: now + pace)
                    if pace == 0 { s.advanceReview(submissionID, now: now, options: options) }
                }
            }
            return try s.controlPackageJSON(submissionID, links: links)
        }
    }

    /// `{"step": true}`: the package's next review step now, whatever the pace or a hold (the
    /// launch schedule still decides when an approved version is released). Nothing to step is
    /// 409 1564.
    public func stepReview(submissionID: String, links: DownloadLinks) throws -> JSON {
        try withState { s, now in
            let before = try s.controlPackage(submissionID).status
            if s.packages.reviewDue[submissionID] != nil {
                s.advanceReview(submissionID, now: now, options: options, force: true)
            }
            let after = try s.controlPackage(submissionID).status
            guard after != before else {
                throw EQPErrorDefinition.noReviewStep.error(["submission_id": submissionID, "technical": before.technical.rawValue,
                                                             "marketing": before.marketing.rawValue, "overall": before.overall.rawValue])
            }
            return try s.controlPackageJSON(submissionID, links: links)
        }
    }

    /// `{"decide": {"tool", "status", "reports"}}`: what `tool` reports on this package's next
    /// run (a decision still waiting for that tool is replaced), with the detail `reports` to
    /// show if given. It wins over the package's own `[eqp-sandbox:...]` markers and over
    /// outcomes queued for its sku.
    public func decideReview(submissionID: String, tool: ReviewTool, status: ToolRunStatus, reports: JSON? = nil,
                             links: DownloadLinks) throws -> JSON {
        try withState { s, _ in
            _ = try s.controlPackage(submissionID)
            s.packages.outcomes.decideNext(status, for: tool, key: submissionID, reports: reports)
            return try s.controlPackageJSON(submissionID, links: links)
        }
    }

    /// `POST /_sandbox/skus/:sku/outcomes`: `count` runs of `tool` among the next reviews of
    /// any version of `sku` report `status` (oldest decision first). Answers the whole queue.
    public func queueOutcomes(sku: String, tool: ReviewTool, status: ToolRunStatus, count: Int = 1,
                              reports: JSON? = nil) throws -> [QueuedOutcome] {
        try Self.requireOutcomeSKU(sku)
        guard (1...Self.maxQueuedOutcomes).contains(count) else {
            throw EQPErrorDefinition.invalidOutcomeCount.error(["max": String(Self.maxQueuedOutcomes), "value": String(count)])
        }
        return try withState { s, _ in
            for _ in 0..<count { s.packages.outcomes.enqueue(status, for: tool, key: sku, reports: reports) }
            return s.packages.outcomes.pending(for: sku)
        }
    }

    /// `GET /_sandbox/skus/:sku/outcomes`: the outcomes still queued for `sku`, oldest first.
    public func queuedOutcomes(sku: String) throws -> [QueuedOutcome] {
        try Self.requireOutcomeSKU(sku)
        return try withState { s, _ in
            s.packages.outcomes.pending(for: sku)
        }
    }

    /// `DELETE /_sandbox/skus/:sku/outcomes`.
    public func clearOutcomes(sku: String) throws {
        try Self.requireOutcomeSKU(sku)
        try withState { s, _ in s.packages.outcomes.clear(sku) }
    }

    static func requireOutcomeSKU(_ sku: String) throws {
        guard ComposerName.isValid(sku) else { throw EQPErrorDefinition.invalidOutcomeSKU.error(["value": sku]) }
    }
}

extension SandboxState {
    /// Any user's package, or 404 1560.
    func controlPackage(_ submissionID: String) throws -> PackageRecord {
        guard let record = packages.records[submissionID] else {
            throw EQPErrorDefinition.unknownPackage.error(["submission_id": submissionID])
        }
        return record
    }

    /// The package as its owner's `GET /rest/v1/products/packages/:submission_id` shows it.
    func controlPackageJSON(_ submissionID: String, links: DownloadLinks) throws -> JSON {
        .object(render(try controlPackage(submissionID), links: links))
    }
}
