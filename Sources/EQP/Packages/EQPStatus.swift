import Formats

/// A package's `eqp_status` (packages.md, "eqp_status"): where it is overall and in each of the
/// two parallel review flows.
public struct EQPStatus: Sendable, Hashable, CustomStringConvertible, Codable {
    public var overall: Overall
    public var technical: Technical
    public var marketing: Marketing

    public init(_ overall: Overall, _ technical: Technical, _ marketing: Marketing) {
        self.overall = overall
        self.technical = technical
        self.marketing = marketing
    }

    /// A new package: nothing submitted yet.
    public static let draft = EQPStatus(.draft, .draft, .draft)

    /// `eqp_status.overall`, in the documented order.
    public enum Overall: String, Sendable, CaseIterable, Codable {
        case draft
        case inProgress = "in_progress"
        case approved
        case releasedToStore = "released_to_store"
        case developerRemovedFromStore = "developer_removed_from_store"
        case adminRemovedFromStore = "admin_removed_from_store"
        case canceledByDeveloper = "canceled_by_developer"
        case canceledByAdmin = "canceled_by_admin"
    }

    /// `eqp_status.technical`, in the documented order.
    public enum Technical: String, Sendable, CaseIterable, Codable {
        case draft
        case inAutomation = "in_automation"
        case awaitingManualQA = "awaiting_manual_qa"
        case inManualQA = "in_manual_qa"
        case approved
        case rejected
        case recalled
    }

    /// `eqp_status.marketing`, in the documented order.
    public enum Marketing: String, Sendable, CaseIterable, Codable {
        case draft
        case awaitingMarketingReview = "awaiting_marketing_review"
        case inMarketingReview = "in_marketing_review"
        case approved
        case approvedWithModificationsPending = "approved_with_modifications_pending"
        case rejected
        case recalled
    }

    /// Every combination of the three values, for exhaustive tests and the control API.
    public static var allCombinations: [EQPStatus] {
        Overall.allCases.flatMap { o in
            Technical.allCases.flatMap { t in Marketing.allCases.map { m in EQPStatus(o, t, m) } }
        }
    }

    /// `{"overall": ..., "technical": ..., "marketing": ...}` as documented.
    public var json: JSON {
        var o = JSONObject()
        o.append("overall", .string(overall.rawValue))
        o.append("technical", .string(technical.rawValue))
        o.append("marketing", .string(marketing.rawValue))
        return .object(o)
    }

    /// Reads the documented object (seed data, control API); nil when a value is missing or unknown.
    public init?(json: JSON) {
        guard let o = json["overall"]?.stringValue.flatMap(Overall.init(rawValue:)),
              let t = json["technical"]?.stringValue.flatMap(Technical.init(rawValue:)),
              let m = json["marketing"]?.stringValue.flatMap(Marketing.init(rawValue:)) else { return nil }
        self.init(o, t, m)
    }

    /// "overall in_progress, technical rejected, marketing approved".
    public var description: String {
        "overall \(overall.rawValue), technical \(technical.rawValue), marketing \(marketing.rawValue)"
    }
}

extension EQPStatus.Technical {
    /// Under review: only a recall may touch the flow.
    public var isInReview: Bool { self == .inAutomation || self == .awaitingManualQA || self == .inManualQA }
    /// Not submitted, or sent back: its fields may change and it may be submitted.
    public var isEditable: Bool { self == .draft || self == .rejected || self == .recalled }
}

extension EQPStatus.Marketing {
    public var isInReview: Bool { self == .awaitingMarketingReview || self == .inMarketingReview }
    public var isEditable: Bool { self == .draft || self == .rejected || self == .recalled }
    /// Passed the review (with or without requested modifications).
    public var isApproved: Bool { self == .approved || self == .approvedWithModificationsPending }
}

extension EQPStatus.Overall {
    /// Before the first release: the version is still in the EQP pipeline.
    public var isInPipeline: Bool { self == .draft || self == .inProgress || self == .approved }
    /// Released once and now live or withdrawn by the developer: marketing updates only.
    public var isAfterRelease: Bool { self == .releasedToStore || self == .developerRemovedFromStore }
    /// Nothing more can happen to this version.
    public var isFinal: Bool {
        self == .canceledByDeveloper || self == .canceledByAdmin || self == .adminRemovedFromStore
    }
}
