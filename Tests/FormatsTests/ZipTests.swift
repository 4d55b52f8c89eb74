import Foundation
import XCTest
import Formats

final class ZipTests: XCTestCase {
    private let composerJSON = zipFixtureBytes(ZipFixtures.composerJSONBase64)
    private let moduleXML = zipFixtureBytes(ZipFixtures.moduleXMLBase64)

    // MARK: CRC-32

    func testCRC32CheckValues() {
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
        XCTAssertEqual(CRC32.checksum(repeatElement(UInt8(ascii: "a"), count: 3)), CRC32.checksum(Array("aaa".utf8)))
        let data = Array("123456789".utf8)
        XCTAssertEqual(CRC32.update(CRC32.checksum(data[..<4]), with: data[4...]), 0xCBF4_3926)
    }

    // MARK: Reading archives made by python3 zipfile and Info-ZIP

    func testStoredArchive() throws {
        let archive = try ZipArchive(zipFixtureBytes(ZipFixtures.stored))
        XCTAssertEqual(archive.entries.map(\.path), ["composer.json", "registration.php", "etc/", "etc/module.xml"])
        XCTAssertEqual(archive.entries.map(\.isDirectory), [false, false, true, false])
        XCTAssertEqual(archive.entries.map(\.method), [0, 0, 0, 0])
        let entry = try XCTUnwrap(archive.entry(named: "composer.json"))
        XCTAssertEqual(entry.uncompressedSize, composerJSON.count)
        XCTAssertEqual(entry.compressedSize, composerJSON.count)
        XCTAssertEqual(entry.crc32, CRC32.checksum(composerJSON))
        XCTAssertEqual(try archive.extract(entry), composerJSON)
        XCTAssertEqual(try archive.extract(XCTUnwrap(archive.entry(named: "etc/module.xml"))), moduleXML)
        XCTAssertEqual(try archive.extract(XCTUnwrap(archive.entry(named: "etc/"))), [])
        XCTAssertNil(archive.entry(named: "missing.txt"))
    }

    func testDeflatedArchive() throws {
        let archive = try ZipArchive(zipFixtureBytes(ZipFixtures.deflated))
        let entry = try XCTUnwrap(archive.entry(named: "etc/module.xml"))
        XCTAssertEqual(entry.method, 8)
        XCTAssertLessThan(entry.compressedSize, entry.uncompressedSize)
        XCTAssertEqual(try archive.extract(entry), moduleXML)
        XCTAssertEqual(try archive.extract(XCTUnwrap(archive.entry(named: "composer.json"))), composerJSON)
    }

    /// Written to a non-seekable stream, so sizes and CRCs follow the data (flag bit 3).
    func testDataDescriptorArchive() throws {
        let archive = try ZipArchive(zipFixtureBytes(ZipFixtures.dataDescriptor))
        XCTAssertEqual(archive.entries.count, 4)
        XCTAssertEqual(try archive.extract(XCTUnwrap(archive.entry(named: "etc/module.xml"))), moduleXML)
        XCTAssertEqual(try archive.extract(XCTUnwrap(archive.entry(named: "composer.json"))), composerJSON)
    }

    func testArchiveComment() throws {
        let archive = try ZipArchive(zipFixtureBytes(ZipFixtures.comment))
        XCTAssertEqual(archive.entries.count, 4)
        XCTAssertEqual(try archive.extract(XCTUnwrap(archive.entry(named: "composer.json"))), composerJSON)
    }

    /// Info-ZIP writes longer extra fields in local headers than in the central directory.
    func testLocalHeaderLengthsDifferFromCentral() throws {
        let archive = try ZipArchive(zipFixtureBytes(ZipFixtures.infoZip))
        XCTAssertEqual(archive.entries.map(\.path), ["composer.json", "etc/", "etc/module.xml"])
        XCTAssertEqual(try archive.extract(XCTUnwrap(archive.entry(named: "etc/module.xml"))), moduleXML)
        XCTAssertEqual(try archive.extract(XCTUnwrap(archive.entry(named: "composer.json"))), composerJSON)
    }

    // MARK: Broken and hostile archives

    func testCRCMismatch() throws {
        var bytes = zipFixtureBytes(ZipFixtures.stored)
        let start = try XCTUnwrap(indexOf(Array("acme/module-foo".utf8), in: bytes))
        bytes[start] ^= 0x20
        let archive = try ZipArchive(bytes)
        XCTAssertThrowsError(try archive.extract(XCTUnwrap(archive.entry(named: "composer.json")))) { error in
            XCTAssertEqual(error as? ZipError, ZipError("composer.json: CRC-32 mismatch; the entry is corrupt"))
        }
        XCTAssertNoThrow(try archive.extract(XCTUnwrap(archive.entry(named: "registration.php"))))
    }

    func testCorruptDeflateDataIsReported() throws {
        var bytes = zipFixtureBytes(ZipFixtures.deflated)
        let archive = try ZipArchive(bytes)
        let entry = try XCTUnwrap(archive.entry(named: "etc/module.xml"))
        // Fill the entry's compressed data with 0xFF: the first block then has type 3. Python
        // writes no local extra field, so the data follows the local header's name.
        let dataStart = try XCTUnwrap(indexOf(Array("etc/module.xml".utf8), in: bytes)) + "etc/module.xml".utf8.count
        for i in dataStart..<dataStart + entry.compressedSize { bytes[i] = 0xFF }
        let corrupt = try ZipArchive(bytes)
        XCTAssertThrowsError(try corrupt.extract(XCTUnwrap(corrupt.entry(named: "etc/module.xml")))) { error in
            XCTAssertEqual(error as? ZipError, ZipError("etc/module.xml: deflate: invalid block type 3"))
        }
    }

