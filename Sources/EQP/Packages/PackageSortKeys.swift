#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sort keys of a query's matches as order-preserving 64-bit prefixes in one flat array, so
/// sorting mostly compares integers and reads the columns only when two prefixes tie (texts or
/// versions that agree in their first bytes). The order: each sort key in turn (a missing value
/// first when ascending), then creation order.
struct PackageSortKeys {
    let sort: [PackageSortKey]
    let index: PackageIndex
    /// The matching rows; `precedes` compares positions in this list.
    let rows: [Int]
    /// `rows.count × sort.count` prefixes, row by row.
    let prefixes: [UInt64]
    /// Whether a key's prefix is the whole value (dates), so a tie needs no second look.
    let exact: [Bool]

    init(sort: [PackageSortKey], index: PackageIndex, rows: [Int]) {
        self.sort = sort
        self.index = index
        self.rows = rows
        exact = sort.map { PackageIndex.dateSlot[$0.index] != nil }
        var prefixes = [UInt64](repeating: 0, count: rows.count * sort.count)
        for (k, key) in sort.enumerated() {
            Self.fillPrefixes(&prefixes, key: k, of: sort.count, field: key.index, rows: rows, index: index)
        }
        self.prefixes = prefixes
    }

    /// Writes key `k`'s prefix of every row into `prefixes` (stride `count`): 0 for a missing
    /// value, so it sorts first, otherwise at least 1.
    static func fillPrefixes(_ prefixes: inout [UInt64], key k: Int, of count: Int, field: Int, rows: [Int],
                             index: PackageIndex) {
        if let slot = PackageIndex.dateSlot[field] {
            index.dates[slot].withUnsafeBufferPointer { dates in
                for (i, row) in rows.enumerated() {
                    let n = dates[row]
                    // Flip the sign bit to order signed values as unsigned; keep 0 for "missing".
                    prefixes[i * count + k] = n == Int.min ? 0 : max(1, UInt64(bitPattern: Int64(n)) ^ (1 << 63))
                }
            }
            return
        }
        let column = index.texts[PackageIndex.textSlot[field]!]
        if field == PackageQueryField.versionIndex {
            // Presence, the first three numbers (16 bits each), then how many numbers there are
            // (up to 3) in the lowest bits, so "2.4" sorts before "2.4.0" and "2.4.1".
            for (i, row) in rows.enumerated() where column.length[row] >= 0 {
                let parts = index.versionComponents[row]
                var v: UInt64 = 1 << 63 | UInt64(min(parts.count, 3))
                for (j, part) in parts.prefix(3).enumerated() {
                    v |= UInt64(min(part, 0xFFFF)) << UInt64(46 - 16 * j)
                }
                prefixes[i * count + k] = v
            }
            return
        }
        column.bytes.withUnsafeBufferPointer { bytes in
            column.start.withUnsafeBufferPointer { start in
                column.length.withUnsafeBufferPointer { length in
                    for (i, row) in rows.enumerated() {
                        let n = Int(length[row])
                        guard n >= 0 else { continue }
                        // A presence byte, then the first seven bytes.
                        var v: UInt64 = 1 << 56
                        let from = Int(start[row])
                        for j in 0..<min(n, 7) { v |= UInt64(bytes[from + j]) << UInt64(48 - 8 * j) }
                        prefixes[i * count + k] = v
                    }
                }
            }
        }
    }

    /// Whether match `a` (a position in `rows`) comes before match `b`.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        let count = sort.count
        var i = 0
        while i < count {
            let x = prefixes[a * count + i], y = prefixes[b * count + i]
            let key = sort[i]
            if x != y { return key.descending ? x > y : x < y }
            if !exact[i] {
                let order = compare(rows[a], rows[b], key.index)
                if order != 0 { return key.descending ? order > 0 : order < 0 }
            }
            i += 1
        }
        return index.sequences[rows[a]] < index.sequences[rows[b]]
    }

    /// -1, 0 or 1 for one text or version field of two rows; versions compare their numbers
    /// first (`1.10.0` after `1.9.0`), then their text.
    func compare(_ a: Int, _ b: Int, _ field: Int) -> Int {
        let column = index.texts[PackageIndex.textSlot[field]!]
        let la = Int(column.length[a]), lb = Int(column.length[b])
        if la < 0 || lb < 0 { return la == lb ? 0 : (la < 0 ? -1 : 1) }
        if field == PackageQueryField.versionIndex && !(index.versionFitsPrefix[a] && index.versionFitsPrefix[b]) {
            let x = index.versionComponents[a], y = index.versionComponents[b]
            if x != y { return x.lexicographicallyPrecedes(y) ? -1 : 1 }
        }
        return column.bytes.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            let order = memcmp(base + Int(column.start[a]), base + Int(column.start[b]), min(la, lb))
            if order != 0 { return order < 0 ? -1 : 1 }
            return la == lb ? 0 : (la < lb ? -1 : 1)
        }
    }
}
