/// Bytes a parser has received and not yet consumed. Consuming only moves `readIndex`; the
/// consumed prefix is dropped when new bytes arrive and it is large, so every byte is moved
/// at most a bounded number of times whatever the read sizes.
struct InputBuffer {
    private var storage: [UInt8] = []
    private var readIndex = 0

    /// The allocation kept once every byte is consumed. A buffer grown past it (by a request
    /// body, which passes through here 64 KiB at a time, or a burst of pipelined requests) is
    /// given back as soon as it is drained: an idle keep-alive connection would otherwise hold
    /// it for as long as it stays open, and ten thousand of them would hold gigabytes.
    static let retainedCapacity = 4096

    /// Unconsumed bytes.
    var count: Int { storage.count - readIndex }
    var isEmpty: Bool { readIndex == storage.count }
    /// Bytes allocated, consumed or not (for tests).
    var capacity: Int { storage.capacity }

    subscript(offset: Int) -> UInt8 { storage[readIndex + offset] }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        compactIfWorthwhile()
        storage.append(contentsOf: bytes)
    }

    private mutating func compactIfWorthwhile() {
        if readIndex >= 4096 && readIndex >= storage.count - readIndex {
            // Moving at most as many bytes as were consumed keeps compaction amortized O(1) per byte.
            storage.removeSubrange(0..<readIndex)
            readIndex = 0
        }
    }

    /// Everything read: start again at the front, keeping only a small allocation.
    private mutating func resetIfDrained() {
        guard readIndex == storage.count else { return }
        if storage.capacity > Self.retainedCapacity { storage = [] } else { storage.removeAll(keepingCapacity: true) }
        readIndex = 0
    }

    mutating func consume(_ n: Int) {
        readIndex += n
        resetIfDrained()
    }

    /// Moves the next `n` unconsumed bytes to the end of `out`.
    mutating func move(_ n: Int, into out: inout [UInt8]) {
        out.append(contentsOf: storage[readIndex..<readIndex + n])
        readIndex += n
        resetIfDrained()
    }

    /// Offset of the first LF at or after offset `from`, or nil.
    func firstLF(from: Int) -> Int? {
        storage.withUnsafeBufferPointer { p in
            let base = readIndex
            var i = base + from
            let end = p.count
            while i < end {
                if p[i] == ASCII.lf { return i - base }
                i += 1
            }
            return nil
        }
    }

    /// The unconsumed bytes; offsets are relative to the read position.
    func withUnreadBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { p in
            try body(UnsafeBufferPointer(rebasing: p[readIndex...]))
        }
    }

    /// Length of the line ending with the LF at `lf`, without the LF and an optional CR before it.
    func contentLength(ofLineEndingAt lf: Int) -> Int {
        lf > 0 && self[lf - 1] == ASCII.cr ? lf - 1 : lf
    }
}

/// Incremental decoder of the chunked transfer coding (RFC 9112 §7.1). Extensions are ignored;
/// trailer fields are validated, counted against the header limits, and discarded.
struct ChunkedDecoder {
    private enum Stage { case size, data(remaining: Int), dataEnd, trailer, done }

    /// A chunk-size line longer than this (all of it extensions) is refused.
    static let maxSizeLineBytes = 4096

    private var stage = Stage.size
    private var scanned = 0
    private var total = 0
    private var trailerBytes = 0
    private var trailerCount = 0
    private let limits: HTTPLimits

    init(limits: HTTPLimits) { self.limits = limits }

    /// Moves decoded data from `input` to `body`. Returns true once the last chunk and the
    /// trailer section have been consumed; false when more bytes are needed.
    mutating func decode(_ input: inout InputBuffer, into body: inout [UInt8]) throws -> Bool {
        while true {
            switch stage {
            case .size:
                guard let lf = input.firstLF(from: scanned) else {
                    scanned = input.count
                    if scanned > Self.maxSizeLineBytes {
                        throw HTTPParseError(.badRequest, "Chunk size line exceeds \(Self.maxSizeLineBytes) bytes")
                    }
                    return false
                }
                let end = input.contentLength(ofLineEndingAt: lf)
                let size = try input.withUnreadBytes { try Self.parseSize($0, end: end) }
                input.consume(lf + 1)
                scanned = 0
                guard size <= limits.maxBodyBytes - total else {
                    throw HTTPParseError(.payloadTooLarge, "Chunked body exceeds \(limits.maxBodyBytes) bytes")
                }
                total += size
                stage = size == 0 ? .trailer : .data(remaining: size)
            case .data(let remaining):
                let n = min(remaining, input.count)
                if n > 0 { input.move(n, into: &body) }
                if n < remaining {
                    stage = .data(remaining: remaining - n)
                    return false
                }
                stage = .dataEnd
            case .dataEnd:
                // RFC 9112 §7.1: chunk-data is followed by CRLF (a bare LF is accepted as a line end).
                guard input.count >= 1 else { return false }
                if input[0] == ASCII.lf {
                    input.consume(1)
                } else if input[0] == ASCII.cr {
                    guard input.count >= 2 else { return false }
                    guard input[1] == ASCII.lf else { throw Self.missingCRLF }
                    input.consume(2)
                } else {
                    throw Self.missingCRLF
                }
                stage = .size
            case .trailer:
                guard let lf = input.firstLF(from: scanned) else {
                    scanned = input.count
                    let partialBlank = scanned == 1 && input[0] == ASCII.cr
                    if scanned > 0 && !partialBlank && trailerBytes + scanned + 1 > limits.maxHeaderBytes {
                        throw Self.trailerTooLarge(limits)
                    }
                    return false
                }
                let end = input.contentLength(ofLineEndingAt: lf)
                if end == 0 {
                    input.consume(lf + 1)
                    stage = .done
                    return true
                }
                trailerBytes += lf + 1
                trailerCount += 1
                if trailerBytes > limits.maxHeaderBytes { throw Self.trailerTooLarge(limits) }
                if trailerCount > limits.maxHeaderCount {
                    throw HTTPParseError(.headerFieldsTooLarge, "More than \(limits.maxHeaderCount) trailer fields")
                }
                _ = try input.withUnreadBytes { try FieldLine.parse($0, end: end) }
                input.consume(lf + 1)
                scanned = 0
            case .done:
                return true
            }
        }
    }

    private static let missingCRLF = HTTPParseError(.badRequest, "Missing CRLF after chunk data")

    private static func trailerTooLarge(_ limits: HTTPLimits) -> HTTPParseError {
        HTTPParseError(.headerFieldsTooLarge, "Trailer section exceeds \(limits.maxHeaderBytes) bytes")
    }

    /// `chunk-size [BWS ; chunk-ext]` in `p[0..<end]`.
    private static func parseSize(_ p: UnsafeBufferPointer<UInt8>, end: Int) throws -> Int {
        var i = 0, value = 0
        while i < end, let digit = URLTarget.hexValue(p[i]) {
            guard value <= Int.max >> 4 else {
                throw HTTPParseError(.badRequest, "Chunk size overflows: '\(ASCII.quote(p, 0, end))'")
            }
            value = value << 4 | Int(digit)
            i += 1
        }
        var j = i
        while j < end && (p[j] == ASCII.space || p[j] == ASCII.tab) { j += 1 }
        guard i > 0, j == end || p[j] == UInt8(ascii: ";") else {
            throw HTTPParseError(.badRequest, "Invalid chunk size: '\(ASCII.quote(p, 0, end))'")
        }
        return value
    }
}
