/// The review state machine over `eqp_status` (packages.md, "Update a package" and "action").
///
/// Which action is legal where:
/// - Before the first release (overall `draft`, `in_progress`, `approved`): a flow that is
///   `draft`, `rejected` or `recalled` may be drafted or submitted; a flow under review, or
///   approved while the other flow is still on its way, may be recalled ("The package can be
///   recalled while in the EQP pipeline"); `overall.cancel` abandons the version.
/// - `released_to_store`: marketing only ("you can update marketing information only"): draft or
///   submit marketing again, recall a marketing update under review, and `overall.remove`.
///   During a marketing update overall stays `released_to_store`: the released content stays
///   live until the update is approved.
/// - `developer_removed_from_store`: marketing draft/submit re-publish ("Send the submit action
///   for the marketing content to re-publish the product"); removal resets marketing to `draft`
///   so that re-publishing is always a fresh marketing submission.
/// - Canceled and admin-removed versions are final: no action is available.
///
/// `draft` changes no status ("Save the supplied parameter values but take no further action"),
/// except after release, where it moves an approved marketing flow back to `draft`: the saved
/// changes are pending until submitted.
public enum ReviewFlow {
    /// Exactly the actions `apply` accepts in `status`, in the order technical, marketing, overall.
    public static func actionsNowAvailable(for status: EQPStatus) -> [PackageAction] {
        PackageAction.allCases.filter { isLegal($0, in: status) }
    }

    /// The documented `actions_now_available` string: "technical.submit,marketing.submit,overall.cancel".
    public static func actionsNowAvailableString(for status: EQPStatus) -> String {
        actionsNowAvailable(for: status).map(\.rawValue).joined(separator: ",")
    }

    /// Whether `action` may be applied in `status`.
    public static func isLegal(_ action: PackageAction, in status: EQPStatus) -> Bool {
        let o = status.overall, t = status.technical, m = status.marketing
        switch action {
        case .technicalDraft, .technicalSubmit:
            return o.isInPipeline && t.isEditable
        case .technicalRecall:
            return o.isInPipeline && (t.isInReview || t == .approved)
        case .marketingDraft, .marketingSubmit:
            return (o.isInPipeline && m.isEditable) || (o.isAfterRelease && (m.isEditable || m.isApproved))
        case .marketingRecall:
            return (o.isInPipeline && (m.isInReview || m.isApproved)) || (o.isAfterRelease && m.isInReview)
        case .overallCancel:
            return o.isInPipeline
        case .overallRemove:
            return o == .releasedToStore
        }
    }

    /// The status after `action`, or error 1211 naming the state that forbids it and the
    /// actions available instead.
    public static func apply(_ action: PackageAction, to status: EQPStatus) throws -> EQPStatus {
        guard isLegal(action, in: status) else { throw notAllowed(action, in: status) }
        var s = status
        switch action {
        case .technicalDraft:
            break
        case .technicalSubmit:
            s.technical = .inAutomation
            if s.overall == .draft { s.overall = .inProgress }
        case .technicalRecall:
            s.technical = .recalled
            if s.overall == .approved { s.overall = .inProgress }
        case .marketingDraft:
            if s.overall.isAfterRelease && s.marketing.isApproved { s.marketing = .draft }
        case .marketingSubmit:
            s.marketing = .awaitingMarketingReview
            if s.overall == .draft { s.overall = .inProgress }
        case .marketingRecall:
            s.marketing = .recalled
            if s.overall == .approved { s.overall = .inProgress }
        case .overallCancel:
            s.overall = .canceledByDeveloper
            // The review clock must not pick a canceled version up again.
            if s.technical.isInReview { s.technical = .recalled }
            if s.marketing.isInReview { s.marketing = .recalled }
        case .overallRemove:
            s.overall = .developerRemovedFromStore
            s.marketing = .draft
        }
        return s
    }

    /// Error 1211 for `action` in `status`.
    static func notAllowed(_ action: PackageAction, in status: EQPStatus) -> EQPError {
        let available = actionsNowAvailable(for: status).map(\.rawValue)
        return EQPErrorDefinition.actionNotAllowed.error([
            "action": action.rawValue,
            "state": blockingState(for: action, in: status),
            "available": available.isEmpty ? "none" : available.joined(separator: ", "),
        ])
    }

    /// The part of the status that rules `action` out, worded to follow "while":
    /// "technical is approved", "overall is canceled_by_developer".
    static func blockingState(for action: PackageAction, in status: EQPStatus) -> String {
        let overall = "overall is \(status.overall.rawValue)"
        switch action.flow {
        case .overall:
            return overall
        case .technical:
            return status.overall.isInPipeline ? "technical is \(status.technical.rawValue)" : overall
        case .marketing:
            if status.overall.isFinal { return overall }
            return "marketing is \(status.marketing.rawValue)"
        }
    }
}
