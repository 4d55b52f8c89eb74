import Formats
import Glibc
import Storage

/// `DATA/snapshot`: the whole state as of one journal sequence number. An 8-byte magic, then
/// CRC-framed JSON payloads (Storage/RecordFrame): a header `{"format", "version", "seq"}`,
/// one frame per state item (StateItem), and `{"end": N}` with the item count. Written as
/// `snapshot.tmp`, fsynced, renamed over `snapshot`, directory fsynced: a crash leaves the old
/// snapshot or the new one, never a mix. Any damage is an error at start-up, never ignored.
enum SnapshotFile {
    static let magic = Array("EQPSNAP1".utf8)
    static let fileName = "snapshot"
    static let format = "eqp-sandbox state snapshot"
    static let version = 1

    /// Streams `items` to disk; answers the snapshot's size in bytes.
    @discardableResult
    static func write(directory: String, sequence: UInt64, items: some Sequence<StateItem>) throws -> Int {
        var total = 0
        try PosixFile.replace(directory + "/" + fileName, in: directory) { fd, path in
            var buffer = magic
            buffer.reserveCapacity(1 << 20)
            func flush() throws {
                try PosixFile.write(fd, buffer, path: path)
                total += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            var header = JSONObject()
            header.append("format", .string(format))
            header.append("version", .int(version))
            header.append("seq", .int(Int(sequence)))
            RecordFrame.append(JSON.object(header).serialized(), to: &buffer)
            var count = 0
            for item in items {
                RecordFrame.append(try item.json().serialized(), to: &buffer)
                count += 1
                if buffer.count >= 1 << 20 { try flush() }
            }
            RecordFrame.append(JSON.object(JSONObject([("end", .int(count))])).serialized(), to: &buffer)
            try flush()
        }
        return total
    }

    /// The snapshot's sequence number and items, or nil when there is none. Throws
    /// `DurableStateError.snapshotDamaged` for anything but an intact snapshot.
    static func read(directory: String) throws -> (sequence: UInt64, items: [StateItem])? {
        let path = directory + "/" + fileName
        guard let bytes = try PosixFile.read(path) else { return nil }
        func damaged(_ problem: String) -> DurableStateError { .snapshotDamaged(path: path, problem: problem) }
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw damaged("it does not start with the snapshot magic \(String(decoding: magic, as: UTF8.self))")
        }
        let scan = RecordFrame.scan(bytes, from: magic.count)
        if let offset = scan.end.offset { throw damaged("\(scan.end.reason) at byte \(offset)") }
        guard scan.payloads.count >= 2 else { throw damaged("it has no header or no end marker") }
        let sequence: UInt64
        do {
            let header = try JSON.parse(Array(bytes[scan.payloads[0]]))
            guard header["format"]?.stringValue == format, header["version"]?.intValue == version,
                  let seq = header["seq"]?.intValue, seq >= 0 else {
                throw damaged("unknown header \(header.text)")
            }
            sequence = UInt64(seq)
            let end = try JSON.parse(Array(bytes[scan.payloads[scan.payloads.count - 1]]))
            guard end["end"]?.intValue == scan.payloads.count - 2 else {
                throw damaged("it ends without its end marker (written only in part?)")
            }
        } catch let error as DurableStateError {
            throw error
        } catch {
            throw damaged("\(error)")
        }
        var items: [StateItem] = []
        items.reserveCapacity(scan.payloads.count - 2)
        for (i, range) in scan.payloads.dropFirst().dropLast().enumerated() {
            do {
                items.append(try StateItem(json: JSON.parse(Array(bytes[range]), maxDepth: JournalRecord.maxDepth)))
            } catch {
                throw damaged("item \(i + 1) cannot be read: \(error)")
            }
        }
        return (sequence, items)
    }
}
