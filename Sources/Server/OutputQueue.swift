import Glibc

/// Bytes waiting to be written to one connection, as a list of buffers so a response head and
/// body (and several pipelined responses) go out in one gathered `sendmsg`.
struct OutputQueue {
    private var chunks: [[UInt8]] = []
    private var head = 0          // index of the first unwritten chunk
    private var offset = 0        // bytes of chunks[head] already written
    private(set) var byteCount = 0

    var isEmpty: Bool { byteCount == 0 }

    mutating func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        chunks.append(bytes)
        byteCount += bytes.count
    }

    /// Calls `body` with up to 64 iovecs covering the pending bytes; `body` returns how many
    /// bytes were written, which are then dropped from the queue.
    mutating func write(_ body: (UnsafeMutableBufferPointer<iovec>) throws -> Int) rethrows -> Int {
        let count = min(chunks.count - head, 64)
        let written: Int = try withUnsafeTemporaryAllocation(of: iovec.self, capacity: count) { iov in
            // The pointers stay valid only inside this closure: every chunk is pinned in turn.
            return try pin(0, count, iov, body)
        }
        consume(written)
        return written
    }

    private func pin(_ i: Int, _ count: Int, _ iov: UnsafeMutableBufferPointer<iovec>,
                     _ body: (UnsafeMutableBufferPointer<iovec>) throws -> Int) rethrows -> Int {
        if i == count { return try body(iov) }
        return try chunks[head + i].withUnsafeBytes { raw in
            let skip = i == 0 ? offset : 0
            iov[i] = iovec(iov_base: UnsafeMutableRawPointer(mutating: raw.baseAddress! + skip), iov_len: raw.count - skip)
            return try pin(i + 1, count, iov, body)
        }
    }

    private mutating func consume(_ n: Int) {
        var left = n
        byteCount -= n
        while left > 0 {
            let available = chunks[head].count - offset
            if left >= available {
                left -= available
                head += 1
                offset = 0
            } else {
                offset += left
                left = 0
            }
        }
        if head == chunks.count {
            chunks.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 32 {
            chunks.removeFirst(head)
            head = 0
        }
    }

    mutating func removeAll() {
        chunks.removeAll()
        head = 0
        offset = 0
        byteCount = 0
    }
}
