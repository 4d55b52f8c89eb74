/// One user's packages by the keys package writes check: item_id (unique per user, 1223),
/// sku (versions, 1225, shared packages, `max_version_launched`) and lower-cased name (1222).
/// Without it every POST walked all of the user's packages, so loading 100,000 packages took
/// quadratic time.
struct OwnerPackageLookup: Sendable {
    var byItemID: [String: [String]] = [:]
    var bySKU: [String: [String]] = [:]
    var byName: [String: [String]] = [:]

    /// Nothing left to look up (the owner's entry can go).
    var isEmpty: Bool { byItemID.isEmpty && bySKU.isEmpty && byName.isEmpty }

    /// Indexes `record`; `previous` is what was indexed for it before, if anything.
    mutating func update(_ record: PackageRecord, previous: PackageRecord?) {
        let id = record.submissionID
        Self.move(id, from: previous?.itemID, to: record.itemID, in: &byItemID)
        Self.move(id, from: previous?.sku, to: record.sku, in: &bySKU)
        Self.move(id, from: previous?.name.map(Self.nameKey), to: record.name.map(Self.nameKey), in: &byName)
    }

    /// Forgets `records` (as they are now).
    mutating func remove(_ records: [PackageRecord]) {
        for r in records {
            Self.move(r.submissionID, from: r.itemID, to: nil, in: &byItemID)
            Self.move(r.submissionID, from: r.sku, to: nil, in: &bySKU)
            Self.move(r.submissionID, from: r.name.map(Self.nameKey), to: nil, in: &byName)
        }
    }

    /// Names clash case-insensitively ("Duplicate names are not allowed").
    static func nameKey(_ name: String) -> String { name.lowercased() }

    static func move(_ id: String, from old: String?, to new: String?, in map: inout [String: [String]]) {
        guard old != new else { return }
        if let old {
            map[old]?.removeAll { $0 == id }
            if map[old]?.isEmpty == true { map[old] = nil }
        }
        if let new { map[new, default: []].append(id) }
    }
}
