import Formats

/// The framing of every record on disk: 4 bytes length, 4 bytes CRC-32 of the payload (both
/// little-endian), then the payload. A crash mid-append leaves a short or mismatching frame
/// at the end, which `scan` reports instead of returning garbage.
public enum RecordFrame {
    public static let headerSize = 8
    /// Larger lengths are treated as damage, not as a record to allocate for.
    public static let maxPayload = 1 << 30

    public static func append(_ payload: [UInt8], to out: inout [UInt8]) {
        precondition(payload.count <= maxPayload, "a record of \(payload.count) bytes is larger than the journal allows")
        let length = UInt32(payload.count), crc = CRC32.checksum(payload)
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: length >> UInt32(shift))) }
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: crc >> UInt32(shift))) }
        out.append(contentsOf: payload)
    }

    public static func framed(_ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(headerSize + payload.count)
        append(payload, to: &out)
        return out
    }

    /// How reading a run of frames ended.
    public enum End: Equatable, Sendable {
        /// Every byte belonged to a whole, intact frame.
        case clean
        /// The frame starting at `offset` is cut short (a torn append).
        case truncated(offset: Int)
        /// The frame starting at `offset` fails its checksum or has an impossible length.
        case corrupt(offset: Int, reason: String)

        public var offset: Int? {
            switch self {
            case .clean: return nil
            case .truncated(let o), .corrupt(let o, _): return o
            }
        }

        public var reason: String {
            switch self {
            case .clean: return "intact"
            case .truncated: return "record cut short"
            case .corrupt(_, let r): return r
            }
        }
    }

    /// The payload ranges of the intact frames in `bytes[start...]`, in order, and how the run
    /// ended. Reading stops at the first bad frame.
    public static func scan(_ bytes: [UInt8], from start: Int = 0) -> (payloads: [Range<Int>], end: End) {
        var ranges: [Range<Int>] = []
        var offset = start
        while offset < bytes.count {
            guard bytes.count - offset >= headerSize else { return (ranges, .truncated(offset: offset)) }
            let length = Int(readLE32(bytes, offset)), crc = readLE32(bytes, offset + 4)
            guard length <= maxPayload else { return (ranges, .corrupt(offset: offset, reason: "impossible record length \(length)")) }
            let body = offset + headerSize
            guard bytes.count - body >= length else { return (ranges, .truncated(offset: offset)) }
            let range = body..<(body + length)
            guard CRC32.checksum(bytes[range]) == crc else { return (ranges, .corrupt(offset: offset, reason: "checksum mismatch")) }
            ranges.append(range)
            offset = range.upperBound
        }
        return (ranges, .clean)
    }

    static func readLE32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}
