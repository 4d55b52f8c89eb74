/// A raw DEFLATE decoder (RFC 1951), as needed for ZIP entries stored with method 8.
public enum Inflate {
    /// Decompresses one raw DEFLATE stream (no zlib or gzip wrapper); bytes after the final
    /// block are ignored. Throws `ZipError` when the stream is malformed or truncated, or as
    /// soon as it would produce more than `maxOutput` bytes, so a zip bomb costs at most
    /// `maxOutput` bytes of memory.
    public static func decompress(_ input: ArraySlice<UInt8>, maxOutput: Int) throws -> [UInt8] {
        try input.withUnsafeBufferPointer { buffer in
            var inflater = Inflater(
                bits: InflateBitReader(input: buffer),
                out: InflateOutput(limit: max(0, maxOutput), sizeHint: buffer.count &* 4))
            defer { inflater.out.deallocate() }
            try inflater.run()
            return inflater.out.makeArray()
        }
    }

    /// Decompresses a whole array; see `decompress(_:maxOutput:)` for the slice form.
    public static func decompress(_ input: [UInt8], maxOutput: Int) throws -> [UInt8] {
        try decompress(input[...], maxOutput: maxOutput)
    }
}

/// The block loop: RFC 1951 section 3.2.3.
struct Inflater {
    var bits: InflateBitReader
    var out: InflateOutput

    mutating func run() throws {
        var isFinal = false
        repeat {
            isFinal = try bits.read(1) == 1
            switch try bits.read(2) {
            case 0: try copyStoredBlock()
            case 1: try decodeBlock(literals: HuffmanDecoder.fixedLiterals, distances: HuffmanDecoder.fixedDistances)
            case 2:
                let (literals, distances) = try readDynamicCodes()
                try decodeBlock(literals: literals, distances: distances)
            default: throw ZipError("deflate: invalid block type 3")
            }
        } while !isFinal
    }

    /// Section 3.2.4: byte-aligned LEN, its one's complement NLEN, then LEN literal bytes.
    mutating func copyStoredBlock() throws {
        bits.alignToByte()
        let header = try bits.takeBytes(4)
        let length = Int(header[0]) | Int(header[1]) << 8
        let complement = Int(header[2]) | Int(header[3]) << 8
        guard length == complement ^ 0xFFFF else {
            throw ZipError("deflate: stored block length does not match its complement")
        }
        try out.append(try bits.takeBytes(length))
    }

    /// Section 3.2.7: the code length code, then the literal/length and distance code lengths.
    mutating func readDynamicCodes() throws -> (HuffmanDecoder, HuffmanDecoder) {
        let literalCount = try bits.read(5) + 257
        let distanceCount = try bits.read(5) + 1
        let codeLengthCount = try bits.read(4) + 4
        // HLIT may only name codes 257...285 and HDIST codes 0...29 (section 3.2.5).
        guard literalCount <= 286, distanceCount <= 30 else {
            throw ZipError("deflate: too many length or distance codes")
        }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount {
            codeLengthLengths[Int(HuffmanDecoder.codeLengthOrder[i])] = UInt8(try bits.read(3))
        }
        let codeLengthCode = try HuffmanDecoder(lengths: codeLengthLengths[...], kind: .codeLengths)

        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var i = 0
        while i < lengths.count {
            let symbol = try bits.decode(codeLengthCode)
            var value: UInt8 = 0
            var repeatCount = 1
            switch symbol {
            case 0...15: value = UInt8(symbol)
            case 16:
                guard i > 0 else { throw ZipError("deflate: code length repeat with no previous length") }
                value = lengths[i - 1]
                repeatCount = 3 + (try bits.read(2))
            case 17: repeatCount = 3 + (try bits.read(3))
            default: repeatCount = 11 + (try bits.read(7))
            }
            guard i + repeatCount <= lengths.count else {
                throw ZipError("deflate: code length repeat runs past the end of the code lengths")
            }
            for _ in 0..<repeatCount { lengths[i] = value; i += 1 }
        }
        guard lengths[256] != 0 else { throw ZipError("deflate: dynamic block has no end-of-block code") }
        return (
            try HuffmanDecoder(lengths: lengths[..<literalCount], kind: .literals),
            try HuffmanDecoder(lengths: lengths[literalCount...], kind: .distances))
    }

