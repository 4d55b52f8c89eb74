import Formats

/// The highest released version of a sku (packages.md, "max_version_launched").
public struct MaxVersionLaunched: Sendable, Equatable {
    public var submissionID: String
    public var version: String
    public var status: EQPStatus

    public init(submissionID: String, version: String, status: EQPStatus) {
        self.submissionID = submissionID
        self.version = version
        self.status = status
    }

    /// The version of `records` (all versions of one sku) that is released to the store with
    /// the highest version number, by natural version order.
    public static func among(_ records: [PackageRecord]) -> MaxVersionLaunched? {
        let live = records.filter { $0.status.overall == .releasedToStore && $0.version != nil }
        guard let best = live.max(by: {
            PackageVersionOrder.compare($0.version!, $1.version!) == .ascending
        }) else { return nil }
        return MaxVersionLaunched(submissionID: best.submissionID, version: best.version!, status: best.status)
    }

    public var json: JSON {
        var o = JSONObject()
        o.append("submission_id", .string(submissionID))
        o.append("version", .string(version))
        o.append("eqp_status", status.json)
        return .object(o)
    }
}

/// How `actions_now_available` is rendered.
public enum ActionsNowAvailableStyle: Sendable {
    /// As packages.md documents it: "A comma-separated list of values currently valid in the
    /// `action` field", e.g. `"technical.submit,marketing.submit,overall.cancel"`.
    case commaSeparated
    /// `{"overall": [...], "technical": [...], "marketing": [...]}`: the shape the
    /// netresearch/node-magento-eqp client types for the real service.
    case object
}

extension PackageRecord {
    /// The package as GET returns it (packages.md, "Get package details"), fields in
    /// `PackageSchema` order: unset fields are left out, `short_description` is always "", file
    /// references are expanded through `files`.
    public func json(files: FileLookup, maxVersionLaunched: MaxVersionLaunched? = nil,
                     actionsStyle: ActionsNowAvailableStyle = .commaSeparated) -> JSONObject {
        let stored = PackageFileReference.expand(fields, files: files)
        var o = JSONObject()
        for field in PackageSchema.fields {
            let name = field.name
            switch name {
            case "action": continue
            case "submission_id": o.append(name, .string(submissionID))
            case "item_id": if let itemID { o.append(name, .string(itemID)) }
            case "sku": if let sku { o.append(name, .string(sku)) }
            case "version": if let version { o.append(name, .string(version)) }
            case "short_description": o.append(name, "")
            case "is_patch": o.append(name, .bool(isPatch))
            case "original_launch_date": if let t = originalLaunchDate { o.append(name, .string(UTCTimestamp.format(t))) }
            case "latest_launch_date": if let t = latestLaunchDate { o.append(name, .string(UTCTimestamp.format(t))) }
            case "max_version_launched": if let maxVersionLaunched { o.append(name, maxVersionLaunched.json) }
            case "eqp_status": o.append(name, status.json)
            case "actions_now_available": o.append(name, actionsJSON(actionsStyle))
            case "created_at": o.append(name, .string(UTCTimestamp.format(createdAt)))
            case "modified_at": o.append(name, .string(UTCTimestamp.format(modifiedAt)))
            default: if let value = stored[name] { o.append(name, value) }
            }
        }
        return o
    }

    func actionsJSON(_ style: ActionsNowAvailableStyle) -> JSON {
        switch style {
        case .commaSeparated:
            return .string(ReviewFlow.actionsNowAvailableString(for: status))
        case .object:
            let actions = ReviewFlow.actionsNowAvailable(for: status)
            var o = JSONObject()
            for flow in [EQPFlow.overall, .technical, .marketing] {
                o.append(flow.rawValue, .array(actions.filter { $0.flow == flow }.map { .string($0.verb) }))
            }
            return .object(o)
        }
    }
}
