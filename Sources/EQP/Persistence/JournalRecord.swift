import Formats

/// One journal record: a sequence number and what one store operation changed. On disk it is
/// the JSON `{"seq": N, "items": [...]}` inside a CRC-checked frame (Storage/RecordFrame).
struct JournalRecord: Sendable {
    var sequence: UInt64
    var items: [StateItem]

    /// Deeper than request bodies may nest (256), since a record wraps them in a few levels.
    static let maxDepth = 1024

    func payload() throws -> [UInt8] {
        var o = JSONObject()
        o.append("seq", .int(Int(sequence)))
        o.append("items", .array(try items.map { try $0.json() }))
        return JSON.object(o).serialized()
    }

    init(sequence: UInt64, items: [StateItem]) {
        self.sequence = sequence
        self.items = items
    }

    init(payload: [UInt8]) throws {
        let json = try JSON.parse(payload, maxDepth: Self.maxDepth)
        guard case .int(let seq)? = json["seq"], seq >= 0, case .array(let items)? = json["items"] else {
            throw JSONCodingError("a journal record is {\"seq\": N, \"items\": [...]}", path: [])
        }
        sequence = UInt64(seq)
        self.items = try items.map(StateItem.init(json:))
    }
}