    func testTruncatedArchive() {
        let bytes = zipFixtureBytes(ZipFixtures.deflated)
        for length in [0, 10, 21, bytes.count / 2, bytes.count - 23, bytes.count - 1] {
            XCTAssertThrowsError(try ZipArchive(Array(bytes[..<length])), "length \(length)") { error in
                XCTAssertTrue(error is ZipError)
            }
        }
        XCTAssertThrowsError(try ZipArchive(Array("just some text, not an archive at all".utf8))) { error in
            XCTAssertEqual(error as? ZipError, ZipError("not a ZIP archive, or truncated: no end of central directory record"))
        }
    }

    func testTruncationNeverCrashes() throws {
        let bytes = zipFixtureBytes(ZipFixtures.dataDescriptor)
        for length in 0..<bytes.count {
            if let archive = try? ZipArchive(Array(bytes[..<length])) {
                for entry in archive.entries { _ = try? archive.extract(entry) }
            }
        }
    }

    /// 1 MiB of zeros deflates to about a kilobyte.
    func testZipBombStopsAtTheSizeLimit() throws {
        var bytes = zipFixtureBytes(ZipFixtures.bomb)
        let archive = try ZipArchive(bytes)
        let entry = try XCTUnwrap(archive.entry(named: "zeros.bin"))
        XCTAssertLessThan(entry.compressedSize, 4096)
        XCTAssertThrowsError(try archive.extract(entry, maxSize: 64 << 10)) { error in
            XCTAssertEqual(error as? ZipError, ZipError("zeros.bin is 1048576 bytes uncompressed, more than the limit of 65536 bytes"))
        }
        XCTAssertEqual(try archive.extract(entry), [UInt8](repeating: 0, count: 1 << 20))

        // A directory that understates the size cannot make inflate produce more.
        let name = Array("zeros.bin".utf8)
        let localName = try XCTUnwrap(indexOf(name, in: bytes))
        let central = try XCTUnwrap(indexOf(name, in: bytes, after: localName + 1)) - 46
        bytes.replaceSubrange(central + 24..<central + 28, with: [0x00, 0x10, 0x00, 0x00])
        let lying = try ZipArchive(bytes)
        XCTAssertThrowsError(try lying.extract(XCTUnwrap(lying.entry(named: "zeros.bin")), maxSize: 64 << 10)) { error in
            XCTAssertEqual(error as? ZipError, ZipError("zeros.bin: deflate: output exceeds the limit of 4096 bytes"))
        }
    }

    func testEncryptedEntryIsRefused() throws {
        var bytes = writerArchive()
        let central = try XCTUnwrap(indexOf([0x50, 0x4B, 0x01, 0x02], in: bytes))
        bytes[central + 8] |= 0x01
        let archive = try ZipArchive(bytes)
        XCTAssertThrowsError(try archive.extract(archive.entries[0])) { error in
            XCTAssertEqual(error as? ZipError, ZipError("composer.json is encrypted; encrypted ZIP entries are not supported"))
        }
    }

    func testUnsupportedMethodIsRefused() throws {
        var bytes = writerArchive()
        let central = try XCTUnwrap(indexOf([0x50, 0x4B, 0x01, 0x02], in: bytes))
        bytes[central + 10] = 12
        let archive = try ZipArchive(bytes)
        XCTAssertEqual(archive.entries[0].method, 12)
        XCTAssertThrowsError(try archive.extract(archive.entries[0])) { error in
            XCTAssertEqual(error as? ZipError, ZipError("composer.json uses compression method 12; only stored (0) and deflate (8) are supported"))
        }
    }

    func testZip64IsRefused() throws {
        var bytes = writerArchive()
        bytes.replaceSubrange(bytes.count - 6..<bytes.count - 2, with: [0xFF, 0xFF, 0xFF, 0xFF])
        XCTAssertThrowsError(try ZipArchive(bytes)) { error in
            XCTAssertEqual(error as? ZipError, ZipError("ZIP64 archives are not supported"))
        }
        var sizes = writerArchive()
        let central = try XCTUnwrap(indexOf([0x50, 0x4B, 0x01, 0x02], in: sizes))
        sizes.replaceSubrange(central + 24..<central + 28, with: [0xFF, 0xFF, 0xFF, 0xFF])
        XCTAssertThrowsError(try ZipArchive(sizes)) { error in
            XCTAssertEqual(error as? ZipError, ZipError("ZIP64 archives are not supported"))
        }
    }

    // MARK: ZipWriter

