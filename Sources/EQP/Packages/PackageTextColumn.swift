/// One text field of every indexed package, its bytes back to back in one buffer: a filter
/// scans contiguous memory instead of following a pointer per package. Updates append and leave
/// the old bytes as garbage, compacted once it outweighs the live text.
struct PackageTextColumn: Sendable {
    var bytes: [UInt8] = []
    var start: [Int32] = []
    /// -1 when the package has no value.
    var length: [Int32] = []
    var garbage = 0

    mutating func appendRow() {
        start.append(0)
        length.append(-1)
    }

    mutating func set(_ row: Int, _ value: [UInt8]?) {
        if length[row] > 0 { garbage += Int(length[row]) }
        if let value {
            start[row] = Int32(bytes.count)
            length[row] = Int32(value.count)
            bytes.append(contentsOf: value)
        } else {
            start[row] = 0
            length[row] = -1
        }
        if garbage > 1 << 16 && garbage > bytes.count / 2 { compact() }
    }

    /// Removes `row` by moving the last row into its place (as `PackageIndex.remove` does).
    mutating func remove(_ row: Int) {
        if length[row] > 0 { garbage += Int(length[row]) }
        let last = start.count - 1
        start[row] = start[last]
        length[row] = length[last]
        start.removeLast()
        length.removeLast()
    }

    /// The rows of `rows` whose value passes `test`; rows without a value never do.
    func rows(_ rows: [Int], where test: (UnsafeBufferPointer<UInt8>) -> Bool) -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            start.withUnsafeBufferPointer { start in
                length.withUnsafeBufferPointer { length in
                    rows.filter { row in
                        let count = Int(length[row])
                        guard count >= 0 else { return false }
                        return test(UnsafeBufferPointer(rebasing: all[Int(start[row])..<(Int(start[row]) + count)]))
                    }
                }
            }
        }
    }

    mutating func compact() {
        var fresh: [UInt8] = []
        fresh.reserveCapacity(bytes.count - garbage)
        for row in start.indices where length[row] >= 0 {
            let from = Int(start[row])
            start[row] = Int32(fresh.count)
            fresh.append(contentsOf: bytes[from..<(from + Int(length[row]))])
        }
        bytes = fresh
        garbage = 0
    }
}
