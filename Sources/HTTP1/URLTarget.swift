/// Decoding of the origin-form request-target (RFC 9112 §3.2.1, RFC 3986 §2.1).
public enum URLTarget {
    /// Splits `path?query` at the first `?`; a fragment is not sent by clients and is not removed.
    public static func split(_ target: String) -> (path: String, query: String?) {
        // UTF-8 view searches: Character-based ones do grapheme breaking, and dominated parsing time.
        guard let q = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return (target, nil) }
        return (String(target[..<q]), String(target[target.utf8.index(after: q)...]))
    }

    /// Decodes `%XX` escapes; `nil` when an escape is malformed or the result is not UTF-8.
    /// With `plusAsSpace`, `+` becomes a space (the form encoding used in query strings).
    public static func percentDecode(_ s: some StringProtocol, plusAsSpace: Bool = false) -> String? {
        if !s.utf8.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) {
            return String(s)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var it = s.utf8.makeIterator()
        var needsDecode = false
        while let b = it.next() {
            if b == UInt8(ascii: "%") {
                guard let h = it.next(), let l = it.next(), let hv = hexValue(h), let lv = hexValue(l) else { return nil }
                bytes.append(hv << 4 | lv)
                needsDecode = true
            } else if plusAsSpace && b == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
                needsDecode = true
            } else {
                bytes.append(b)
            }
        }
        if !needsDecode { return String(s) }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Path segments, each percent-decoded after splitting; empty segments are dropped so a
    /// trailing slash and doubled slashes are tolerated. A malformed escape keeps the raw text.
    public static func segments(_ rawPath: String) -> [String] {
        // Runs for every request: one pass over the contiguous bytes, and a String made
        // straight from each segment's bytes unless it holds an escape.
        var path = rawPath
        return path.withUTF8 { buf in
            var out: [String] = []
            out.reserveCapacity(8)
            var start = 0
            var escaped = false
            for i in 0...buf.count {
                if i == buf.count || buf[i] == UInt8(ascii: "/") {
                    if i > start {
                        let raw = UnsafeBufferPointer(rebasing: buf[start..<i])
                        out.append(escaped ? decodeSegment(raw) : String(decoding: raw, as: UTF8.self))
                    }
                    start = i + 1
                    escaped = false
                } else if buf[i] == UInt8(ascii: "%") {
                    escaped = true
                }
            }
            return out
        }
    }

    /// A segment with `%XX` escapes, decoded; the raw text when an escape is malformed or
    /// the result is not UTF-8.
    static func decodeSegment(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            if raw[i] == UInt8(ascii: "%") {
                guard i + 2 < raw.count, let h = hexValue(raw[i + 1]), let l = hexValue(raw[i + 2]) else {
                    return String(decoding: raw, as: UTF8.self)
                }
                bytes.append(h << 4 | l)
                i += 3
            } else {
                bytes.append(raw[i])
                i += 1
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? String(decoding: raw, as: UTF8.self)
    }

    /// `a=1&b=x+y` → [("a","1"), ("b","x y")]. A name without `=` has an empty value.
    public static func parseQuery(_ query: String) -> [(name: String, value: String)] {
        query.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true).map { bytes in
            let pair = Substring(bytes)
            if let eq = bytes.firstIndex(of: UInt8(ascii: "=")) {
                let name = pair[..<eq], value = pair[pair.utf8.index(after: eq)...]
                return (percentDecode(name, plusAsSpace: true) ?? String(name),
                        percentDecode(value, plusAsSpace: true) ?? String(value))
            }
            return (percentDecode(pair, plusAsSpace: true) ?? String(pair), "")
        }
    }

    @inline(__always)
    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: return c - 48
        case 65...70: return c - 55
        case 97...102: return c - 87
        default: return nil
        }
    }
}
