extension ReviewFlow {
    /// The status after a POST/PUT item with `request`'s actions that changes `changedFields`
    /// (names of top-level fields whose value differs from the stored one; see
    /// `PackageRecord.changedFields`). Steps, in order:
    /// 1. `action.overall` may not be combined with a submit or recall (1213);
    /// 2. recalls apply first, so "recall and fix" works in one request;
    /// 3. every changed field must be editable now (1212: "You cannot modify a package during the
    ///    EQP process, except to recall the package");
    /// 4. drafts: explicit ones must be legal; a flow whose fields changed without an action is
    ///    drafted implicitly (the documented default);
    /// 5. submits, then the overall action.
    /// The store runs `SubmissionRequirements` for `request.submittedFlows` on the merged record.
    public static func applyUpdate(_ request: PackageActionRequest, changing changedFields: [String],
                                   to status: EQPStatus) throws -> EQPStatus {
        if let overall = request.overall {
            let others = [request.technical, request.marketing].compactMap { $0 }.filter { !$0.isDraft }
            if !others.isEmpty {
                throw EQPErrorDefinition.conflictingActions.error([
                    "overall": overall.verb, "others": others.map(\.rawValue).joined(separator: ", "),
                ])
            }
        }
        var s = status
        for action in request.actions where action.isRecall { s = try apply(action, to: s) }
        try checkEditable(changedFields, in: s)
        for flow in [EQPFlow.technical, .marketing] {
            let explicit = flow == .technical ? request.technical : request.marketing
            if let explicit, explicit.isDraft {
                s = try apply(explicit, to: s)
            } else if explicit == nil, changedFields.contains(where: { touches($0, flow, in: s) }),
                      let draft = PackageAction(flow: flow, verb: "draft"), isLegal(draft, in: s) {
                s = try apply(draft, to: s)
            }
        }
        for action in request.actions where action.isSubmit { s = try apply(action, to: s) }
        if let overall = request.overall { s = try apply(overall, to: s) }
        return s
    }

    /// Throws 1212 naming the fields of `fieldNames` that cannot change in `status`, the state
    /// that locks them and what to do.
    public static func checkEditable(_ fieldNames: [String], in status: EQPStatus) throws {
        var locked: [String] = []
        var first: (state: String, remedy: String)?
        for name in fieldNames {
            guard let reason = lockReason(name, in: status) else { continue }
            if first == nil { first = reason }
            if reason == first! { locked.append(name) }
        }
        guard let first else { return }
        throw EQPErrorDefinition.packageLocked.error([
            "fields": locked.joined(separator: ", "), "state": first.state, "remedy": first.remedy,
        ])
    }

    /// Why `field` cannot change in `status`, or nil when it can.
    static func lockReason(_ field: String, in status: EQPStatus) -> (state: String, remedy: String)? {
        let o = status.overall, t = status.technical
        if o.isFinal {
            return ("overall is \(o.rawValue)", "this version is closed; submit a new version instead")
        }
        if PackageSchema.launchSchedulingFields.contains(field) {
            return o.isInPipeline ? nil : marketingLock(status)
        }
        switch editFlow(of: field) {
        case .none:
            return nil
        case .technical:
            if o.isAfterRelease {
                return ("overall is \(o.rawValue)",
                        "only marketing information can change after release; submit a new version for technical changes")
            }
            return t.isEditable ? nil : technicalLock(status)
        case .marketing:
            return marketingLock(status)
        case .both:
            if o.isAfterRelease { return marketingLock(status) }
            return (t.isEditable ? nil : technicalLock(status)) ?? marketingLock(status)
        }
    }

    /// The flow whose state decides whether `field` may change. `version` follows the technical
    /// flow: it comes with the code artifact, which a technical resubmission replaces.
    static func editFlow(of field: String) -> PackageFieldFlow {
        if field == "version" { return .technical }
        return PackageSchema.field(field)?.flow ?? .none
    }

    static func technicalLock(_ status: EQPStatus) -> (state: String, remedy: String) {
        ("technical is \(status.technical.rawValue)",
         "recall the technical submission first (action.technical: recall)")
    }

    static func marketingLock(_ status: EQPStatus) -> (state: String, remedy: String)? {
        if isLegal(.marketingDraft, in: status) { return nil }
        let what = status.overall.isAfterRelease ? "marketing update" : "marketing submission"
        return ("marketing is \(status.marketing.rawValue)", "recall the \(what) first (action.marketing: recall)")
    }

    /// Whether changing `field` drafts `flow` implicitly.
    static func touches(_ field: String, _ flow: EQPFlow, in status: EQPStatus) -> Bool {
        if PackageSchema.launchSchedulingFields.contains(field) { return false }
        switch editFlow(of: field) {
        case .none: return false
        case .technical: return flow == .technical
        case .marketing: return flow == .marketing
        case .both: return flow == .marketing || !status.overall.isAfterRelease
        }
    }
}
