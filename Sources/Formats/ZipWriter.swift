/// Builds a small ZIP archive in memory (for tests and seed data). Every entry is stored
/// uncompressed with a fixed 1980-01-01 00:00 timestamp, so the same inputs always give the
/// same bytes. No ZIP64: the archive must stay under 4 GiB and 65535 entries.
public struct ZipWriter {
    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var entryCount = 0

    public init() {}

    /// Adds a file, or a folder when `path` ends in "/" and `data` is empty. `compress` is
    /// accepted for callers that would like compression, but the entry is stored (method 0)
    /// either way: readers must handle stored entries, and tests need no compressor.
    public mutating func add(path: String, data: [UInt8], compress: Bool = false) {
        let name = Array(path.utf8)
        precondition(name.count <= 0xFFFF && entryCount < 0xFFFF, "ZipWriter: too many entries or name too long")
        precondition(body.count + 30 + name.count + data.count < 0xFFFF_FFFF, "ZipWriter: archive too large")
        let isDirectory = path.hasSuffix("/")
        let crc = CRC32.checksum(data)
        let offset = body.count
        // Flag bit 11: the name is UTF-8 (APPNOTE appendix D); only needed beyond ASCII.
        let flags: UInt16 = name.contains { $0 >= 0x80 } ? 0x0800 : 0
        // Version 2.0 is needed for folders, 1.0 for stored files (APPNOTE 4.4.3.2).
        let versionNeeded: UInt16 = isDirectory ? 20 : 10
        // MS-DOS date 1980-01-01: (year - 1980) << 9 | month << 5 | day (APPNOTE 4.4.6).
        let time: UInt16 = 0, date: UInt16 = 1 << 5 | 1

        // Local file header (APPNOTE 4.3.7).
        body.appendZipField(0x0403_4B50 as UInt32)
        body.appendZipField(versionNeeded)
        body.appendZipField(flags)
        body.appendZipField(0 as UInt16)
        body.appendZipField(time)
        body.appendZipField(date)
        body.appendZipField(crc)
        body.appendZipField(UInt32(data.count))
        body.appendZipField(UInt32(data.count))
        body.appendZipField(UInt16(name.count))
        body.appendZipField(0 as UInt16)
        body += name
        body += data

        // Central directory file header (APPNOTE 4.3.12), made by "UNIX" (3) so unzip applies
        // the mode in the high half of the external attributes; 0x10 is the MS-DOS folder bit.
        let mode: UInt32 = isDirectory ? 0o040755 : 0o100644
        directory.appendZipField(0x0201_4B50 as UInt32)
        directory.appendZipField(UInt16(3 << 8 | 20))
        directory.appendZipField(versionNeeded)
        directory.appendZipField(flags)
        directory.appendZipField(0 as UInt16)
        directory.appendZipField(time)
        directory.appendZipField(date)
        directory.appendZipField(crc)
        directory.appendZipField(UInt32(data.count))
        directory.appendZipField(UInt32(data.count))
        directory.appendZipField(UInt16(name.count))
        directory.appendZipField(0 as UInt16)  // extra field length
        directory.appendZipField(0 as UInt16)  // comment length
        directory.appendZipField(0 as UInt16)  // disk number start
        directory.appendZipField(0 as UInt16)  // internal attributes
        directory.appendZipField(mode << 16 | (isDirectory ? 0x10 : 0))
        directory.appendZipField(UInt32(offset))
        directory += name
        entryCount += 1
    }

    /// The finished archive: entries, central directory, and end of central directory record.
    public func finish() -> [UInt8] {
        var archive = body
        archive += directory
        // End of central directory record (APPNOTE 4.3.16), single volume, no comment.
        archive.appendZipField(0x0605_4B50 as UInt32)
        archive.appendZipField(0 as UInt16)
        archive.appendZipField(0 as UInt16)
        archive.appendZipField(UInt16(entryCount))
        archive.appendZipField(UInt16(entryCount))
        archive.appendZipField(UInt32(directory.count))
        archive.appendZipField(UInt32(body.count))
        archive.appendZipField(0 as UInt16)
        return archive
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func appendZipField<T: FixedWidthInteger>(_ value: T) {
        for i in 0..<(T.bitWidth / 8) { append(UInt8(truncatingIfNeeded: value >> (i * 8))) }
    }
}
