/// `JSON` and `JSONObject` as `Codable`, so types holding them can synthesize their own
/// conformance. `JSONValueEncoder`/`JSONValueDecoder` pass them through unchanged (member order
/// kept); other coders get the natural mapping.
extension JSON: Codable {
    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .int(let i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case .double(let d):
            var c = encoder.singleValueContainer()
            try c.encode(d)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .array(let a):
            var c = encoder.unkeyedContainer()
            for v in a { try c.encode(v) }
        case .object(let o):
            try o.encode(to: encoder)
        }
    }

    public init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: MemberKey.self) {
            self = .object(try JSONObject(from: c))
            return
        }
        if var c = try? decoder.unkeyedContainer() {
            var items: [JSON] = []
            while !c.isAtEnd { items.append(try c.decode(JSON.self)) }
            self = .array(items)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int.self) {
            self = .int(i)
        } else if let d = try? c.decode(Double.self) {
            self = .double(d)
        } else {
            self = .string(try c.decode(String.self))
        }
    }
}

extension JSONObject: Codable {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: MemberKey.self)
        for (k, v) in self { try c.encode(v, forKey: MemberKey(k)) }
    }

    public init(from decoder: Decoder) throws {
        try self.init(from: decoder.container(keyedBy: MemberKey.self))
    }

    init(from c: KeyedDecodingContainer<MemberKey>) throws {
        self.init()
        for key in c.allKeys { append(key.stringValue, try c.decode(JSON.self, forKey: key)) }
    }
}

/// Any member name.
struct MemberKey: CodingKey {
    let stringValue: String
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { stringValue = String(intValue) }
}
