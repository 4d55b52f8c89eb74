/// MD5 message digest (RFC 1321). Used for the `file_hash` of uploads, not for security.
///
/// Feed bytes with `update` any number of times, then call `finalize` once.
public struct MD5: Sendable {
    private var a: UInt32 = 0x6745_2301
    private var b: UInt32 = 0xefcd_ab89
    private var c: UInt32 = 0x98ba_dcfe
    private var d: UInt32 = 0x1032_5476
    /// Input bytes not yet making up a whole 64-byte block.
    private var pending: [UInt8] = []
    private var byteCount: UInt64 = 0

    public init() { pending.reserveCapacity(64) }

    /// Adds bytes to the message. Whole 64-byte blocks are hashed straight from `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        let n = bytes.count
        byteCount &+= UInt64(n)
        var i = 0
        if !pending.isEmpty {
            i = min(64 - pending.count, n)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: i))
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBytes { compress($0.baseAddress!) }
            pending.removeAll(keepingCapacity: true)
        }
        while n - i >= 64 {
            compress(base + i)
            i += 64
        }
        if i < n { pending.append(contentsOf: UnsafeRawBufferPointer(start: base + i, count: n - i)) }
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds bytes to the message, from any collection (contiguous ones are not copied).
    public mutating func update<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil { update(Array(bytes)) }
    }

    /// Pads the message (RFC 1321 §3.1-3.2) and returns the 16-byte digest (§3.5).
    /// The value must not be updated afterwards.
    public mutating func finalize() -> [UInt8] {
        let bitLength = byteCount &* 8
        var tail: [UInt8] = [0x80]
        let padded = (Int(byteCount % 64) + 1) % 64
        tail += [UInt8](repeating: 0, count: (56 - padded + 64) % 64)
        for shift in stride(from: 0, to: 64, by: 8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        update(tail)
        var out: [UInt8] = []
        out.reserveCapacity(16)
        for word in [a, b, c, d] {
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return out
    }

    /// Finalizes and returns the digest as 32 lowercase hex characters.
    public mutating func finalizeHex() -> String { MD5.hexString(finalize()) }

    /// The 16-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var md5 = MD5()
        md5.update(bytes)
        return md5.finalize()
    }

    /// The digest of `bytes` as 32 lowercase hex characters.
    public static func hex(_ bytes: [UInt8]) -> String { hexString(digest(bytes)) }

    /// Any bytes (such as a digest) as lowercase hex, two characters a byte.
    public static func hexString(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var chars: [UInt8] = []
        chars.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            chars.append(digits[Int(byte >> 4)])
            chars.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: chars, as: UTF8.self)
    }

    /// One 64-byte block, the four rounds of RFC 1321 §3.4 unrolled.
    private mutating func compress(_ p: UnsafeRawPointer) {
        @inline(__always) func x(_ i: Int) -> UInt32 {
            UInt32(littleEndian: p.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
        }
        @inline(__always) func step(_ v: inout UInt32, _ f: UInt32, _ w: UInt32, _ t: UInt32, _ s: UInt32, _ after: UInt32) {
            let sum = v &+ f &+ w &+ t
            v = after &+ ((sum << s) | (sum >> (32 - s)))
        }
        @inline(__always) func f(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { (x & y) | (~x & z) }
        @inline(__always) func g(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { (x & z) | (y & ~z) }
        @inline(__always) func h(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { x ^ y ^ z }
        @inline(__always) func i(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { y ^ (x | ~z) }

        var a = self.a, b = self.b, c = self.c, d = self.d

        step(&a, f(b, c, d), x(0), 0xd76a_a478, 7, b); step(&d, f(a, b, c), x(1), 0xe8c7_b756, 12, a)
        step(&c, f(d, a, b), x(2), 0x2420_70db, 17, d); step(&b, f(c, d, a), x(3), 0xc1bd_ceee, 22, c)
        step(&a, f(b, c, d), x(4), 0xf57c_0faf, 7, b); step(&d, f(a, b, c), x(5), 0x4787_c62a, 12, a)
        step(&c, f(d, a, b), x(6), 0xa830_4613, 17, d); step(&b, f(c, d, a), x(7), 0xfd46_9501, 22, c)
        step(&a, f(b, c, d), x(8), 0x6980_98d8, 7, b); step(&d, f(a, b, c), x(9), 0x8b44_f7af, 12, a)
        step(&c, f(d, a, b), x(10), 0xffff_5bb1, 17, d); step(&b, f(c, d, a), x(11), 0x895c_d7be, 22, c)
        step(&a, f(b, c, d), x(12), 0x6b90_1122, 7, b); step(&d, f(a, b, c), x(13), 0xfd98_7193, 12, a)
        step(&c, f(d, a, b), x(14), 0xa679_438e, 17, d); step(&b, f(c, d, a), x(15), 0x49b4_0821, 22, c)

        step(&a, g(b, c, d), x(1), 0xf61e_2562, 5, b); step(&d, g(a, b, c), x(6), 0xc040_b340, 9, a)
        step(&c, g(d, a, b), x(11), 0x265e_5a51, 14, d); step(&b, g(c, d, a), x(0), 0xe9b6_c7aa, 20, c)
        step(&a, g(b, c, d), x(5), 0xd62f_105d, 5, b); step(&d, g(a, b, c), x(10), 0x0244_1453, 9, a)
        step(&c, g(d, a, b), x(15), 0xd8a1_e681, 14, d); step(&b, g(c, d, a), x(4), 0xe7d3_fbc8, 20, c)
        step(&a, g(b, c, d), x(9), 0x21e1_cde6, 5, b); step(&d, g(a, b, c), x(14), 0xc337_07d6, 9, a)
        step(&c, g(d, a, b), x(3), 0xf4d5_0d87, 14, d); step(&b, g(c, d, a), x(8), 0x455a_14ed, 20, c)
        step(&a, g(b, c, d), x(13), 0xa9e3_e905, 5, b); step(&d, g(a, b, c), x(2), 0xfcef_a3f8, 9, a)
        step(&c, g(d, a, b), x(7), 0x676f_02d9, 14, d); step(&b, g(c, d, a), x(12), 0x8d2a_4c8a, 20, c)

        step(&a, h(b, c, d), x(5), 0xfffa_3942, 4, b); step(&d, h(a, b, c), x(8), 0x8771_f681, 11, a)
        step(&c, h(d, a, b), x(11), 0x6d9d_6122, 16, d); step(&b, h(c, d, a), x(14), 0xfde5_380c, 23, c)
        step(&a, h(b, c, d), x(1), 0xa4be_ea44, 4, b); step(&d, h(a, b, c), x(4), 0x4bde_cfa9, 11, a)
        step(&c, h(d, a, b), x(7), 0xf6bb_4b60, 16, d); step(&b, h(c, d, a), x(10), 0xbebf_bc70, 23, c)
        step(&a, h(b, c, d), x(13), 0x289b_7ec6, 4, b); step(&d, h(a, b, c), x(0), 0xeaa1_27fa, 11, a)
        step(&c, h(d, a, b), x(3), 0xd4ef_3085, 16, d); step(&b, h(c, d, a), x(6), 0x0488_1d05, 23, c)
        step(&a, h(b, c, d), x(9), 0xd9d4_d039, 4, b); step(&d, h(a, b, c), x(12), 0xe6db_99e5, 11, a)
        step(&c, h(d, a, b), x(15), 0x1fa2_7cf8, 16, d); step(&b, h(c, d, a), x(2), 0xc4ac_5665, 23, c)

        step(&a, i(b, c, d), x(0), 0xf429_2244, 6, b); step(&d, i(a, b, c), x(7), 0x432a_ff97, 10, a)
        step(&c, i(d, a, b), x(14), 0xab94_23a7, 15, d); step(&b, i(c, d, a), x(5), 0xfc93_a039, 21, c)
        step(&a, i(b, c, d), x(12), 0x655b_59c3, 6, b); step(&d, i(a, b, c), x(3), 0x8f0c_cc92, 10, a)
        step(&c, i(d, a, b), x(10), 0xffef_f47d, 15, d); step(&b, i(c, d, a), x(1), 0x8584_5dd1, 21, c)
        step(&a, i(b, c, d), x(8), 0x6fa8_7e4f, 6, b); step(&d, i(a, b, c), x(15), 0xfe2c_e6e0, 10, a)
        step(&c, i(d, a, b), x(6), 0xa301_4314, 15, d); step(&b, i(c, d, a), x(13), 0x4e08_11a1, 21, c)
        step(&a, i(b, c, d), x(4), 0xf753_7e82, 6, b); step(&d, i(a, b, c), x(11), 0xbd3a_f235, 10, a)
        step(&c, i(d, a, b), x(2), 0x2ad7_d2bb, 15, d); step(&b, i(c, d, a), x(9), 0xeb86_d391, 21, c)

        self.a &+= a
        self.b &+= b
        self.c &+= c
        self.d &+= d
    }
}
