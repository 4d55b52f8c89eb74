/// How much of the real review the sandbox plays (sandbox.md, "Differences between sandbox and
/// production").
public enum ReviewMode: String, Sendable, CaseIterable {
    /// As the real sandbox: automated tools without phpcpd, no manual QA, an automated
    /// marketing review.
    case sandbox
    /// As production: phpcpd runs, technical review continues through `awaiting_manual_qa` and
    /// `in_manual_qa`, and marketing is reviewed "by hand".
    case productionLike = "production-like"

    /// The automated tools of one technical run, in the order test-results.md lists them.
    public var automatedTools: [ReviewTool] {
        switch self {
        case .sandbox: return [.phpcs, .varnish]
        case .productionLike: return [.phpcpd, .phpcs, .varnish]
        }
    }
}

/// When an approved version may go live (packages.md, "launch_on_approval" and
/// "requested_launch_date").
public struct LaunchSchedule: Sendable, Equatable {
    public var launchOnApproval: Bool?
    /// Seconds since the epoch.
    public var requestedLaunchDate: Int?

    public init(launchOnApproval: Bool? = nil, requestedLaunchDate: Int? = nil) {
        self.launchOnApproval = launchOnApproval
        self.requestedLaunchDate = requestedLaunchDate
    }

    /// The earliest release time; `Int.min` for "at once", nil for "held until the developer
    /// sets a requested_launch_date or launch_on_approval". `launch_on_approval: true`
    /// "effectively sets requested_launch_date to a point in the past"; with neither field the
    /// version "will be released to the store after all checks have passed"; `false` without a
    /// date holds it.
    public var releaseTime: Int? {
        if launchOnApproval == true { return Int.min }
        if let date = requestedLaunchDate { return date }
        return launchOnApproval == false ? nil : Int.min
    }

    public func allowsRelease(at now: Int) -> Bool {
        guard let time = releaseTime else { return false }
        return time <= now
    }
}

/// A tool's decided result within a review step.
public struct ReviewToolResult: Sendable, Equatable {
    public var tool: ReviewTool
    public var status: ToolRunStatus

    public init(_ tool: ReviewTool, _ status: ToolRunStatus) {
        self.tool = tool
        self.status = status
    }
}

/// One automatic move of one flow: what the store records, and what a status callback reports
/// (`eqp_flow`, `current_status`, `eqp_status`; callbacks.md).
public struct ReviewStep: Sendable, Equatable {
    public var flow: EQPFlow
    /// The whole status after this step (and the steps before it in the same batch).
    public var status: EQPStatus
    /// The flow's new value, the callback's `current_status`.
    public var currentStatus: String
    /// Tools that ran in this step; the store turns them into `ToolRun`s with one run id.
    public var toolResults: [ReviewToolResult]
    /// Overall went to `released_to_store`: set `original_launch_date` (first time) and
    /// `latest_launch_date`.
    public var releases: Bool

    public init(flow: EQPFlow, status: EQPStatus, currentStatus: String, toolResults: [ReviewToolResult] = [],
                releases: Bool = false) {
        self.flow = flow
        self.status = status
        self.currentStatus = currentStatus
        self.toolResults = toolResults
        self.releases = releases
    }
}

