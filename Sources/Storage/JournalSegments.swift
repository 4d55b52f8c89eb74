/// The journal's files: `journal-<first sequence number, 20 digits>.log`, each an 8-byte
/// magic then framed records (`RecordFrame`). A new segment starts at every compaction, so a
/// snapshot can drop the segments it covers by deleting files.
public enum JournalSegments {
    public static let magic = Array("EQPJRNL1".utf8)
    static let prefix = "journal-"
    static let suffix = ".log"

    public static func name(start: UInt64) -> String {
        let digits = String(start)
        return prefix + String(repeating: "0", count: max(0, 20 - digits.count)) + digits + suffix
    }

    public static func start(ofName name: String) -> UInt64? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        return UInt64(name.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// One segment file on disk.
    public struct Segment: Sendable, Equatable {
        public var start: UInt64
        public var path: String
    }

    /// The segments in `directory`, oldest first.
    public static func list(_ directory: String) throws -> [Segment] {
        try PosixFile.list(directory).compactMap { name in
            start(ofName: name).map { Segment(start: $0, path: directory + "/" + name) }
        }.sorted { $0.start < $1.start }
    }

    /// A segment's bytes, the payload ranges of its intact records, and how it ended (a torn
    /// header counts as a record cut short at offset 0).
    public static func read(_ segment: Segment) throws -> (bytes: [UInt8], payloads: [Range<Int>], end: RecordFrame.End) {
        let bytes = try PosixFile.read(segment.path) ?? []
        guard bytes.count >= magic.count else {
            return (bytes, [], bytes.isEmpty ? .clean : .truncated(offset: 0))
        }
        guard Array(bytes[0..<magic.count]) == magic else {
            return (bytes, [], .corrupt(offset: 0, reason: "not a journal segment (bad magic)"))
        }
        let scan = RecordFrame.scan(bytes, from: magic.count)
        return (bytes, scan.payloads, scan.end)
    }
}
