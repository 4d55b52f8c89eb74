import Formats

/// Which Composer keys `GET /rest/v1/users/:mage_id/keys` lists (users.md, "Get keys").
public struct KeyQuery: Sendable, Equatable {
    public enum KeyType: String, Sendable, CaseIterable {
        case m1, m2, all
    }

    public var type: KeyType
    /// Exact label of the Magento 2 keys to list (already URL-decoded).
    public var label: String?
    /// A mage_id or org_id; nil for `all`.
    public var uid: String?

    public init(type: KeyType = .all, label: String? = nil, uid: String? = nil) {
        self.type = type
        self.label = label
        self.uid = uid
    }

    /// Reads the raw query values; whether `uid` belongs to the user is checked by the store.
    public static func parse(type: String?, label: String?, uid: String?) throws -> KeyQuery {
        var query = KeyQuery()
        if let type {
            guard let parsed = KeyType(rawValue: type) else { throw EQPErrorDefinition.invalidKeyType.error(["value": type]) }
            query.type = parsed
        }
        if label != nil && query.type == .m1 { throw EQPErrorDefinition.labelFilterNeedsM2.error() }
        query.label = label
        query.uid = uid == "all" ? nil : uid
        return query
    }
}

/// The answer to a key listing: the requested sections only.
public struct ComposerKeyList: Sendable, Equatable {
    public var m2: [ComposerKey]?
    public var m1: [M1Key]?

    /// `{"m2": [...], "m1": [...]}` as users.md shows it.
    public var json: JSON {
        var o = JSONObject()
        if let m2 { o.append("m2", .array(m2.map(\.json))) }
        if let m1 { o.append("m1", .array(m1.map(\.json))) }
        return .object(o)
    }
}

/// One item of the answer to `POST /rest/v1/users/:mage_id/keys`, in request order.
public enum ComposerKeyOutcome: Sendable, Equatable {
    case created(ComposerKey)
    /// The item's `label` and `uid` as sent (if they were strings), and why it failed.
    case rejected(label: String?, uid: String?, EQPError)

    public var json: JSON {
        switch self {
        case .created(let key):
            var o = key.json
            o["code"] = 200
            o["message"] = "Success"
            return o
        case .rejected(let label, let uid, let error):
            var o = JSONObject()
            if let label { o.append("label", .string(label)) }
            if let uid { o.append("uid", .string(uid)) }
            o.append("code", .int(error.code))
            o.append("message", .string(error.message))
            return .object(o)
        }
    }
}