    /// Section 3.2.5: literals, end of block, and (length, distance) back-references.
    mutating func decodeBlock(literals: HuffmanDecoder, distances: HuffmanDecoder) throws {
        while true {
            let symbol = try bits.decode(literals)
            if symbol < 256 {
                try out.append(UInt8(truncatingIfNeeded: symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            // Symbols 286 and 287 exist only in the fixed code and must not occur.
            guard lengthIndex < 29 else { throw ZipError("deflate: invalid length symbol \(symbol)") }
            let length = Int(Inflater.lengthBase[lengthIndex]) + (try bits.read(Int(Inflater.lengthExtra[lengthIndex])))
            let distanceSymbol = try bits.decode(distances)
            guard distanceSymbol < 30 else { throw ZipError("deflate: invalid distance symbol \(distanceSymbol)") }
            let distance = Int(Inflater.distanceBase[distanceSymbol])
                + (try bits.read(Int(Inflater.distanceExtra[distanceSymbol])))
            guard distance <= out.count else {
                throw ZipError("deflate: distance \(distance) reaches before the start of the output")
            }
            try out.copyMatch(distance: distance, length: length)
        }
    }

    /// Section 3.2.5: base lengths and extra bits of length symbols 257...285.
    static let lengthBase: [UInt16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
        35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtra: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    /// Section 3.2.5: base distances and extra bits of distance symbols 0...29.
    static let distanceBase: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
        257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [UInt8] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
}

/// Reads DEFLATE's bit stream: bits are packed starting at each byte's least significant bit
/// (section 3.1.1), so a 64-bit little-endian buffer refilled from the input yields them in order.
struct InflateBitReader {
    let input: UnsafeBufferPointer<UInt8>
    /// The next input byte not yet loaded into `buffer`.
    var position = 0
    var buffer: UInt64 = 0
    /// Valid bits at the bottom of `buffer`. Bits above may hold a copy of the next input
    /// byte's low bits; refilling ORs the same byte into the same place, so that is harmless.
    var count = 0

    init(input: UnsafeBufferPointer<UInt8>) { self.input = input }

    @inline(__always) mutating func refill() {
        if input.count &- position >= 8 {
            let raw = UnsafeRawPointer(input.baseAddress! + position)
            let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            buffer |= word &<< UInt64(count)
            let taken = (63 &- count) >> 3
            position &+= taken
            count &+= taken << 3
        } else {
            while count <= 56 && position < input.count {
                buffer |= UInt64(input[position]) &<< UInt64(count)
                position += 1
                count += 8
            }
        }
    }

    /// The next `n` bits (at most 32) as an integer, first bit least significant.
    @inline(__always) mutating func read(_ n: Int) throws -> Int {
        if count < n {
            refill()
            if count < n { throw ZipError.truncatedDeflate }
        }
        let value = Int(truncatingIfNeeded: buffer & ((1 &<< UInt64(n)) &- 1))
        consume(n)
        return value
    }

    @inline(__always) mutating func consume(_ n: Int) {
        buffer = buffer &>> UInt64(n)
        count &-= n
    }

    /// One symbol of `code`: a table lookup for short codes, a canonical walk otherwise.
    @inline(__always) mutating func decode(_ code: HuffmanDecoder) throws -> Int {
        if count < HuffmanDecoder.maxBits { refill() }
        let entry = code.fast[Int(truncatingIfNeeded: buffer) & HuffmanDecoder.fastMask]
        let length = Int(entry & 15)
        if entry != 0 && length <= count {
            consume(length)
            return Int(entry >> 4)
        }
        return try decodeSlowly(code)
    }

    /// Walks the canonical code one bit at a time (the method of zlib's contrib/puff): codes of
    /// each length are consecutive integers, so `code - first` indexes that length's symbols.
    mutating func decodeSlowly(_ huffman: HuffmanDecoder) throws -> Int {
        var code = 0, first = 0, index = 0
        var pending = buffer
        for length in 1...HuffmanDecoder.maxBits {
            guard length <= count else { throw ZipError.truncatedDeflate }
            code |= Int(truncatingIfNeeded: pending & 1)
            pending >>= 1
            let n = Int(huffman.counts[length])
            if code - n < first {
                consume(length)
                return Int(huffman.symbols[index + code - first])
            }
            index += n
            first = (first + n) << 1
            code <<= 1
        }
        throw ZipError("deflate: invalid Huffman code")
    }

    /// Skips to the next byte boundary and hands buffered whole bytes back to the input, so
    /// stored data can be read directly from it.
    mutating func alignToByte() {
        consume(count & 7)
        position -= count >> 3
        buffer = 0
        count = 0
    }

    /// `n` bytes straight from the input; call only after `alignToByte()`.
    mutating func takeBytes(_ n: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard input.count - position >= n else { throw ZipError.truncatedDeflate }
        defer { position += n }
        return UnsafeBufferPointer(rebasing: input[position..<position + n])
    }
}

/// A canonical Huffman code (section 3.2.2) ready for decoding.
struct HuffmanDecoder {
    enum Kind: CustomStringConvertible {
        case codeLengths, literals, distances

        var description: String {
            switch self {
            case .codeLengths: return "code length"
            case .literals: return "literal/length"
            case .distances: return "distance"
            }
        }
    }

    static let maxBits = 15
    /// Codes up to this many bits decode with one table lookup; longer ones are rare.
    static let fastBits = 10
    static let fastMask = (1 << fastBits) - 1

    /// Indexed by the next `fastBits` input bits: `symbol << 4 | length`, or 0 when the code
    /// there is longer than `fastBits` (or unused).
    var fast: [UInt16]
    /// How many codes have each length, 0...15 (`counts[0]` is 0).
    var counts: [UInt16]
    /// Symbols in code order: by length, then by symbol value.
    var symbols: [UInt16]

    init(lengths: ArraySlice<UInt8>, kind: Kind) throws {
        var counts = [UInt16](repeating: 0, count: HuffmanDecoder.maxBits + 1)
        for length in lengths {
            guard length <= HuffmanDecoder.maxBits else { throw ZipError("deflate: code length \(length) is too long") }
            counts[Int(length)] += 1
        }
        counts[0] = 0
        var left = 1
        for length in 1...HuffmanDecoder.maxBits {
            left = (left << 1) - Int(counts[length])
            guard left >= 0 else { throw ZipError("deflate: over-subscribed \(kind) code") }
        }
        let used = lengths.count - lengths.count(where: { $0 == 0 })
        if left > 0 {
            // A one-symbol code cannot be complete, and section 3.2.7 allows one distance code
            // of one bit. Like zlib, accept only that and an empty distance code (a block of
            // literals only); any other gap in the code is an error.
            let isSingle = used == 1 && counts[1] == 1
            let isEmptyDistances = used == 0 && kind == .distances
            guard kind != .codeLengths && (isSingle || isEmptyDistances) else {
                throw ZipError("deflate: incomplete \(kind) code")
            }
        }

        var offsets = [Int](repeating: 0, count: HuffmanDecoder.maxBits + 2)
        var nextCode = [Int](repeating: 0, count: HuffmanDecoder.maxBits + 1)
        var code = 0
        for length in 1...HuffmanDecoder.maxBits {
            offsets[length + 1] = offsets[length] + Int(counts[length])
            code = (code + Int(counts[length - 1])) << 1
            nextCode[length] = code
        }
        var symbols = [UInt16](repeating: 0, count: max(used, 1))
        var fast = [UInt16](repeating: 0, count: 1 << HuffmanDecoder.fastBits)
        for (symbol, length) in zip(0..., lengths) where length != 0 {
            let length = Int(length)
            symbols[offsets[length]] = UInt16(symbol)
            offsets[length] += 1
            let code = nextCode[length]
            nextCode[length] += 1
            guard length <= HuffmanDecoder.fastBits else { continue }
            // Codes are sent most significant bit first (section 3.1.1), the reverse of how
            // the bit reader packs them, so the table is indexed by the reversed code.
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            let entry = UInt16(symbol << 4 | length)
            while reversed <= HuffmanDecoder.fastMask {
                fast[reversed] = entry
                reversed += 1 << length
            }
        }
        self.fast = fast
        self.counts = counts
        self.symbols = symbols
    }

    /// Section 3.2.6: the fixed literal/length code (288 symbols) and distance code (32).
    static let fixedLiterals = try! HuffmanDecoder(
        lengths: ([UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))[...],
        kind: .literals)
    static let fixedDistances = try! HuffmanDecoder(lengths: [UInt8](repeating: 5, count: 32)[...], kind: .distances)

    /// Section 3.2.7: the order code length code lengths are sent in.
    static let codeLengthOrder: [UInt8] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
}

/// The decompressed bytes so far; back-references read from it, and it refuses to grow past
/// `limit`.
struct InflateOutput {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    let limit: Int

    init(limit: Int, sizeHint: Int) {
        self.limit = limit
        capacity = min(limit, max(sizeHint, 1024), 1 << 24)
        base = .allocate(capacity: max(capacity, 1))
    }

    func deallocate() { base.deallocate() }

    func makeArray() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    @inline(__always) mutating func append(_ byte: UInt8) throws {
        if count == capacity { try grow(toHold: count + 1) }
        base[count] = byte
        count &+= 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { try grow(toHold: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends `length` bytes starting `distance` back; when they overlap the copy repeats
    /// the most recent `distance` bytes, as section 3.2.3 requires.
    @inline(__always) mutating func copyMatch(distance: Int, length: Int) throws {
        if capacity &- count < length { try grow(toHold: count + length) }
        let target = base + count
        let source = target - distance
        if distance >= length {
            target.initialize(from: source, count: length)
        } else {
            for i in 0..<length { target[i] = source[i] }
        }
        count &+= length
    }

    mutating func grow(toHold needed: Int) throws {
        guard needed <= limit else {
            throw ZipError("deflate: output exceeds the limit of \(limit) bytes")
        }
        let newCapacity = min(limit, max(needed, capacity * 2))
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
