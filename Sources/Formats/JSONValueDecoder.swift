/// `JSON` back into `Decodable` values: the inverse of `JSONValueEncoder` (same mapping; a
/// Base64 string becomes `[UInt8]`, a missing member a nil optional).
public struct JSONValueDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from json: JSON) throws -> T {
        try NodeDecoder.decode(type, from: json, codingPath: [])
    }
}

final class NodeDecoder: Decoder {
    let value: JSON
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: JSON, codingPath: [CodingKey]) {
        self.value = value
        self.codingPath = codingPath
    }

    static func decode<T: Decodable>(_ type: T.Type, from json: JSON, codingPath: [CodingKey]) throws -> T {
        if type == JSON.self { return json as! T }
        if type == JSONObject.self {
            guard case .object(let o) = json else { throw mismatch("object", json, codingPath) }
            return o as! T
        }
        if type == [UInt8].self {
            guard case .string(let s) = json, let bytes = Base64.decode(s) else { throw mismatch("Base64 string", json, codingPath) }
            return bytes as! T
        }
        return try T(from: NodeDecoder(value: json, codingPath: codingPath))
    }

    static func mismatch(_ expected: String, _ actual: JSON, _ path: [CodingKey]) -> JSONCodingError {
        JSONCodingError("expected \(expected), found \(actual.typeName)", path: path)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let o) = value else { throw Self.mismatch("object", value, codingPath) }
        return KeyedDecodingContainer(KeyedNodeDecodingContainer<Key>(object: o, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let a) = value else { throw Self.mismatch("array", value, codingPath) }
        return UnkeyedNodeDecodingContainer(items: a, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleNodeDecodingContainer(value: value, codingPath: codingPath)
    }
}

/// Scalars out of one JSON value.
enum JSONScalar {
    static func bool(_ v: JSON, _ path: [CodingKey]) throws -> Bool {
        guard case .bool(let b) = v else { throw NodeDecoder.mismatch("boolean", v, path) }
        return b
    }

    static func string(_ v: JSON, _ path: [CodingKey]) throws -> String {
        guard case .string(let s) = v else { throw NodeDecoder.mismatch("string", v, path) }
        return s
    }

    static func double(_ v: JSON, _ path: [CodingKey]) throws -> Double {
        guard let d = v.doubleValue else { throw NodeDecoder.mismatch("number", v, path) }
        return d
    }

    static func integer<I: FixedWidthInteger>(_ v: JSON, _ path: [CodingKey]) throws -> I {
        guard case .int(let i) = v else { throw NodeDecoder.mismatch("integer", v, path) }
        guard let r = I(exactly: i) else { throw JSONCodingError("\(i) is out of range for \(I.self)", path: path) }
        return r
    }
}

struct KeyedNodeDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSON]
    let codingPath: [CodingKey]
    let allKeys: [Key]

    init(object: JSONObject, codingPath: [CodingKey]) {
        var members: [String: JSON] = [:]
        members.reserveCapacity(object.count)
        var keys: [Key] = []
        for (k, v) in object {
            members[k] = v
            if let key = Key(stringValue: k) { keys.append(key) }
        }
        self.members = members
        self.allKeys = keys
        self.codingPath = codingPath
    }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func value(_ key: Key) throws -> JSON {
        guard let v = members[key.stringValue] else {
            throw JSONCodingError("missing member '\(key.stringValue)'", path: codingPath)
        }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool { members[key.stringValue]?.isNull ?? true }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try JSONScalar.bool(value(key), codingPath + [key]) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try JSONScalar.string(value(key), codingPath + [key]) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try JSONScalar.double(value(key), codingPath + [key]) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try JSONScalar.integer(value(key), codingPath + [key]) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try NodeDecoder.decode(type, from: value(key), codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(value: value(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try NodeDecoder(value: value(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        NodeDecoder(value: members["super"] ?? .null, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        NodeDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }
}

struct UnkeyedNodeDecodingContainer: UnkeyedDecodingContainer {
    let items: [JSON]
    let codingPath: [CodingKey]
    var currentIndex = 0

    init(items: [JSON], codingPath: [CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> (JSON, [CodingKey]) {
        guard currentIndex < items.count else { throw JSONCodingError("array ended early", path: codingPath) }
        defer { currentIndex += 1 }
        return (items[currentIndex], codingPath + [IndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count else { throw JSONCodingError("array ended early", path: codingPath) }
        if items[currentIndex].isNull { currentIndex += 1; return true }
        return false
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { let (v, p) = try next(); return try JSONScalar.bool(v, p) }
    mutating func decode(_ type: String.Type) throws -> String { let (v, p) = try next(); return try JSONScalar.string(v, p) }
    mutating func decode(_ type: Double.Type) throws -> Double { let (v, p) = try next(); return try JSONScalar.double(v, p) }
    mutating func decode(_ type: Int.Type) throws -> Int { let (v, p) = try next(); return try JSONScalar.integer(v, p) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (v, p) = try next()
        return try NodeDecoder.decode(type, from: v, codingPath: p)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (v, p) = try next()
        return try NodeDecoder(value: v, codingPath: p).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (v, p) = try next()
        return try NodeDecoder(value: v, codingPath: p).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (v, p) = try next()
        return NodeDecoder(value: v, codingPath: p)
    }
}

struct SingleNodeDecodingContainer: SingleValueDecodingContainer {
    let value: JSON
    let codingPath: [CodingKey]

    func decodeNil() -> Bool { value.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try JSONScalar.bool(value, codingPath) }
    func decode(_ type: String.Type) throws -> String { try JSONScalar.string(value, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try JSONScalar.double(value, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try JSONScalar.double(value, codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try JSONScalar.integer(value, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try JSONScalar.integer(value, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try NodeDecoder.decode(type, from: value, codingPath: codingPath)
    }
}