extension ReviewFlow {
    /// The steps due now, at most one per flow: technical and marketing move in parallel
    /// ("These review steps occur in parallel"); overall moves only in a call where neither
    /// flow did, so each change is its own step and callback. The store applies the last step's
    /// `status`, records tool runs, then calls again after its pace interval (or at once, in
    /// instant mode) until the list is empty. `decide` is asked only for the tools that run now.
    ///
    /// - technical: `in_automation` runs the automated tools; any `fail`/`error` → `rejected`,
    ///   else `approved` (sandbox) or `awaiting_manual_qa` (production-like);
    ///   `awaiting_manual_qa` → `in_manual_qa` → manual_qa decides `approved`/`rejected`.
    /// - marketing: `awaiting_marketing_review` → `in_marketing_review` → the marketing tool
    ///   decides `approved`, `approved_with_modifications_pending` (needs_review) or `rejected`.
    /// - overall: `in_progress` with both flows approved → `approved`; `approved` →
    ///   `released_to_store` when the launch schedule allows; `developer_removed_from_store` with
    ///   marketing approved again → `released_to_store` (re-publishing).
    public static func nextSteps(from status: EQPStatus, mode: ReviewMode, schedule: LaunchSchedule, now: Int,
                                 decide: (ReviewTool) -> ToolRunStatus) -> [ReviewStep] {
        guard !status.overall.isFinal else { return [] }
        var steps: [ReviewStep] = []
        var s = status
        if let step = technicalStep(&s, mode: mode, decide: decide) { steps.append(step) }
        if let step = marketingStep(&s, decide: decide) { steps.append(step) }
        if steps.isEmpty, let step = overallStep(&s, schedule: schedule, now: now) { steps.append(step) }
        return steps
    }

    /// Whether `nextSteps` would do nothing now.
    public static func isSettled(_ status: EQPStatus, mode: ReviewMode, schedule: LaunchSchedule, now: Int) -> Bool {
        nextSteps(from: status, mode: mode, schedule: schedule, now: now) { _ in .pass }.isEmpty
    }

    /// For an approved version held by its launch schedule: when it becomes due (nil when it is
    /// held until the developer acts, or is not waiting for a launch), so the store can sleep.
    public static func releaseDue(_ status: EQPStatus, schedule: LaunchSchedule) -> Int? {
        status.overall == .approved ? schedule.releaseTime : nil
    }

    static func technicalStep(_ s: inout EQPStatus, mode: ReviewMode, decide: (ReviewTool) -> ToolRunStatus) -> ReviewStep? {
        var results: [ReviewToolResult] = []
        switch s.technical {
        case .inAutomation:
            results = mode.automatedTools.map { ReviewToolResult($0, decide($0)) }
            let passed = results.allSatisfy { $0.status.passes }
            s.technical = !passed ? .rejected : (mode == .productionLike ? .awaitingManualQA : .approved)
        case .awaitingManualQA:
            s.technical = .inManualQA
        case .inManualQA:
            let result = ReviewToolResult(.manualQA, decide(.manualQA))
            results = [result]
            s.technical = result.status.passes ? .approved : .rejected
        default:
            return nil
        }
        return ReviewStep(flow: .technical, status: s, currentStatus: s.technical.rawValue, toolResults: results)
    }

    static func marketingStep(_ s: inout EQPStatus, decide: (ReviewTool) -> ToolRunStatus) -> ReviewStep? {
        var results: [ReviewToolResult] = []
        switch s.marketing {
        case .awaitingMarketingReview:
            s.marketing = .inMarketingReview
        case .inMarketingReview:
            let result = ReviewToolResult(.marketing, decide(.marketing))
            results = [result]
            switch result.status {
            case .pass: s.marketing = .approved
            case .needsReview: s.marketing = .approvedWithModificationsPending
            case .fail, .error: s.marketing = .rejected
            }
        default:
            return nil
        }
        return ReviewStep(flow: .marketing, status: s, currentStatus: s.marketing.rawValue, toolResults: results)
    }

    static func overallStep(_ s: inout EQPStatus, schedule: LaunchSchedule, now: Int) -> ReviewStep? {
        switch s.overall {
        case .inProgress where s.technical == .approved && s.marketing.isApproved:
            s.overall = .approved
        case .approved where schedule.allowsRelease(at: now):
            s.overall = .releasedToStore
        case .developerRemovedFromStore where s.marketing.isApproved:
            s.overall = .releasedToStore
        default:
            return nil
        }
        return ReviewStep(flow: .overall, status: s, currentStatus: s.overall.rawValue,
                          releases: s.overall == .releasedToStore)
    }
}
