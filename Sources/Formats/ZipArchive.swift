/// Why a ZIP archive, one of its entries, or a DEFLATE stream could not be read.
public struct ZipError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    static let truncatedDeflate = ZipError("deflate: the compressed data ends early")
}

/// One file or folder listed in a ZIP archive's central directory.
public struct ZipEntry: Equatable, Sendable {
    /// The stored name, decoded as UTF-8 (invalid bytes become U+FFFD); folders end in "/".
    public var path: String
    /// Compression method: 0 stored, 8 deflate (APPNOTE 4.4.5); others cannot be extracted.
    public var method: UInt16
    public var compressedSize: Int
    public var uncompressedSize: Int
    public var crc32: UInt32
    public var isDirectory: Bool
    /// General purpose bit flags (APPNOTE 4.4.4).
    var flags: UInt16
    var localHeaderOffset: Int
}

/// A read-only ZIP archive held in memory (PKWARE APPNOTE.TXT, section 4.3). Reads the
/// central directory up front; entry data is read and checked by `extract`.
public struct ZipArchive: Sendable {
    /// Entries in central directory order.
    public var entries: [ZipEntry]
    private let bytes: [UInt8]
    /// Entry data must end before the central directory starts.
    private let centralDirectoryOffset: Int

    /// Reads the archive's directory. Throws `ZipError` for data that is not a ZIP archive,
    /// is truncated, spans several volumes, or needs ZIP64.
    public init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        let end = try EndRecord(bytes)
        centralDirectoryOffset = end.directoryOffset
        entries = []
        entries.reserveCapacity(end.entryCount)
        var offset = end.directoryOffset
        let directoryEnd = end.directoryOffset + end.directorySize
        for _ in 0..<end.entryCount {
            let (entry, next) = try Self.readCentralHeader(bytes, at: offset, end: directoryEnd)
            entries.append(entry)
            offset = next
        }
    }

    /// The first entry whose path is exactly `named`.
    public func entry(named: String) -> ZipEntry? {
        entries.first { $0.path == named }
    }

    /// The entry's uncompressed bytes, checked against its size and CRC-32. Throws `ZipError`
    /// for encrypted entries, methods other than stored and deflate, corrupt data, and entries
    /// larger than `maxSize` bytes (checked before and while decompressing).
    public func extract(_ entry: ZipEntry, maxSize: Int = 16 << 20) throws -> [UInt8] {
        let path = entry.path
        // Bit 0: encrypted; bit 6: strong encryption (APPNOTE 4.4.4).
        guard entry.flags & 0x0041 == 0 else {
            throw ZipError("\(path) is encrypted; encrypted ZIP entries are not supported")
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw ZipError("\(path) uses compression method \(entry.method); only stored (0) and deflate (8) are supported")
        }
        guard entry.uncompressedSize <= maxSize else {
            throw ZipError("\(path) is \(entry.uncompressedSize) bytes uncompressed, more than the limit of \(maxSize) bytes")
        }
        let start = try dataOffset(of: entry)
        guard entry.compressedSize <= centralDirectoryOffset - start else {
            throw ZipError("\(path): the compressed data runs past the end of the archive's entries")
        }
        let data = bytes[start..<start + entry.compressedSize]
        let output: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else {
                throw ZipError("\(path): a stored entry's compressed and uncompressed sizes differ")
            }
            output = Array(data)
        } else {
            do {
                output = try Inflate.decompress(data, maxOutput: entry.uncompressedSize)
            } catch let error as ZipError {
                throw ZipError("\(path): \(error.message)")
            }
        }
        guard output.count == entry.uncompressedSize else {
            throw ZipError("\(path): decompressed to \(output.count) bytes, but the directory says \(entry.uncompressedSize)")
        }
        guard CRC32.checksum(output) == entry.crc32 else {
            throw ZipError("\(path): CRC-32 mismatch; the entry is corrupt")
        }
        return output
    }

    /// Where the entry's data starts: after its local file header (APPNOTE 4.3.7), whose name
    /// and extra field lengths may differ from the central directory's.
    private func dataOffset(of entry: ZipEntry) throws -> Int {
        let offset = entry.localHeaderOffset
        guard offset <= centralDirectoryOffset - 30, bytes.zipUInt32(at: offset) == 0x0403_4B50 else {
            throw ZipError("\(entry.path): local file header not found at offset \(offset)")
        }
        return offset + 30 + bytes.zipUInt16(at: offset + 26) + bytes.zipUInt16(at: offset + 28)
    }

    /// Reads one central directory file header (APPNOTE 4.3.12); returns the entry and the
    /// offset of the next header.
    private static func readCentralHeader(_ bytes: [UInt8], at offset: Int, end: Int) throws -> (ZipEntry, Int) {
        guard offset <= end - 46, bytes.zipUInt32(at: offset) == 0x0201_4B50 else {
            throw ZipError("the ZIP central directory is corrupt or truncated")
        }
        let nameLength = bytes.zipUInt16(at: offset + 28)
        let next = offset + 46 + nameLength + bytes.zipUInt16(at: offset + 30) + bytes.zipUInt16(at: offset + 32)
        guard next <= end else { throw ZipError("the ZIP central directory is corrupt or truncated") }
        let compressedSize = bytes.zipUInt32(at: offset + 20)
        let uncompressedSize = bytes.zipUInt32(at: offset + 24)
        let localHeaderOffset = bytes.zipUInt32(at: offset + 42)
        // All-ones values mean the real one is in a ZIP64 extra field (APPNOTE 4.5.3).
        guard compressedSize != 0xFFFF_FFFF, uncompressedSize != 0xFFFF_FFFF, localHeaderOffset != 0xFFFF_FFFF else {
            throw ZipError("ZIP64 archives are not supported")
        }
        // Names are CP437 unless flag bit 11 says UTF-8 (APPNOTE appendix D); decoding both as
        // UTF-8 is exact for ASCII, which is all Magento packages use.
        let path = String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
        let entry = ZipEntry(
            path: path,
            method: UInt16(bytes.zipUInt16(at: offset + 10)),
            compressedSize: compressedSize,
            uncompressedSize: uncompressedSize,
            crc32: UInt32(bytes.zipUInt32(at: offset + 16)),
            isDirectory: path.hasSuffix("/"),
            flags: UInt16(bytes.zipUInt16(at: offset + 8)),
            localHeaderOffset: localHeaderOffset)
        return (entry, next)
    }
}