    func testWriterRoundTrip() throws {
        var writer = ZipWriter()
        let binary = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 3) }
        writer.add(path: "composer.json", data: composerJSON)
        writer.add(path: "etc/", data: [])
        writer.add(path: "etc/module.xml", data: moduleXML, compress: true)
        writer.add(path: "empty.txt", data: [])
        writer.add(path: "Ünïcödé/naïve.bin", data: binary)
        let bytes = writer.finish()

        let archive = try ZipArchive(bytes)
        XCTAssertEqual(archive.entries.map(\.path), ["composer.json", "etc/", "etc/module.xml", "empty.txt", "Ünïcödé/naïve.bin"])
        XCTAssertEqual(archive.entries.map(\.isDirectory), [false, true, false, false, false])
        XCTAssertEqual(archive.entries.map(\.method), [0, 0, 0, 0, 0])
        XCTAssertEqual(try archive.extract(archive.entries[0]), composerJSON)
        XCTAssertEqual(try archive.extract(archive.entries[2]), moduleXML)
        XCTAssertEqual(try archive.extract(archive.entries[3]), [])
        XCTAssertEqual(try archive.extract(archive.entries[4]), binary)
        XCTAssertEqual(archive.entries[4].crc32, CRC32.checksum(binary))
    }

    func testWriterIsDeterministic() {
        var a = ZipWriter(), b = ZipWriter()
        a.add(path: "x.txt", data: Array("same".utf8))
        b.add(path: "x.txt", data: Array("same".utf8))
        XCTAssertEqual(a.finish(), b.finish())
        XCTAssertEqual(ZipWriter().finish(), [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        XCTAssertEqual(try ZipArchive(ZipWriter().finish()).entries, [])
    }

    // MARK: ComposerManifest

    func testManifestAtTheRoot() throws {
        for fixture in [ZipFixtures.stored, ZipFixtures.deflated, ZipFixtures.dataDescriptor, ZipFixtures.comment, ZipFixtures.infoZip] {
            let manifest = try ComposerManifest.read(fromZip: zipFixtureBytes(fixture))
            XCTAssertEqual(manifest, ComposerManifest(name: "acme/module-foo", version: "1.2.3", type: "magento2-module"))
        }
    }

    func testManifestInOneTopLevelFolder() throws {
        let manifest = try ComposerManifest.read(fromZip: zipFixtureBytes(ZipFixtures.subfolder))
        XCTAssertEqual(manifest.name, "acme/module-foo")
        XCTAssertEqual(manifest.version, "1.2.3")
    }

    func testManifestPrefersTheRoot() throws {
        var writer = ZipWriter()
        writer.add(path: "vendor/composer.json", data: Array(#"{"name": "other/package"}"#.utf8))
        writer.add(path: "composer.json", data: Array(#"{"name": "acme/root", "version": 2}"#.utf8))
        let manifest = try ComposerManifest.read(fromZip: writer.finish())
        XCTAssertEqual(manifest, ComposerManifest(name: "acme/root", version: nil, type: nil))
    }

    func testManifestMissing() {
        assertManifestError(zipFixtureBytes(ZipFixtures.noComposer), "the ZIP archive has no composer.json")
        var writer = ZipWriter()
        writer.add(path: "Acme_Foo/vendor/lib/composer.json", data: Array("{}".utf8))
        writer.add(path: "composer.json/", data: [])
        assertManifestError(writer.finish(), "the ZIP archive has no composer.json")
    }

    func testManifestInSeveralFoldersIsAmbiguous() {
        var writer = ZipWriter()
        writer.add(path: "One/composer.json", data: Array("{}".utf8))
        writer.add(path: "Two/composer.json", data: Array("{}".utf8))
        assertManifestError(writer.finish(), "the ZIP archive has no composer.json at its root and several in top-level folders (One, Two)")
    }

    func testManifestInvalidJSON() {
        XCTAssertThrowsError(try ComposerManifest.read(fromZip: zipFixtureBytes(ZipFixtures.invalidJSON))) { error in
            let message = (error as? ZipError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("composer.json is not valid JSON: "), message)
            XCTAssertTrue(message.contains("line 3"), message)
        }
        var writer = ZipWriter()
        writer.add(path: "composer.json", data: Array("[1, 2]".utf8))
        assertManifestError(writer.finish(), "composer.json is not a JSON object")
    }

    func testManifestFromANonArchive() {
        assertManifestError([], "not a ZIP archive: too short")
    }

    // MARK: Helpers

    private func writerArchive() -> [UInt8] {
        var writer = ZipWriter()
        writer.add(path: "composer.json", data: composerJSON)
        return writer.finish()
    }

    private func assertManifestError(_ zip: [UInt8], _ message: String, line: UInt = #line) {
        XCTAssertThrowsError(try ComposerManifest.read(fromZip: zip), line: line) { error in
            XCTAssertEqual((error as? ZipError)?.message, message, line: line)
        }
    }

    private func indexOf(_ needle: [UInt8], in haystack: [UInt8], after start: Int = 0) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (start...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

private func zipFixtureBytes(_ base64: String) -> [UInt8] {
    [UInt8](Data(base64Encoded: base64, options: .ignoreUnknownCharacters)!)
}

/// Made by python3 zipfile (and Info-ZIP zip for `infoZip`): a Magento module with
/// composer.json, registration.php, etc/ and etc/module.xml.
private enum ZipFixtures {
    static let composerJSONBase64 = """
ewogICAgIm5hbWUiOiAiYWNtZS9tb2R1bGUtZm9vIiwKICAgICJkZXNjcmlwdGlvbiI6ICJGb28gZm9yIE1hZ2VudG8gMiIsCiAg
ICAidHlwZSI6ICJtYWdlbnRvMi1tb2R1bGUiLAogICAgInZlcnNpb24iOiAiMS4yLjMiLAogICAgInJlcXVpcmUiOiB7Im1hZ2Vu
dG8vZnJhbWV3b3JrIjogIjEwMy4wLioifSwKICAgICJhdXRvbG9hZCI6IHsiZmlsZXMiOiBbInJlZ2lzdHJhdGlvbi5waHAiXSwg
InBzci00IjogeyJBY21lXFxGb29cXCI6ICIifX0KfQo=
"""
    static let moduleXMLBase64 = """
PD94bWwgdmVyc2lvbj0iMS4wIj8+Cjxjb25maWcgeG1sbnM6eHNpPSJodHRwOi8vd3d3LnczLm9yZy8yMDAxL1hNTFNjaGVtYS1p
bnN0YW5jZSIgeHNpOm5vTmFtZXNwYWNlU2NoZW1hTG9jYXRpb249InVybjptYWdlbnRvOmZyYW1ld29yazpNb2R1bGUvZXRjL21v
ZHVsZS54c2QiPgogICAgPG1vZHVsZSBuYW1lPSJBY21lX0ZvbyIvPgo8L2NvbmZpZz4KPD94bWwgdmVyc2lvbj0iMS4wIj8+Cjxj
b25maWcgeG1sbnM6eHNpPSJodHRwOi8vd3d3LnczLm9yZy8yMDAxL1hNTFNjaGVtYS1pbnN0YW5jZSIgeHNpOm5vTmFtZXNwYWNl
U2NoZW1hTG9jYXRpb249InVybjptYWdlbnRvOmZyYW1ld29yazpNb2R1bGUvZXRjL21vZHVsZS54c2QiPgogICAgPG1vZHVsZSBu
YW1lPSJBY21lX0ZvbyIvPgo8L2NvbmZpZz4KPD94bWwgdmVyc2lvbj0iMS4wIj8+Cjxjb25maWcgeG1sbnM6eHNpPSJodHRwOi8v
d3d3LnczLm9yZy8yMDAxL1hNTFNjaGVtYS1pbnN0YW5jZSIgeHNpOm5vTmFtZXNwYWNlU2NoZW1hTG9jYXRpb249InVybjptYWdl
bnRvOmZyYW1ld29yazpNb2R1bGUvZXRjL21vZHVsZS54c2QiPgogICAgPG1vZHVsZSBuYW1lPSJBY21lX0ZvbyIvPgo8L2NvbmZp
Zz4KPD94bWwgdmVyc2lvbj0iMS4wIj8+Cjxjb25maWcgeG1sbnM6eHNpPSJodHRwOi8vd3d3LnczLm9yZy8yMDAxL1hNTFNjaGVt
YS1pbnN0YW5jZSIgeHNpOm5vTmFtZXNwYWNlU2NoZW1hTG9jYXRpb249InVybjptYWdlbnRvOmZyYW1ld29yazpNb2R1bGUvZXRj
L21vZHVsZS54c2QiPgogICAgPG1vZHVsZSBuYW1lPSJBY21lX0ZvbyIvPgo8L2NvbmZpZz4K
"""
    static let stored = """
UEsDBBQAAAAAAMBjsVjUInUnAQEAAAEBAAANAAAAY29tcG9zZXIuanNvbnsKICAgICJuYW1lIjogImFjbWUvbW9kdWxlLWZvbyIs
CiAgICAiZGVzY3JpcHRpb24iOiAiRm9vIGZvciBNYWdlbnRvIDIiLAogICAgInR5cGUiOiAibWFnZW50bzItbW9kdWxlIiwKICAg
ICJ2ZXJzaW9uIjogIjEuMi4zIiwKICAgICJyZXF1aXJlIjogeyJtYWdlbnRvL2ZyYW1ld29yayI6ICIxMDMuMC4qIn0sCiAgICAi
YXV0b2xvYWQiOiB7ImZpbGVzIjogWyJyZWdpc3RyYXRpb24ucGhwIl0sICJwc3ItNCI6IHsiQWNtZVxcRm9vXFwiOiAiIn19Cn0K
UEsDBBQAAAAAAMBjsVjyoNT/igAAAIoAAAAQAAAAcmVnaXN0cmF0aW9uLnBocDw/cGhwCnVzZSBNYWdlbnRvXEZyYW1ld29ya1xD
b21wb25lbnRcQ29tcG9uZW50UmVnaXN0cmFyOwoKQ29tcG9uZW50UmVnaXN0cmFyOjpyZWdpc3RlcihDb21wb25lbnRSZWdpc3Ry
YXI6Ok1PRFVMRSwgJ0FjbWVfRm9vJywgX19ESVJfXyk7ClBLAwQUAAAAAADAY7FYAAAAAAAAAAAAAAAABAAAAGV0Yy9QSwMEFAAA
AAAAwGOxWIFkDKIkAwAAJAMAAA4AAABldGMvbW9kdWxlLnhtbDw/eG1sIHZlcnNpb249IjEuMCI/Pgo8Y29uZmlnIHhtbG5zOnhz
aT0iaHR0cDovL3d3dy53My5vcmcvMjAwMS9YTUxTY2hlbWEtaW5zdGFuY2UiIHhzaTpub05hbWVzcGFjZVNjaGVtYUxvY2F0aW9u
PSJ1cm46bWFnZW50bzpmcmFtZXdvcms6TW9kdWxlL2V0Yy9tb2R1bGUueHNkIj4KICAgIDxtb2R1bGUgbmFtZT0iQWNtZV9Gb28i
Lz4KPC9jb25maWc+Cjw/eG1sIHZlcnNpb249IjEuMCI/Pgo8Y29uZmlnIHhtbG5zOnhzaT0iaHR0cDovL3d3dy53My5vcmcvMjAw
MS9YTUxTY2hlbWEtaW5zdGFuY2UiIHhzaTpub05hbWVzcGFjZVNjaGVtYUxvY2F0aW9uPSJ1cm46bWFnZW50bzpmcmFtZXdvcms6
TW9kdWxlL2V0Yy9tb2R1bGUueHNkIj4KICAgIDxtb2R1bGUgbmFtZT0iQWNtZV9Gb28iLz4KPC9jb25maWc+Cjw/eG1sIHZlcnNp
b249IjEuMCI/Pgo8Y29uZmlnIHhtbG5zOnhzaT0iaHR0cDovL3d3dy53My5vcmcvMjAwMS9YTUxTY2hlbWEtaW5zdGFuY2UiIHhz
aTpub05hbWVzcGFjZVNjaGVtYUxvY2F0aW9uPSJ1cm46bWFnZW50bzpmcmFtZXdvcms6TW9kdWxlL2V0Yy9tb2R1bGUueHNkIj4K
ICAgIDxtb2R1bGUgbmFtZT0iQWNtZV9Gb28iLz4KPC9jb25maWc+Cjw/eG1sIHZlcnNpb249IjEuMCI/Pgo8Y29uZmlnIHhtbG5z
OnhzaT0iaHR0cDovL3d3dy53My5vcmcvMjAwMS9YTUxTY2hlbWEtaW5zdGFuY2UiIHhzaTpub05hbWVzcGFjZVNjaGVtYUxvY2F0
aW9uPSJ1cm46bWFnZW50bzpmcmFtZXdvcms6TW9kdWxlL2V0Yy9tb2R1bGUueHNkIj4KICAgIDxtb2R1bGUgbmFtZT0iQWNtZV9G
b28iLz4KPC9jb25maWc+ClBLAQIUAxQAAAAAAMBjsVjUInUnAQEAAAEBAAANAAAAAAAAAAAAAACkAQAAAABjb21wb3Nlci5qc29u
UEsBAhQDFAAAAAAAwGOxWPKg1P+KAAAAigAAABAAAAAAAAAAAAAAAKQBLAEAAHJlZ2lzdHJhdGlvbi5waHBQSwECFAMUAAAAAADA
Y7FYAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAHkAQAAZXRjL1BLAQIUAxQAAAAAAMBjsViBZAyiJAMAACQDAAAOAAAAAAAAAAAA
AACkAQYCAABldGMvbW9kdWxlLnhtbFBLBQYAAAAABAAEAOcAAABWBQAAAAA=
"""
    static let deflated = """
UEsDBBQAAAAIAMBjsVjUInUnrQAAAAEBAAANAAAAY29tcG9zZXIuanNvbjWPwQ6CMBBE73xF06OBguDJmxdvfoH10ECLjcDWbdEY
0n+3LbCnzc7My+ySkTB0EqOkZ0JFO8pyhG4eZKEAaL7KnbQtauM0TNF1BSAKkNxELycHpN597mcSZlyFulhRu/yRaDfEkdWs2e8o
37PGmFz2aKkwVPoCvpK7aljFDtRvATE7GEB0KaH0IG3Y7oHTa+tQxJ7MPA195IQai8UpGS/hOc5Dec4jlHqf+ewPUEsDBBQAAAAI
AMBjsVjyoNT/XQAAAIoAAAAQAAAAcmVnaXN0cmF0aW9uLnBocLOxL8go4CotTlXwTUxPzSvJj3ErSsxNLc8vyo5xzs8tyM8DCiJY
QanpmcUlRYlF1lxcmIJWVkVgZmqRBjZJX3+XUB9XHQV1x+Tc1Hi3/Hx1HYX4eBfPoPh4TWsuAFBLAwQUAAAAAADAY7FYAAAAAAAA
AAAAAAAABAAAAGV0Yy9QSwMEFAAAAAgAwGOxWIFkDKKrAAAAJAMAAA4AAABldGMvbW9kdWxlLnhtbO2POw6DMBBE+5zCch8MSWfx
UZpUkCZNusgyy0fBu8g2McePBWdIx1ajnZFmXl6tZmJfsG4kLHiWpLwqT7km7MaeRQ+dXN1Y8MH7WQoRQkjCNSHbi0uaZuLV1E89
gFHnEZ1XqIGzmJdID2XAzUrD7tekld86FovSqB7Qk+xsTAWyH9lQu0wgwGthNpmsruXlicXL9w/DGC74TRt434m4iEPFvjSqA+QA
+Q/ID1BLAQIUAxQAAAAIAMBjsVjUInUnrQAAAAEBAAANAAAAAAAAAAAAAACkAQAAAABjb21wb3Nlci5qc29uUEsBAhQDFAAAAAgA
wGOxWPKg1P9dAAAAigAAABAAAAAAAAAAAAAAAKQB2AAAAHJlZ2lzdHJhdGlvbi5waHBQSwECFAMUAAAAAADAY7FYAAAAAAAAAAAA
AAAABAAAAAAAAAAAAAAAgAFjAQAAZXRjL1BLAQIUAxQAAAAIAMBjsViBZAyiqwAAACQDAAAOAAAAAAAAAAAAAACkAYUBAABldGMv
bW9kdWxlLnhtbFBLBQYAAAAABAAEAOcAAABcAgAAAAA=
"""
    static let dataDescriptor = """
UEsDBBQACAAIAMBjsVgAAAAAAAAAAAAAAAANAAAAY29tcG9zZXIuanNvbjWPwQ6CMBBE73xF06OBguDJmxdvfoH10ECLjcDWbdEY
0n+3LbCnzc7My+ySkTB0EqOkZ0JFO8pyhG4eZKEAaL7KnbQtauM0TNF1BSAKkNxELycHpN597mcSZlyFulhRu/yRaDfEkdWs2e8o
37PGmFz2aKkwVPoCvpK7aljFDtRvATE7GEB0KaH0IG3Y7oHTa+tQxJ7MPA195IQai8UpGS/hOc5Dec4jlHqf+ewPUEsHCNQidSet
AAAAAQEAAFBLAwQUAAgACADAY7FYAAAAAAAAAAAAAAAAEAAAAHJlZ2lzdHJhdGlvbi5waHCzsS/IKOAqLU5V8E1MT80ryY9xK0rM
TS3PL8qOcc7PLcjPAwoiWEGp6ZnFJUWJRdZcXJiCVlZFYGZqkQY2SV9/l1AfVx0Fdcfk3NR4t/x8dR2F+HgXz6D4eE1rLgBQSwcI
8qDU/10AAACKAAAAUEsDBBQACAAAAMBjsVgAAAAAAAAAAAAAAAAEAAAAZXRjL1BLBwgAAAAAAAAAAAAAAABQSwMEFAAIAAgAwGOx
WAAAAAAAAAAAAAAAAA4AAABldGMvbW9kdWxlLnhtbO2POw6DMBBE+5zCch8MSWfxUZpUkCZNusgyy0fBu8g2McePBWdIx1ajnZFm
Xl6tZmJfsG4kLHiWpLwqT7km7MaeRQ+dXN1Y8MH7WQoRQkjCNSHbi0uaZuLV1E89gFHnEZ1XqIGzmJdID2XAzUrD7tekld86FovS
qB7Qk+xsTAWyH9lQu0wgwGthNpmsruXlicXL9w/DGC74TRt434m4iEPFvjSqA+QA+Q/ID1BLBwiBZAyiqwAAACQDAABQSwECFAMU
AAgACADAY7FY1CJ1J60AAAABAQAADQAAAAAAAAAAAAAApAEAAAAAY29tcG9zZXIuanNvblBLAQIUAxQACAAIAMBjsVjyoNT/XQAA
AIoAAAAQAAAAAAAAAAAAAACkAegAAAByZWdpc3RyYXRpb24ucGhwUEsBAhQDFAAIAAAAwGOxWAAAAAAAAAAAAAAAAAQAAAAAAAAA
AAAAAIABgwEAAGV0Yy9QSwECFAMUAAgACADAY7FYgWQMoqsAAAAkAwAADgAAAAAAAAAAAAAApAG1AQAAZXRjL21vZHVsZS54bWxQ
SwUGAAAAAAQABADnAAAAnAIAAAAA
"""
    static let comment = """
UEsDBBQAAAAIAMBjsVjUInUnrQAAAAEBAAANAAAAY29tcG9zZXIuanNvbjWPwQ6CMBBE73xF06OBguDJmxdvfoH10ECLjcDWbdEY
0n+3LbCnzc7My+ySkTB0EqOkZ0JFO8pyhG4eZKEAaL7KnbQtauM0TNF1BSAKkNxELycHpN597mcSZlyFulhRu/yRaDfEkdWs2e8o
37PGmFz2aKkwVPoCvpK7aljFDtRvATE7GEB0KaH0IG3Y7oHTa+tQxJ7MPA195IQai8UpGS/hOc5Dec4jlHqf+ewPUEsDBBQAAAAI
AMBjsVjyoNT/XQAAAIoAAAAQAAAAcmVnaXN0cmF0aW9uLnBocLOxL8go4CotTlXwTUxPzSvJj3ErSsxNLc8vyo5xzs8tyM8DCiJY
QanpmcUlRYlF1lxcmIJWVkVgZmqRBjZJX3+XUB9XHQV1x+Tc1Hi3/Hx1HYX4eBfPoPh4TWsuAFBLAwQUAAAAAADAY7FYAAAAAAAA
AAAAAAAABAAAAGV0Yy9QSwMEFAAAAAgAwGOxWIFkDKKrAAAAJAMAAA4AAABldGMvbW9kdWxlLnhtbO2POw6DMBBE+5zCch8MSWfx
UZpUkCZNusgyy0fBu8g2McePBWdIx1ajnZFmXl6tZmJfsG4kLHiWpLwqT7km7MaeRQ+dXN1Y8MH7WQoRQkjCNSHbi0uaZuLV1E89
gFHnEZ1XqIGzmJdID2XAzUrD7tekld86FovSqB7Qk+xsTAWyH9lQu0wgwGthNpmsruXlicXL9w/DGC74TRt434m4iEPFvjSqA+QA
+Q/ID1BLAQIUAxQAAAAIAMBjsVjUInUnrQAAAAEBAAANAAAAAAAAAAAAAACkAQAAAABjb21wb3Nlci5qc29uUEsBAhQDFAAAAAgA
wGOxWPKg1P9dAAAAigAAABAAAAAAAAAAAAAAAKQB2AAAAHJlZ2lzdHJhdGlvbi5waHBQSwECFAMUAAAAAADAY7FYAAAAAAAAAAAA
AAAABAAAAAAAAAAAAAAAgAFjAQAAZXRjL1BLAQIUAxQAAAAIAMBjsViBZAyiqwAAACQDAAAOAAAAAAAAAAAAAACkAYUBAABldGMv
bW9kdWxlLnhtbFBLBQYAAAAABAAEAOcAAABcAgAAYANQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNl
LiBQSwUGIGlzIG5vdCBhIHJlY29yZCBoZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQ
SwUGIGlzIG5vdCBhIHJlY29yZCBoZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUG
IGlzIG5vdCBhIHJlY29yZCBoZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlz
IG5vdCBhIHJlY29yZCBoZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlzIG5v
dCBhIHJlY29yZCBoZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlzIG5vdCBh
IHJlY29yZCBoZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlzIG5vdCBhIHJl
Y29yZCBoZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlzIG5vdCBhIHJlY29y
ZCBoZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlzIG5vdCBhIHJlY29yZCBo
ZXJlLiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlzIG5vdCBhIHJlY29yZCBoZXJl
LiBQYWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlzIG5vdCBhIHJlY29yZCBoZXJlLiBQ
YWNrYWdlZCBmb3IgdGhlIEFkb2JlIENvbW1lcmNlIE1hcmtldHBsYWNlLiBQSwUGIGlzIG5vdCBhIHJlY29yZCBoZXJlLiA=
"""
    static let subfolder = """
UEsDBBQAAAAAAMBjsVgAAAAAAAAAAAAAAAAJAAAAQWNtZV9Gb28vUEsDBBQAAAAIAMBjsVjUInUnrQAAAAEBAAAWAAAAQWNtZV9G
b28vY29tcG9zZXIuanNvbjWPwQ6CMBBE73xF06OBguDJmxdvfoH10ECLjcDWbdEY0n+3LbCnzc7My+ySkTB0EqOkZ0JFO8pyhG4e
ZKEAaL7KnbQtauM0TNF1BSAKkNxELycHpN597mcSZlyFulhRu/yRaDfEkdWs2e8o37PGmFz2aKkwVPoCvpK7aljFDtRvATE7GEB0
KaH0IG3Y7oHTa+tQxJ7MPA195IQai8UpGS/hOc5Dec4jlHqf+ewPUEsDBBQAAAAIAMBjsVjyoNT/XQAAAIoAAAAZAAAAQWNtZV9G
b28vcmVnaXN0cmF0aW9uLnBocLOxL8go4CotTlXwTUxPzSvJj3ErSsxNLc8vyo5xzs8tyM8DCiJYQanpmcUlRYlF1lxcmIJWVkVg
ZmqRBjZJX3+XUB9XHQV1x+Tc1Hi3/Hx1HYX4eBfPoPh4TWsuAFBLAwQUAAAACADAY7FYgWQMoqsAAAAkAwAAFwAAAEFjbWVfRm9v
L2V0Yy9tb2R1bGUueG1s7Y87DoMwEET7nMJyHwxJZ/FRmlSQJk26yDLLR8G7yDYxx48FZ0jHVqOdkWZeXq1mYl+wbiQseJakvCpP
uSbsxp5FD51c3VjwwftZChFCSMI1IduLS5pm4tXUTz2AUecRnVeogbOYl0gPZcDNSsPu16SV3zoWi9KoHtCT7GxMBbIf2VC7TCDA
a2E2mayu5eWJxcv3D8MYLvhNG3jfibiIQ8W+NKoD5AD5D8gPUEsBAhQDFAAAAAAAwGOxWAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAA
AIABAAAAAEFjbWVfRm9vL1BLAQIUAxQAAAAIAMBjsVjUInUnrQAAAAEBAAAWAAAAAAAAAAAAAACkAScAAABBY21lX0Zvby9jb21w
b3Nlci5qc29uUEsBAhQDFAAAAAgAwGOxWPKg1P9dAAAAigAAABkAAAAAAAAAAAAAAKQBCAEAAEFjbWVfRm9vL3JlZ2lzdHJhdGlv
bi5waHBQSwECFAMUAAAACADAY7FYgWQMoqsAAAAkAwAAFwAAAAAAAAAAAAAApAGcAQAAQWNtZV9Gb28vZXRjL21vZHVsZS54bWxQ
SwUGAAAAAAQABAAHAQAAfAIAAAAA
"""
    static let noComposer = """
UEsDBBQAAAAIAMBjsVjyoNT/XQAAAIoAAAAQAAAAcmVnaXN0cmF0aW9uLnBocLOxL8go4CotTlXwTUxPzSvJj3ErSsxNLc8vyo5x
zs8tyM8DCiJYQanpmcUlRYlF1lxcmIJWVkVgZmqRBjZJX3+XUB9XHQV1x+Tc1Hi3/Hx1HYX4eBfPoPh4TWsuAFBLAwQUAAAACADA
Y7FYgWQMoqsAAAAkAwAADgAAAGV0Yy9tb2R1bGUueG1s7Y87DoMwEET7nMJyHwxJZ/FRmlSQJk26yDLLR8G7yDYxx48FZ0jHVqOd
kWZeXq1mYl+wbiQseJakvCpPuSbsxp5FD51c3VjwwftZChFCSMI1IduLS5pm4tXUTz2AUecRnVeogbOYl0gPZcDNSsPu16SV3zoW
i9KoHtCT7GxMBbIf2VC7TCDAa2E2mayu5eWJxcv3D8MYLvhNG3jfibiIQ8W+NKoD5AD5D8gPUEsBAhQDFAAAAAgAwGOxWPKg1P9d
AAAAigAAABAAAAAAAAAAAAAAAKQBAAAAAHJlZ2lzdHJhdGlvbi5waHBQSwECFAMUAAAACADAY7FYgWQMoqsAAAAkAwAADgAAAAAA
AAAAAAAApAGLAAAAZXRjL21vZHVsZS54bWxQSwUGAAAAAAIAAgB6AAAAYgEAAAAA
"""
    static let invalidJSON = """
UEsDBBQAAAAIAMBjsVhfSqelNAAAADgAAAANAAAAY29tcG9zZXIuanNvbqvmUgACpbzE3FQlKwWlxOTcVP3c/JTSnFTdtPx8JR2w
dFlqUXFmfh5Q3lDPSM9YiauWCwBQSwMEFAAAAAgAwGOxWPKg1P9dAAAAigAAABAAAAByZWdpc3RyYXRpb24ucGhws7EvyCjgKi1O
VfBNTE/NK8mPcStKzE0tzy/KjnHOzy3IzwMKIlhBqemZxSVFiUXWXFyYglZWRWBmapEGNklff5dQH1cdBXXH5NzUeLf8fHUdhfh4
F8+g+HhNay4AUEsBAhQDFAAAAAgAwGOxWF9Kp6U0AAAAOAAAAA0AAAAAAAAAAAAAAKQBAAAAAGNvbXBvc2VyLmpzb25QSwECFAMU
AAAACADAY7FY8qDU/10AAACKAAAAEAAAAAAAAAAAAAAApAFfAAAAcmVnaXN0cmF0aW9uLnBocFBLBQYAAAAAAgACAHkAAADqAAAA
AAA=
"""
    static let bomb = """
UEsDBBQAAAAIAMBjsVjUInUnrQAAAAEBAAANAAAAY29tcG9zZXIuanNvbjWPwQ6CMBBE73xF06OBguDJmxdvfoH10ECLjcDWbdEY
0n+3LbCnzc7My+ySkTB0EqOkZ0JFO8pyhG4eZKEAaL7KnbQtauM0TNF1BSAKkNxELycHpN597mcSZlyFulhRu/yRaDfEkdWs2e8o
37PGmFz2aKkwVPoCvpK7aljFDtRvATE7GEB0KaH0IG3Y7oHTa+tQxJ7MPA195IQai8UpGS/hOc5Dec4jlHqf+ewPUEsDBBQAAAAI
AMBjsVgc6jinCQQAAAAAEAAJAAAAemVyb3MuYmlu7cExAQAAAMKg9U9tCF+gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAA+A1BLAQIUAxQAAAAIAMBjsVjUInUnrQAAAAEBAAANAAAAAAAAAAAAAACkAQAAAABjb21wb3Nlci5qc29uUEsB
AhQDFAAAAAgAwGOxWBzqOKcJBAAAAAAQAAkAAAAAAAAAAAAAAKQB2AAAAHplcm9zLmJpblBLBQYAAAAAAgACAHIAAAAIBQAAAAA=
"""
    static let infoZip = """
UEsDBBQAAAAIAMBjsVjUInUnrQAAAAEBAAANABwAY29tcG9zZXIuanNvblVUCQADyE1HZshNR2Z1eAsAAQQAAAAABAAAAAA1j8EO
gjAQRO98RdOjgYLgyZsXb36B9dBAi43A1m3RGNJ/ty2wp83OzMvskpEwdBKjpGdCRTvKcoRuHmShAGi+yp20LWrjNEzRdQUgCpDc
RC8nB6Tefe5nEmZchbpYUbv8kWg3xJHVrNnvKN+zxphc9mipMFT6Ar6Su2pYxQ7UbwExOxhAdCmh9CBt2O6B02vrUMSezDwNfeSE
GovFKRkv4TnOQ3nOI5R6n/nsD1BLAwQKAAAAAADAY7FYAAAAAAAAAAAAAAAABAAcAGV0Yy9VVAkAA8hNR2Y2BARrdXgLAAEEAAAA
AAQAAAAAUEsDBBQAAAAIAMBjsViBZAyiqwAAACQDAAAOABwAZXRjL21vZHVsZS54bWxVVAkAA8hNR2bITUdmdXgLAAEEAAAAAAQA
AAAA7Y87DoMwEET7nMJyHwxJZ/FRmlSQJk26yDLLR8G7yDYxx48FZ0jHVqOdkWZeXq1mYl+wbiQseJakvCpPuSbsxp5FD51c3Vjw
wftZChFCSMI1IduLS5pm4tXUTz2AUecRnVeogbOYl0gPZcDNSsPu16SV3zoWi9KoHtCT7GxMBbIf2VC7TCDAa2E2mayu5eWJxcv3
D8MYLvhNG3jfibiIQ8W+NKoD5AD5D8gPUEsBAh4DFAAAAAgAwGOxWNQidSetAAAAAQEAAA0AGAAAAAAAAQAAAKSBAAAAAGNvbXBv
c2VyLmpzb25VVAUAA8hNR2Z1eAsAAQQAAAAABAAAAABQSwECHgMKAAAAAADAY7FYAAAAAAAAAAAAAAAABAAYAAAAAAAAABAA7UH0
AAAAZXRjL1VUBQADyE1HZnV4CwABBAAAAAAEAAAAAFBLAQIeAxQAAAAIAMBjsViBZAyiqwAAACQDAAAOABgAAAAAAAEAAACkgTIB
AABldGMvbW9kdWxlLnhtbFVUBQADyE1HZnV4CwABBAAAAAAEAAAAAFBLBQYAAAAAAwADAPEAAAAlAgAAAAA=
"""
}
