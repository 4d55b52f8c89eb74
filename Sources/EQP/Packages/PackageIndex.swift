/// The filterable and sortable fields of every package, column by column, for
/// `PackageQuery.run`. The store keeps one and calls `update(record)` whenever a package is
/// created or changes. Text lives in one contiguous buffer per field and dates in one array
/// per field, so a query over 100,000 packages walks a few arrays instead of 100,000 objects.
public struct PackageIndex: Sendable {
    /// Row → package.
    public private(set) var submissionIDs: [String] = []
    var owners: [String] = []
    var sequences: [Int] = []
    var skus: [String?] = []
    var versionComponents: [[Int]] = []
    /// Whether the version's sort prefix holds all of its numbers (at most three, each below
    /// 65,536), so equal prefixes mean equal numbers.
    var versionFitsPrefix: [Bool] = []
    /// Text columns (exact, sub-string and boolean fields) by `textSlot`.
    var texts: [PackageTextColumn]
    /// Date columns by `dateSlot`; `Int.min` for no value.
    var dates: [[Int]]
    var rowOf: [String: Int] = [:]

    /// For each `PackageQueryField.all` index, its column among `texts` or `dates`.
    static let textSlot: [Int?] = slots { $0 != .date }
    static let dateSlot: [Int?] = slots { $0 == .date }

    static func slots(_ include: (PackageFilterKind) -> Bool) -> [Int?] {
        var next = 0
        return PackageQueryField.all.map { field in
            guard include(field.filter) else { return nil }
            defer { next += 1 }
            return next
        }
    }

    public init() {
        texts = Array(repeating: PackageTextColumn(), count: Self.textSlot.compactMap { $0 }.count)
        dates = Array(repeating: [], count: Self.dateSlot.compactMap { $0 }.count)
    }

    /// An index of `entries` (tests, rebuilding after a reset or import).
    public init(_ entries: [PackageIndexEntry]) {
        self.init()
        for entry in entries { upsert(entry) }
    }

    public var count: Int { submissionIDs.count }

    public func contains(submissionID: String) -> Bool { rowOf[submissionID] != nil }

    /// Indexes `record` as it is now, replacing what was indexed for it before.
    public mutating func update(_ record: PackageRecord) { upsert(PackageIndexEntry(record)) }

    public mutating func upsert(_ entry: PackageIndexEntry) {
        let row: Int
        if let existing = rowOf[entry.submissionID] {
            row = existing
        } else {
            row = count
            rowOf[entry.submissionID] = row
            submissionIDs.append(entry.submissionID)
            owners.append("")
            sequences.append(0)
            skus.append(nil)
            versionComponents.append([])
            versionFitsPrefix.append(true)
            for i in texts.indices { texts[i].appendRow() }
            for i in dates.indices { dates[i].append(Int.min) }
        }
        owners[row] = entry.ownerMageID
        sequences[row] = entry.sequence
        skus[row] = entry.sku
        versionComponents[row] = entry.versionComponents
        versionFitsPrefix[row] = entry.versionComponents.count <= 3 && entry.versionComponents.allSatisfy { $0 <= 0xFFFF }
        for (field, key) in entry.keys.enumerated() {
            switch key {
            case .text(let bytes): if let slot = Self.textSlot[field] { texts[slot].set(row, bytes) }
            case .number(let n): if let slot = Self.dateSlot[field] { dates[slot][row] = n }
            case .none:
                if let slot = Self.textSlot[field] { texts[slot].set(row, nil) }
                if let slot = Self.dateSlot[field] { dates[slot][row] = Int.min }
            }
        }
    }

    /// Forgets a package (the last row moves into its place).
    public mutating func remove(submissionID: String) {
        guard let row = rowOf.removeValue(forKey: submissionID) else { return }
        let last = count - 1
        if row != last {
            rowOf[submissionIDs[last]] = row
            submissionIDs[row] = submissionIDs[last]
            owners[row] = owners[last]
            sequences[row] = sequences[last]
            skus[row] = skus[last]
            versionComponents[row] = versionComponents[last]
            versionFitsPrefix[row] = versionFitsPrefix[last]
            for i in dates.indices { dates[i][row] = dates[i][last] }
        }
        submissionIDs.removeLast()
        owners.removeLast()
        sequences.removeLast()
        skus.removeLast()
        versionComponents.removeLast()
        versionFitsPrefix.removeLast()
        for i in texts.indices { texts[i].remove(row) }
        for i in dates.indices { dates[i].removeLast() }
    }

    public mutating func removeAll() { self = PackageIndex() }
}
