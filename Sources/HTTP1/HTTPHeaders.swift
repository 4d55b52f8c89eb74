/// An ordered list of header fields. Names compare case-insensitively (RFC 9110 §5.1);
/// the original spelling is kept for output.
public struct HTTPHeaders: Sequence, Equatable, Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var fields: [(name: String, value: String)]

    public init() { fields = [] }
    public init(_ fields: [(String, String)]) { self.fields = fields.map { (name: $0.0, value: $0.1) } }
    public init(dictionaryLiteral elements: (String, String)...) { self.init(elements) }

    public var count: Int { fields.count }
    public var isEmpty: Bool { fields.isEmpty }

    /// The first value of the named field, if any.
    public subscript(name: String) -> String? {
        for field in fields where field.name.asciiCaseInsensitiveEquals(name) { return field.value }
        return nil
    }

    /// Every value of the named field, in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.asciiCaseInsensitiveEquals(name) }.map(\.value)
    }

    public func contains(_ name: String) -> Bool { self[name] != nil }

    public mutating func add(_ name: String, _ value: String) { fields.append((name: name, value: value)) }

    /// Replaces every field of that name with one field.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        fields.append((name: name, value: value))
    }

    public mutating func remove(_ name: String) {
        fields.removeAll { $0.name.asciiCaseInsensitiveEquals(name) }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { fields.makeIterator() }

    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    /// True when a comma-separated header (such as `Connection`) lists `token`, ignoring case.
    public func hasToken(_ token: String, in name: String) -> Bool {
        // Asked for `Connection` on every request: no intermediate arrays.
        for field in fields where field.name.asciiCaseInsensitiveEquals(name) {
            let value = field.value
            for part in value.utf8.split(separator: UInt8(ascii: ",")) {
                if Substring(part).trimmingASCIIWhitespace().asciiCaseInsensitiveEquals(token) { return true }
            }
        }
        return false
    }
}

extension String {
    /// `asciiCaseInsensitiveEquals` for two Strings over their contiguous UTF-8 storage: header
    /// lookups run several times per request, and the generic version walks two iterators.
    @inline(__always)
    public func asciiCaseInsensitiveEquals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let fast = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b -> Bool in
                for i in 0..<a.count {
                    let x = a[i], y = b[i]
                    if x == y { continue }
                    let lx = x | 0x20
                    guard lx == y | 0x20, lx >= 97, lx <= 122 else { return false }
                }
                return true
            }
        }
        if let result = fast ?? nil { return result }
        for (x, y) in zip(utf8, other.utf8) where x != y {
            let lx = x | 0x20
            guard lx == y | 0x20, lx >= 97, lx <= 122 else { return false }
        }
        return true
    }
}

extension StringProtocol {
    /// ASCII-only case folding: header names and tokens are ASCII (RFC 9110 §5.1).
    public func asciiCaseInsensitiveEquals(_ other: some StringProtocol) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        // Walking two Substring UTF-8 views costs thousands of instructions for a short token;
        // tokens are short, so copying into (usually inline, allocation-free) Strings is cheaper.
        return String(self).asciiCaseInsensitiveEquals(String(other))
    }

    public func trimmingASCIIWhitespace() -> Substring {
        let s = Substring(self), u = s.utf8
        var start = u.startIndex, end = u.endIndex
        while start < end && (u[start] == 0x20 || u[start] == 0x09) { start = u.index(after: start) }
        while start < end {
            let last = u.index(before: end)
            guard u[last] == 0x20 || u[last] == 0x09 else { break }
            end = last
        }
        return s[start..<end]
    }
}
