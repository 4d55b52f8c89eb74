/// One part of a multipart/form-data body (RFC 7578 §4), with its Content-Disposition decoded.
public struct MultipartPart: Sendable {
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The `name` parameter of Content-Disposition, such as `file[]`.
    public var name: String?
    /// The `filename*` parameter (RFC 5987) when present and decodable, else `filename`.
    public var filename: String?
    /// The part's Content-Type header value, nil when absent.
    public var contentType: String?
    /// The Content-Disposition type in lowercase, such as `form-data`.
    public var dispositionType: String?

    /// Decodes `name`, `filename`, `contentType` and `dispositionType` from `headers`.
    public init(headers: HTTPHeaders, body: [UInt8]) {
        self.headers = headers
        self.body = body
        contentType = headers["Content-Type"]
        guard let field = headers["Content-Disposition"], let disposition = ParameterizedValue(field) else { return }
        dispositionType = disposition.value.lowercased()
        name = disposition.parameter("name")
        filename = disposition.parameter("filename*").flatMap(ParameterizedValue.decodeExtendedValue)
            ?? disposition.parameter("filename")
    }
}

/// A header value of the form `value *( OWS ";" OWS name "=" value )`, as in Content-Type
/// (RFC 9110 §5.6.6, §8.3.1) and Content-Disposition (RFC 6266 §4.1).
struct ParameterizedValue {
    /// The leading value, such as `multipart/form-data` or `form-data`, trimmed.
    var value: String
    /// Parameters in order; names as written, values unquoted.
    var parameters: [(name: String, value: String)]

    /// Nil when the value is empty, a parameter lacks `=`, or a quoted string is unterminated.
    /// Unquoted values run to the next `;` (trimmed) rather than stopping at the first
    /// non-token byte, so the sloppy `filename=a b.zip` still reads as intended.
    init?(_ text: String) {
        let b = Array(text.utf8)
        let n = b.count
        var i = 0
        while i < n && b[i] != semicolon { i += 1 }
        value = String(decoding: trimmed(b[0..<i]), as: UTF8.self)
        guard !value.isEmpty else { return nil }
        parameters = []
        while i < n {
            i += 1 // the ";"
            while i < n && isSpace(b[i]) { i += 1 }
            if i == n { break }
            if b[i] == semicolon { continue }
            let nameStart = i
            while i < n && Self.isTokenByte(b[i]) { i += 1 }
            guard i > nameStart else { return nil }
            let name = String(decoding: b[nameStart..<i], as: UTF8.self)
            while i < n && isSpace(b[i]) { i += 1 }
            guard i < n && b[i] == UInt8(ascii: "=") else { return nil }
            i += 1
            while i < n && isSpace(b[i]) { i += 1 }
            var valueBytes: [UInt8] = []
            if i < n && b[i] == UInt8(ascii: "\"") {
                // quoted-string (RFC 9110 §5.6.4). Only `\"` and `\\` count as quoted-pairs:
                // browsers send backslashes unescaped (HTML's form encoding escapes just
                // quotes and newlines), so `C:\dir\a.zip` keeps its backslashes.
                i += 1
                var closed = false
                while i < n {
                    let byte = b[i]
                    if byte == UInt8(ascii: "\"") { closed = true; i += 1; break }
                    if byte == UInt8(ascii: "\\") && i + 1 < n && (b[i + 1] == UInt8(ascii: "\"") || b[i + 1] == UInt8(ascii: "\\")) {
                        valueBytes.append(b[i + 1])
                        i += 2
                        continue
                    }
                    valueBytes.append(byte)
                    i += 1
                }
                guard closed else { return nil }
                while i < n && isSpace(b[i]) { i += 1 }
                guard i == n || b[i] == semicolon else { return nil }
            } else {
                let start = i
                while i < n && b[i] != semicolon { i += 1 }
                valueBytes = Array(trimmed(b[start..<i]))
            }
            parameters.append((name: name, value: String(decoding: valueBytes, as: UTF8.self)))
        }
    }

    /// The first value of the named parameter; names compare case-insensitively.
    func parameter(_ name: String) -> String? {
        parameters.first { $0.name.asciiCaseInsensitiveEquals(name) }?.value
    }

    /// Decodes an RFC 5987 §3.2 ext-value such as `UTF-8''na%C3%AFve.zip`. Nil for a charset
    /// other than UTF-8 or ISO-8859-1, a bad percent escape, or invalid UTF-8.
    static func decodeExtendedValue(_ text: String) -> String? {
        let b = Array(text.utf8)
        guard let quote1 = b.firstIndex(of: UInt8(ascii: "'")),
              let quote2 = b[(quote1 + 1)...].firstIndex(of: UInt8(ascii: "'")) else { return nil }
        let charset = String(decoding: b[..<quote1], as: UTF8.self)
        var bytes: [UInt8] = []
        var i = quote2 + 1
        while i < b.count {
            if b[i] == UInt8(ascii: "%") {
                guard i + 2 < b.count, let high = hexValue(b[i + 1]), let low = hexValue(b[i + 2]) else { return nil }
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(b[i])
                i += 1
            }
        }
        if charset.asciiCaseInsensitiveEquals("UTF-8") {
            return String(validating: bytes, as: UTF8.self)
        }
        if charset.asciiCaseInsensitiveEquals("ISO-8859-1") {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
            return String(scalars)
        }
        return nil
    }
}

private let semicolon = UInt8(ascii: ";")

private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

private func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = bytes
    while let f = s.first, isSpace(f) { s.removeFirst() }
    while let l = s.last, isSpace(l) { s.removeLast() }
    return s
}

private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
}

extension ParameterizedValue {
    /// tchar (RFC 9110 §5.6.2): header field names and parameter names.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "!"), UInt8(ascii: "#")...UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"),
             UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
