/// Base64 with the standard alphabet (RFC 4648 §4), as used by HTTP Basic credentials
/// (RFC 7617) and by file contents embedded in JSON seed files.
public enum Base64 {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Maps an ASCII byte to its 6-bit value; 0xFF for bytes outside the alphabet.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, char) in alphabet.enumerated() { table[Int(char)] = UInt8(value) }
        return table
    }()

    /// Encodes `bytes`, padding the last group with `=`.
    public static func encode(_ bytes: [UInt8]) -> String {
        let outCount = (bytes.count + 2) / 3 * 4
        let out = [UInt8](unsafeUninitializedCapacity: outCount) { out, initialized in
            bytes.withUnsafeBufferPointer { input in
                alphabet.withUnsafeBufferPointer { digits in
                    var i = 0, o = 0
                    while i + 3 <= input.count {
                        let group = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
                        out[o] = digits[Int(group >> 18)]
                        out[o + 1] = digits[Int(group >> 12 & 0x3F)]
                        out[o + 2] = digits[Int(group >> 6 & 0x3F)]
                        out[o + 3] = digits[Int(group & 0x3F)]
                        i += 3
                        o += 4
                    }
                    let rest = input.count - i
                    if rest > 0 {
                        let group = UInt32(input[i]) << 16 | (rest == 2 ? UInt32(input[i + 1]) << 8 : 0)
                        out[o] = digits[Int(group >> 18)]
                        out[o + 1] = digits[Int(group >> 12 & 0x3F)]
                        out[o + 2] = rest == 2 ? digits[Int(group >> 6 & 0x3F)] : UInt8(ascii: "=")
                        out[o + 3] = UInt8(ascii: "=")
                    }
                }
            }
            initialized = outCount
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes standard Base64. Padding may be complete or left out entirely; nil for any
    /// character outside the alphabet (whitespace included), `=` before the end, partial padding,
    /// or a length no encoder produces. Nonzero unused bits in the last character are accepted,
    /// which RFC 4648 §3.5 permits.
    public static func decode(_ text: String) -> [UInt8]? {
        var utf8 = Array(text.utf8)
        var padding = 0
        while utf8.last == UInt8(ascii: "=") {
            utf8.removeLast()
            padding += 1
        }
        let count = utf8.count
        // A lone trailing character carries only 6 bits: no encoder emits it (RFC 4648 §4).
        guard count % 4 != 1 else { return nil }
        guard padding == 0 || (padding <= 2 && (count + padding) % 4 == 0) else { return nil }

        var out: [UInt8] = []
        out.reserveCapacity(count / 4 * 3 + 2)
        var group: UInt32 = 0
        var filled = 0
        let valid = utf8.withUnsafeBufferPointer { chars in
            values.withUnsafeBufferPointer { values in
                for char in chars {
                    let value = values[Int(char)]
                    if value == 0xFF { return false }
                    group = group << 6 | UInt32(value)
                    filled += 1
                    if filled == 4 {
                        out.append(UInt8(truncatingIfNeeded: group >> 16))
                        out.append(UInt8(truncatingIfNeeded: group >> 8))
                        out.append(UInt8(truncatingIfNeeded: group))
                        group = 0
                        filled = 0
                    }
                }
                return true
            }
        }
        guard valid else { return nil }
        if filled == 2 {
            out.append(UInt8(truncatingIfNeeded: group >> 4))
        } else if filled == 3 {
            out.append(UInt8(truncatingIfNeeded: group >> 10))
            out.append(UInt8(truncatingIfNeeded: group >> 2))
        }
        return out
    }
}
