#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PackageQuery {
    /// The submission ids of the requested page and the number of matches before paging
    /// (`X-Total-Count`). Each filter narrows the candidate rows in one pass over its column;
    /// when the page is small, a bounded heap keeps only the best `offset + limit` matches
    /// instead of sorting them all.
    public func run(_ index: PackageIndex) -> Page<String> {
        var rows = scopedRows(index)
        for filter in filters where !rows.isEmpty { rows = apply(filter, to: rows, in: index) }
        let total = rows.count
        let offset = min(page.offset, total)
        let wanted = page.limit < 0 ? total - offset : min(page.limit, total - offset)
        guard wanted > 0 else { return Page(items: [], total: total) }
        let k = offset + wanted
        let keys = PackageSortKeys(sort: sort, index: index, rows: rows)
        let ordered = k * 4 >= total ? Array(rows.indices).sorted(by: keys.precedes) : smallest(k, of: keys)
        return Page(items: ordered[offset..<k].map { index.submissionIDs[rows[$0]] }, total: total)
    }

    /// `run` over entries not kept in an index (tests, one-off lists).
    public func run(_ entries: [PackageIndexEntry]) -> Page<String> { run(PackageIndex(entries)) }

    /// The rows of the owner and sku the store scoped the query to.
    func scopedRows(_ index: PackageIndex) -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(index.count)
        for row in 0..<index.count {
            if let ownerMageID, index.owners[row] != ownerMageID { continue }
            if let exactSKU, index.skus[row] != exactSKU { continue }
            rows.append(row)
        }
        return rows
    }

    /// The rows of `rows` that pass `filter`.
    func apply(_ filter: PackageFilter, to rows: [Int], in index: PackageIndex) -> [Int] {
        switch filter.test {
        case .between(let from, let to):
            return index.dates[PackageIndex.dateSlot[filter.index]!].withUnsafeBufferPointer { dates in
                // Int.min marks "no date", which no range matches, not even an open one.
                rows.filter { dates[$0] != Int.min && dates[$0] >= from && dates[$0] <= to }
            }
        case .equals(let wanted):
            return index.texts[PackageIndex.textSlot[filter.index]!].rows(rows) { value in
                value.count == wanted.count && value.elementsEqual(wanted)
            }
        case .contains(let needle):
            let anchor = PackageQuery.anchorIndex(needle)
            return needle.withUnsafeBufferPointer { n in
                index.texts[PackageIndex.textSlot[filter.index]!].rows(rows) { PackageQuery.bytes($0, contain: n, anchor: anchor) }
            }
        }
    }

    /// The `k` first matches in sort order, sorted (positions in `keys.rows`): a max-heap of
    /// size `k` whose top is the worst kept so far, so a page of 20 from 100,000 matches costs
    /// one pass and no full sort.
    func smallest(_ k: Int, of keys: PackageSortKeys) -> [Int] {
        var heap: [Int] = []
        heap.reserveCapacity(k)
        // "Worse" = later in sort order.
        func worse(_ x: Int, _ y: Int) -> Bool { keys.precedes(y, x) }
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var top = i
                if l < heap.count && worse(heap[l], heap[top]) { top = l }
                if r < heap.count && worse(heap[r], heap[top]) { top = r }
                if top == i { return }
                heap.swapAt(i, top)
                i = top
            }
        }
        for candidate in keys.rows.indices {
            if heap.count < k {
                heap.append(candidate)
                var i = heap.count - 1
                while i > 0 {
                    let parent = (i - 1) / 2
                    guard worse(heap[i], heap[parent]) else { break }
                    heap.swapAt(i, parent)
                    i = parent
                }
            } else if keys.precedes(candidate, heap[0]) {
                heap[0] = candidate
                siftDown(0)
            }
        }
        return heap.sorted(by: keys.precedes)
    }

    /// Whether `n` occurs in `h`. `memchr` (vectorised in libc) looks for the needle's rarest
    /// byte (`anchor`, see `anchorIndex`), `memcmp` checks each candidate.
    static func bytes(_ h: UnsafeBufferPointer<UInt8>, contain n: UnsafeBufferPointer<UInt8>, anchor: Int) -> Bool {
        guard !n.isEmpty else { return true }
        guard h.count >= n.count, let base = h.baseAddress, let pattern = n.baseAddress else { return false }
        let byte = Int32(n[anchor])
        let lastStart = h.count - n.count
        var start = 0
        while start <= lastStart {
            // The anchor of a match starting anywhere in start...lastStart.
            guard let found = memchr(base + start + anchor, byte, lastStart - start + 1) else { return false }
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
            if memcmp(base + at, pattern, n.count) == 0 { return true }
            start = at + 1
        }
        return false
    }

    /// The position of the needle's least common byte in English text, so `memchr` stops at
    /// few false candidates ("extension" anchors on "x").
    static func anchorIndex(_ needle: [UInt8]) -> Int {
        var best = 0, bestRank = -1
        for (i, b) in needle.enumerated() {
            let rank = rarity(b)
            if rank > bestRank { best = i; bestRank = rank }
        }
        return best
    }

    static let commonFirst: [UInt8] = Array(" etaoinshrdlcumwfgypbvkjxqz".utf8)

    /// Higher for rarer bytes: letters by English frequency, then digits and punctuation.
    static func rarity(_ b: UInt8) -> Int {
        if let i = commonFirst.firstIndex(of: b) { return i }
        if b >= 48 && b <= 57 { return 30 }
        return b < 128 ? 40 : 35
    }
}
