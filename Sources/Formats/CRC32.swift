/// CRC-32 as used by ZIP and gzip: IEEE 802.3 polynomial, reflected, initial value and final
/// XOR 0xFFFFFFFF (APPNOTE 4.4.7).
public enum CRC32 {
    /// The CRC-32 of `bytes`; `CRC32.checksum(Array("123456789".utf8)) == 0xCBF43926`.
    public static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
        update(0, with: bytes)
    }

    /// Continues a checksum over more data: `update(checksum(a), with: b) == checksum(a + b)`.
    public static func update(_ crc: UInt32, with bytes: some Collection<UInt8>) -> UInt32 {
        if let result = bytes.withContiguousStorageIfAvailable({ update(crc, buffer: $0) }) {
            return result
        }
        return Array(bytes).withUnsafeBufferPointer { update(crc, buffer: $0) }
    }

    static func update(_ crc: UInt32, buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var c = ~crc
        table.withUnsafeBufferPointer { t in
            for byte in buffer {
                c = t[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8)
            }
        }
        return ~c
    }

    /// Byte-at-a-time table for the reflected polynomial 0xEDB88320.
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 {
            c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1
        }
        return c
    }
}