/// The end of central directory record (APPNOTE 4.3.16).
private struct EndRecord {
    var entryCount: Int
    var directorySize: Int
    var directoryOffset: Int

    /// Scans backwards for the record: it is 22 bytes plus a comment of up to 65535 bytes.
    init(_ bytes: [UInt8]) throws {
        guard bytes.count >= 22 else { throw ZipError("not a ZIP archive: too short") }
        var offset = bytes.count - 22
        let lowest = max(0, offset - 0xFFFF)
        while offset >= lowest {
            if bytes.zipUInt32(at: offset) == 0x0605_4B50 && offset + 22 + bytes.zipUInt16(at: offset + 20) <= bytes.count {
                break
            }
            offset -= 1
        }
        guard offset >= lowest else {
            throw ZipError("not a ZIP archive, or truncated: no end of central directory record")
        }
        // A ZIP64 end of central directory locator sits just before the record (APPNOTE 4.3.15).
        if offset >= 20 && bytes.zipUInt32(at: offset - 20) == 0x0706_4B50 {
            throw ZipError("ZIP64 archives are not supported")
        }
        guard bytes.zipUInt16(at: offset + 4) == 0, bytes.zipUInt16(at: offset + 6) == 0,
              bytes.zipUInt16(at: offset + 8) == bytes.zipUInt16(at: offset + 10) else {
            throw ZipError("multi-volume (split) ZIP archives are not supported")
        }
        entryCount = bytes.zipUInt16(at: offset + 10)
        directorySize = bytes.zipUInt32(at: offset + 12)
        directoryOffset = bytes.zipUInt32(at: offset + 16)
        guard entryCount != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF else {
            throw ZipError("ZIP64 archives are not supported")
        }
        guard directoryOffset + directorySize <= offset else {
            throw ZipError("not a ZIP archive, or truncated: the central directory lies outside the file")
        }
    }
}

extension Array where Element == UInt8 {
    /// Little-endian fields, as everywhere in ZIP (APPNOTE 4.4.1.1); callers check bounds.
    fileprivate func zipUInt16(at offset: Int) -> Int {
        Int(self[offset]) | Int(self[offset + 1]) << 8
    }

    fileprivate func zipUInt32(at offset: Int) -> Int {
        zipUInt16(at: offset) | zipUInt16(at: offset + 2) << 16
    }
}
