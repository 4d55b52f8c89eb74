/// One value of the `action` object (packages.md, "action"): a flow and what to do in it.
public enum PackageAction: String, Sendable, CaseIterable, CustomStringConvertible {
    case technicalDraft = "technical.draft"
    case technicalSubmit = "technical.submit"
    case technicalRecall = "technical.recall"
    case marketingDraft = "marketing.draft"
    case marketingSubmit = "marketing.submit"
    case marketingRecall = "marketing.recall"
    case overallRemove = "overall.remove"
    case overallCancel = "overall.cancel"

    /// The `action` member: `technical`, `marketing` or `overall`.
    public var flow: EQPFlow {
        switch self {
        case .technicalDraft, .technicalSubmit, .technicalRecall: return .technical
        case .marketingDraft, .marketingSubmit, .marketingRecall: return .marketing
        case .overallRemove, .overallCancel: return .overall
        }
    }

    /// The member's value: `draft`, `submit`, `recall`, `remove` or `cancel`.
    public var verb: String { String(rawValue.split(separator: ".")[1]) }

    /// The action for `flow` and `verb`, if that pair is documented.
    public init?(flow: EQPFlow, verb: String) { self.init(rawValue: flow.rawValue + "." + verb) }

    public var description: String { rawValue }

    public var isDraft: Bool { self == .technicalDraft || self == .marketingDraft }
    public var isSubmit: Bool { self == .technicalSubmit || self == .marketingSubmit }
    public var isRecall: Bool { self == .technicalRecall || self == .marketingRecall }
}

/// The three members of `eqp_status` and `action`; also the `eqp_flow` of status callbacks.
public enum EQPFlow: String, Sendable, CaseIterable {
    case technical, marketing, overall

    /// The verbs documented for this member of `action`.
    public var verbs: [String] {
        switch self {
        case .technical, .marketing: return ["draft", "submit", "recall"]
        case .overall: return ["remove", "cancel"]
        }
    }
}

/// The `action` object of one POST/PUT item: at most one action per flow. Omitted flows mean
/// `draft` (packages.md: "If not specified, draft is the default value"), which `ReviewFlow`
/// applies only to flows whose fields the item changes.
public struct PackageActionRequest: Sendable, Equatable {
    public var technical: PackageAction?
    public var marketing: PackageAction?
    public var overall: PackageAction?

    public init(technical: PackageAction? = nil, marketing: PackageAction? = nil, overall: PackageAction? = nil) {
        self.technical = technical
        self.marketing = marketing
        self.overall = overall
    }

    /// The explicit actions, technical first.
    public var actions: [PackageAction] { [technical, marketing, overall].compactMap { $0 } }

    /// Whether the item asks to submit `flow` for review; the store then runs
    /// `SubmissionRequirements` for it.
    public func submits(_ flow: EQPFlow) -> Bool {
        switch flow {
        case .technical: return technical == .technicalSubmit
        case .marketing: return marketing == .marketingSubmit
        case .overall: return false
        }
    }

    /// The flows submitted by this request, technical first.
    public var submittedFlows: [EQPFlow] { [EQPFlow.technical, .marketing].filter(submits) }
}
