/// `Encodable` values into `JSON` (no Foundation). The durable-state files use it so that every
/// stored property of a persisted type is written without a hand-kept field list: a property
/// added later is persisted too, or the build fails if its type cannot be.
///
/// Mapping: integers are `.int` (UInt64 above `Int.max` fails), floating point `.double`,
/// `[UInt8]` a Base64 string (file contents), `JSON` and `JSONObject` themselves; keyed
/// containers are objects in encoding order, unkeyed ones arrays; a nil optional is left out.
public struct JSONValueEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSON {
        try JSONEncodingNode.encode(value, codingPath: [])
    }
}

public struct JSONCodingError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var path: String
    public init(_ message: String, path: [CodingKey]) {
        self.message = message
        self.path = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// One value being built: a finished JSON, or an object or array whose members are still
/// being encoded (containers hand out references to them).
final class JSONEncodingNode {
    enum Content {
        case value(JSON)
        case object([(String, JSONEncodingNode)])
        case array([JSONEncodingNode])
    }

    var content: Content

    init(_ content: Content) { self.content = content }

    var json: JSON {
        switch content {
        case .value(let v): return v
        case .array(let nodes): return .array(nodes.map(\.json))
        case .object(let members):
            var o = JSONObject()
            for (k, n) in members { o.append(k, n.json) }
            return .object(o)
        }
    }

    static func encode<T: Encodable>(_ value: T, codingPath: [CodingKey]) throws -> JSON {
        // By exact type: `as? [UInt8]` would also match an empty array of anything.
        if T.self == JSON.self { return value as! JSON }
        if T.self == JSONObject.self { return .object(value as! JSONObject) }
        if T.self == [UInt8].self { return .string(Base64.encode(value as! [UInt8])) }
        let encoder = NodeEncoder(codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.root?.json ?? .null
    }
}

final class NodeEncoder: Encoder {
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var root: JSONEncodingNode?

    init(codingPath: [CodingKey]) { self.codingPath = codingPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let node = root ?? JSONEncodingNode(.object([]))
        if case .object = node.content {} else { node.content = .object([]) }
        root = node
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let node = root ?? JSONEncodingNode(.array([]))
        if case .array = node.content {} else { node.content = .array([]) }
        root = node
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleNodeContainer(encoder: self)
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONEncodingNode
    let codingPath: [CodingKey]

    private func put(_ key: Key, _ child: JSONEncodingNode) {
        guard case .object(var members) = node.content else { return }
        node.content = .value(.null) // drop the reference so `members` stays uniquely owned
        members.append((key.stringValue, child))
        node.content = .object(members)
    }

    mutating func encodeNil(forKey key: Key) throws { put(key, JSONEncodingNode(.value(.null))) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(key, JSONEncodingNode(.value(.bool(value)))) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(key, JSONEncodingNode(.value(.string(value)))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(key, JSONEncodingNode(.value(.double(value)))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(key, JSONEncodingNode(.value(.int(value)))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        put(key, JSONEncodingNode(.value(try JSONEncodingNode.encode(value, codingPath: codingPath + [key]))))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONEncodingNode(.object([]))
        put(key, child)
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = JSONEncodingNode(.array([]))
        put(key, child)
        return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        let encoder = NodeEncoder(codingPath: codingPath + [key])
        let child = JSONEncodingNode(.object([]))
        encoder.root = child
        put(key, child)
        return encoder
    }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONEncodingNode
    let codingPath: [CodingKey]

    var count: Int {
        if case .array(let a) = node.content { return a.count }
        return 0
    }

    private func add(_ child: JSONEncodingNode) {
        guard case .array(var items) = node.content else { return }
        node.content = .value(.null)
        items.append(child)
        node.content = .array(items)
    }

    private var indexKey: CodingKey { IndexKey(count) }

    mutating func encodeNil() throws { add(JSONEncodingNode(.value(.null))) }
    mutating func encode(_ value: Bool) throws { add(JSONEncodingNode(.value(.bool(value)))) }
    mutating func encode(_ value: String) throws { add(JSONEncodingNode(.value(.string(value)))) }
    mutating func encode(_ value: Double) throws { add(JSONEncodingNode(.value(.double(value)))) }
    mutating func encode(_ value: Int) throws { add(JSONEncodingNode(.value(.int(value)))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        add(JSONEncodingNode(.value(try JSONEncodingNode.encode(value, codingPath: codingPath + [indexKey]))))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONEncodingNode(.object([]))
        let path = codingPath + [indexKey]
        add(child)
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = JSONEncodingNode(.array([]))
        let path = codingPath + [indexKey]
        add(child)
        return UnkeyedNodeContainer(node: child, codingPath: path)
    }

    mutating func superEncoder() -> Encoder {
        let encoder = NodeEncoder(codingPath: codingPath + [indexKey])
        let child = JSONEncodingNode(.object([]))
        encoder.root = child
        add(child)
        return encoder
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    private func set(_ v: JSON) { encoder.root = JSONEncodingNode(.value(v)) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(.double(value)) }
    mutating func encode(_ value: Float) throws { set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { set(.int(value)) }
    mutating func encode(_ value: Int8) throws { set(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { set(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { set(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { set(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { try set(.int(checked(value))) }
    mutating func encode(_ value: UInt8) throws { set(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { set(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { set(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { try set(.int(checked(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        set(try JSONEncodingNode.encode(value, codingPath: codingPath))
    }

    private func checked<I: BinaryInteger>(_ value: I) throws -> Int {
        guard let v = Int(exactly: value) else { throw JSONCodingError("\(value) does not fit a JSON integer", path: codingPath) }
        return v
    }
}

/// An array position as a coding key.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { intValue = Int(stringValue) }
    init?(intValue: Int) { self.intValue = intValue }
}
