import Formats

/// How strictly a document is read against the schema.
enum SchemaMode {
    /// A client's PUT: read-only and unknown fields are ignored (packages.md: "Unknown and
    /// readonly properties will be ignored"), null is a type error.
    case update
    /// Seed data: every field may be set, unknown fields are errors (typos surface at start-up),
    /// and null stands for "not set".
    case seed
}

extension ProfileSchema {
    /// Applies `patch` onto `stored`: nested objects merge member by member, arrays and scalars
    /// replace (users.md, "Update profile data"). Only fields with role `.stored` are handled;
    /// the caller deals with the others. Returns the names of the top-level members written.
    @discardableResult
    static func merge(_ patch: JSONObject, into stored: inout JSONObject, fields: [ProfileField],
                      path: String, mode: SchemaMode) throws -> [String] {
        var written: [String] = []
        for (key, value) in patch {
            guard let field = fields.first(where: { $0.name == key }) else {
                if mode == .seed { throw FieldIssue.unknown(path: joinPath(path, key), known: fields.map(\.name)) }
                continue
            }
            guard field.role == .stored, field.writable || mode == .seed else { continue }
            let fieldPath = joinPath(path, key)
            let existing = stored[key] ?? defaultValue(field.kind)
            stored[key] = try normalize(value, as: field.kind, check: field.check, existing: existing, path: fieldPath, mode: mode)
            written.append(key)
        }
        return written
    }

    /// Checks `value` against `kind` and returns it in stored form.
    static func normalize(_ value: JSON, as kind: ProfileField.Kind, check: ProfileField.Check?, existing: JSON,
                          path: String, mode: SchemaMode) throws -> JSON {
        if case .null = value, mode == .seed {
            switch kind {
            case .object, .array: return existing
            default: return .null
            }
        }
        switch kind {
        case .string:
            guard case .string(let s) = value else { throw FieldIssue.wrongType(path, .string, value) }
            if let check, !s.isEmpty, let problem = problem(with: s, check: check) {
                throw FieldIssue.invalid(path: path, problem: problem)
            }
            return value
        case .timestamp:
            guard case .string(let s) = value else { throw FieldIssue.wrongType(path, .string, value) }
            guard let seconds = UTCTimestamp.parse(s) else {
                throw FieldIssue.invalid(path: path, problem: "must be a UTC timestamp 'YYYY-MM-DD HH:MM:SS', got '\(s)'")
            }
            return .string(UTCTimestamp.format(seconds))
        case .bool:
            guard case .bool = value else { throw FieldIssue.wrongType(path, .bool, value) }
            return value
        case .int:
            guard let i = value.intValue else { throw FieldIssue.wrongType(path, .int, value) }
            return .int(i)
        case .object(let subfields):
            guard case .object(let patch) = value else { throw FieldIssue.wrongType(path, .object, value) }
            var merged = existing.objectValue ?? defaultObject(subfields)
            try merge(patch, into: &merged, fields: subfields, path: path, mode: mode)
            return .object(merged)
        case .array(let itemKind):
            guard case .array(let items) = value else { throw FieldIssue.wrongType(path, .array, value) }
            return .array(try items.enumerated().map { i, item in
                try normalizeItem(item, as: itemKind, index: i, path: indexPath(path, i), mode: mode)
            })
        }
    }

    /// One array item. Items are whole values: object items keep just the known members they
    /// were given (in schema order), so an address reads back as it was sent.
    static func normalizeItem(_ item: JSON, as kind: ProfileField.Kind, index: Int, path: String, mode: SchemaMode) throws -> JSON {
        guard case .object(let subfields) = kind else {
            return try normalize(item, as: kind, check: nil, existing: defaultValue(kind), path: path, mode: mode)
        }
        guard case .object(let patch) = item else { throw FieldIssue.wrongType(path, .object, item) }
        var given = JSONObject()
        try merge(patch, into: &given, fields: subfields, path: path, mode: mode)
        if subfields.contains(where: { $0.name == "address_key" }), given["address_key"] == nil {
            // An address sent without its key gets its position, counted from 1.
            given["address_key"] = .int(index + 1)
        }
        var ordered = JSONObject()
        for field in subfields { if let v = given[field.name] { ordered.append(field.name, v) } }
        return .object(ordered)
    }

    /// Why a non-empty string fails its check, or nil if it passes.
    static func problem(with s: String, check: ProfileField.Check) -> String? {
        switch check {
        case .email:
            let parts = s.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !s.contains(" ") { return nil }
            return "must be an email address such as 'jsmith@example.com', got '\(s)'"
        case .url:
            if (s.hasPrefix("https://") || s.hasPrefix("http://")) && s.count > 8 && !s.contains(" ") { return nil }
            return "must be an http:// or https:// URL, got '\(s)'"
        }
    }

    /// The value a field has before anything sets it.
    static func defaultValue(_ kind: ProfileField.Kind) -> JSON {
        switch kind {
        case .string: return ""
        case .timestamp: return .null
        case .bool: return false
        case .int: return 0
        case .object(let fields): return .object(defaultObject(fields))
        case .array: return []
        }
    }

    /// An object with every stored field at its default, in schema order.
    static func defaultObject(_ fields: [ProfileField]) -> JSONObject {
        var o = JSONObject()
        for field in fields where field.role == .stored { o.append(field.name, defaultValue(field.kind)) }
        return o
    }
}
