import Foundation
import XCTest
import Formats

final class InflateTests: XCTestCase {
    // MARK: Streams made by zlib (python3 zlib.compressobj, wbits -15)

    func testStoredBlockFromLevel0() throws {
        XCTAssertEqual(try inflate(InflateFixtures.hello0), Array(InflateFixtures.helloText.utf8))
    }

    func testFixedHuffmanBlocks() throws {
        XCTAssertEqual(try inflate(InflateFixtures.hello1), Array(InflateFixtures.helloText.utf8))
        XCTAssertEqual(try inflate(InflateFixtures.textFixed), fixtureBytes(InflateFixtures.textBase64))
    }

    func testDynamicHuffmanBlocksAtLevels1To9() throws {
        let text = fixtureBytes(InflateFixtures.textBase64)
        for stream in [InflateFixtures.text1, InflateFixtures.text6, InflateFixtures.text9] {
            XCTAssertEqual(try inflate(stream), text)
        }
    }

    func testIncompressibleBytesStoredByZlib() throws {
        XCTAssertEqual(try inflate(InflateFixtures.random9), fixtureBytes(InflateFixtures.randomBytesBase64))
    }

    /// 100 KB: 4 KiB of noise, 28 KB of numbered lines, the same noise again (a back-reference
    /// about 32 KB long), then more lines. `big9small` is many small blocks with a sync flush.
    func testMultiBlockStreamsWithLongBackReferences() throws {
        let expected = bigInput()
        XCTAssertEqual(expected.count, 100_032)
        XCTAssertEqual(CRC32.checksum(expected), 0xE33F_6E22)
        XCTAssertEqual(try inflate(InflateFixtures.big6), expected)
        XCTAssertEqual(try inflate(InflateFixtures.big9small), expected)
    }

    func testHandBuiltStoredBlocksOver64KiB() throws {
        let data = bigInput() + bigInput()
        var stream: [UInt8] = []
        var start = 0
        while start < data.count {
            let end = min(start + 0xFFFF, data.count)
            let length = end - start
            stream += [end == data.count ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8),
                       UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            stream += data[start..<end]
            if start == 0 { stream += [0, 0, 0, 0xFF, 0xFF] }  // an empty stored block
            start = end
        }
        XCTAssertEqual(try Inflate.decompress(stream, maxOutput: 1 << 20), data)
    }

    func testBytesAfterTheFinalBlockAreIgnored() throws {
        let stream = fixtureBytes(InflateFixtures.text6) + Array("trailing data".utf8)
        XCTAssertEqual(try Inflate.decompress(stream, maxOutput: 1 << 20), fixtureBytes(InflateFixtures.textBase64))
        let offsetSlice = (Array("xyz".utf8) + stream)[3...]
        XCTAssertEqual(try Inflate.decompress(offsetSlice, maxOutput: 1 << 20), fixtureBytes(InflateFixtures.textBase64))
    }

    func testOutputLimit() throws {
        let stream = fixtureBytes(InflateFixtures.big6)
        XCTAssertEqual(try Inflate.decompress(stream, maxOutput: 100_032).count, 100_032)
        XCTAssertThrowsError(try Inflate.decompress(stream, maxOutput: 100_031)) { error in
            XCTAssertEqual(error as? ZipError, ZipError("deflate: output exceeds the limit of 100031 bytes"))
        }
        XCTAssertThrowsError(try Inflate.decompress(stream, maxOutput: 0))

        var w = DeflateBitWriter()
        w.fixedBlockHeader(final: true)
        w.fixedLiteral(UInt8(ascii: "a"))
        w.fixedLength(symbol: 256)
        XCTAssertEqual(try Inflate.decompress(w.bytes, maxOutput: 1), Array("a".utf8))
        XCTAssertThrowsError(try Inflate.decompress(w.bytes, maxOutput: 0))
        XCTAssertThrowsError(try Inflate.decompress(w.bytes, maxOutput: -1))
    }

    // MARK: Hand-built streams

    func testOverlappingBackReferenceRepeatsTheLastBytes() throws {
        var w = DeflateBitWriter()
        w.fixedBlockHeader(final: true)
        w.fixedLiteral(UInt8(ascii: "a"))
        w.fixedLiteral(UInt8(ascii: "b"))
        w.fixedLength(symbol: 264)  // length 10
        w.writeCode(1, length: 5)  // distance symbol 1: distance 2
        w.fixedLength(symbol: 256)
        XCTAssertEqual(try Inflate.decompress(w.bytes, maxOutput: 100), Array("abababababab".utf8))
    }

    func testSingleOneBitDistanceCodeIsAllowed() throws {
        // Literal/length code: 'a' = 0, end of block = 10, length 3 = 11; one distance code "0".
        var literals = [UInt8](repeating: 0, count: 258)
        literals[97] = 1
        literals[256] = 2
        literals[257] = 2
        var w = DeflateBitWriter()
        w.dynamicHeader(literalLengths: literals, distanceLengths: [1])
        w.writeCode(0, length: 1)
        w.writeCode(3, length: 2)
        w.writeCode(0, length: 1)
        w.writeCode(2, length: 2)
        XCTAssertEqual(try Inflate.decompress(w.bytes, maxOutput: 100), Array("aaaa".utf8))
    }

    func testEmptyDistanceCodeIsAllowedForLiteralsOnly() throws {
        var literals = [UInt8](repeating: 0, count: 257)
        literals[97] = 1
        literals[256] = 1
        var w = DeflateBitWriter()
        w.dynamicHeader(literalLengths: literals, distanceLengths: [0])
        w.writeCode(0, length: 1)
        w.writeCode(0, length: 1)
        w.writeCode(1, length: 1)
        XCTAssertEqual(try Inflate.decompress(w.bytes, maxOutput: 100), Array("aa".utf8))
    }

    func testLongCodesBeyondTheLookupTable() throws {
        // A complete code with lengths 1, 2, ..., 14, 15, 15: symbols 0...14 and 256.
        var literals = [UInt8](repeating: 0, count: 257)
        for symbol in 0..<14 { literals[symbol] = UInt8(symbol + 1) }
        literals[14] = 15
        literals[256] = 15
        let codes = canonicalHuffmanCodes(literals)
        var w = DeflateBitWriter()
        w.dynamicHeader(literalLengths: literals, distanceLengths: [0])
        let message: [UInt8] = [14, 0, 13, 12, 1, 14, 11, 10]
        for symbol in message { w.writeCode(codes[Int(symbol)], length: Int(literals[Int(symbol)])) }
        w.writeCode(codes[256], length: 15)
        XCTAssertEqual(try Inflate.decompress(w.bytes, maxOutput: 100), message)
    }

    // MARK: Invalid streams

    func testInvalidBlockType() {
        assertInflateError([0x07], "deflate: invalid block type 3")
    }

    func testEmptyInputIsTruncated() {
        assertInflateError([], "deflate: the compressed data ends early")
    }

    func testStoredLengthComplementMismatch() {
        assertInflateError([0x01, 0x05, 0x00, 0x00, 0x00], "deflate: stored block length does not match its complement")
        assertInflateError([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x41], "deflate: the compressed data ends early")
    }

    func testOverSubscribedCodeLengthCode() {
        var w = DeflateBitWriter()
        w.write(1, bits: 1)
        w.write(2, bits: 2)
        w.write(0, bits: 5)
        w.write(0, bits: 5)
        w.write(0, bits: 4)  // four code length code lengths, all 1
        for _ in 0..<4 { w.write(1, bits: 3) }
        assertInflateError(w.bytes, "deflate: over-subscribed code length code")
    }

    func testIncompleteCodeLengthCode() {
        var w = DeflateBitWriter()
        w.write(1, bits: 1)
        w.write(2, bits: 2)
        w.write(0, bits: 5)
        w.write(0, bits: 5)
        w.write(0, bits: 4)
        for length in [0, 0, 0, 2] { w.write(length, bits: 3) }
        assertInflateError(w.bytes, "deflate: incomplete code length code")
    }

    func testOverSubscribedLiteralCode() {
        var w = DeflateBitWriter()
        w.dynamicHeader(literalLengths: [UInt8](repeating: 1, count: 257), distanceLengths: [1])
        assertInflateError(w.bytes, "deflate: over-subscribed literal/length code")
    }

    func testIncompleteLiteralCode() {
        var literals = [UInt8](repeating: 0, count: 257)
        literals[0] = 2
        literals[256] = 2
        var w = DeflateBitWriter()
        w.dynamicHeader(literalLengths: literals, distanceLengths: [1])
        assertInflateError(w.bytes, "deflate: incomplete literal/length code")
    }

    func testMissingEndOfBlockCode() {
        var literals = [UInt8](repeating: 0, count: 257)
        literals[0] = 1
        literals[1] = 1
        var w = DeflateBitWriter()
        w.dynamicHeader(literalLengths: literals, distanceLengths: [1])
        assertInflateError(w.bytes, "deflate: dynamic block has no end-of-block code")
    }

    func testTooManyLengthCodes() {
        var w = DeflateBitWriter()
        w.write(1, bits: 1)
        w.write(2, bits: 2)
        w.write(30, bits: 5)
        w.write(0, bits: 5)
        w.write(0, bits: 4)
        assertInflateError(w.bytes, "deflate: too many length or distance codes")
    }

    func testRepeatWithNoPreviousLength() {
        var w = DeflateBitWriter()
        w.write(1, bits: 1)
        w.write(2, bits: 2)
        w.write(0, bits: 5)
        w.write(0, bits: 5)
        w.write(0, bits: 4)
        for length in [1, 0, 0, 1] { w.write(length, bits: 3) }  // symbols 16 and 0
        w.writeCode(1, length: 1)  // symbol 16 first
        w.write(0, bits: 2)
        assertInflateError(w.bytes, "deflate: code length repeat with no previous length")
    }

    func testDistanceBeforeTheStartOfOutput() {
        var w = DeflateBitWriter()
        w.fixedBlockHeader(final: true)
        w.fixedLiteral(UInt8(ascii: "a"))
        w.fixedLength(symbol: 257)
        w.writeCode(1, length: 5)  // distance 2, but only 1 byte is out
        w.fixedLength(symbol: 256)
        assertInflateError(w.bytes, "deflate: distance 2 reaches before the start of the output")
        // zlib with a preset dictionary refers into the dictionary, which raw DEFLATE lacks.
        XCTAssertThrowsError(try inflate(InflateFixtures.presetDictionary))
    }

    func testInvalidFixedCodeSymbols() {
        var w = DeflateBitWriter()
        w.fixedBlockHeader(final: true)
        w.fixedLiteral(UInt8(ascii: "a"))
        w.fixedLength(symbol: 286)
        assertInflateError(w.bytes, "deflate: invalid length symbol 286")

        var v = DeflateBitWriter()
        v.fixedBlockHeader(final: true)
        v.fixedLiteral(UInt8(ascii: "a"))
        v.fixedLength(symbol: 257)
        v.writeCode(30, length: 5)
        assertInflateError(v.bytes, "deflate: invalid distance symbol 30")
    }

    func testEveryTruncationThrows() {
        for fixture in [InflateFixtures.hello0, InflateFixtures.hello1, InflateFixtures.text6, InflateFixtures.random9] {
            let stream = fixtureBytes(fixture)
            for length in 0..<stream.count {
                XCTAssertThrowsError(try Inflate.decompress(stream[..<length], maxOutput: 1 << 20), "prefix \(length)")
            }
        }
    }

    func testRandomCorruptionReturnsOrThrows() {
        var random = SplitMix64(seed: 0x5EED)
        let original = fixtureBytes(InflateFixtures.text6)
        var failures = 0
        for _ in 0..<2_000 {
            var stream = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                stream[Int.random(in: 0..<stream.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            }
            do {
                let output = try Inflate.decompress(stream, maxOutput: 1 << 16)
                XCTAssertLessThanOrEqual(output.count, 1 << 16)
            } catch {
                XCTAssertTrue(error is ZipError)
                failures += 1
            }
        }
        XCTAssertGreaterThan(failures, 0)
    }

    // MARK: Helpers

    private func inflate(_ base64: String) throws -> [UInt8] {
        try Inflate.decompress(fixtureBytes(base64), maxOutput: 1 << 20)
    }

    private func assertInflateError(_ stream: [UInt8], _ message: String, line: UInt = #line) {
        XCTAssertThrowsError(try Inflate.decompress(stream, maxOutput: 1 << 20), line: line) { error in
            XCTAssertEqual((error as? ZipError)?.message, message, line: line)
        }
    }

    /// The test input of the `big` fixtures, generated exactly as gen_inflate.py did.
    private func bigInput() -> [UInt8] {
        var state: UInt64 = 2024
        var out: [UInt8] = []
        for _ in 0..<4096 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        let noise = out
        var line = 0
        func appendLines(until count: Int) {
            while out.count < count {
                let number = String(line)
                out += Array(("line " + String(repeating: "0", count: 5 - number.count) + number
                    + ": the quick brown fox jumps over the lazy dog\n").utf8)
                line += 1
            }
        }
        appendLines(until: 4096 + 28000)
        out += noise
        appendLines(until: 100_000)
        return out
    }
}

/// Writes a DEFLATE bit stream: values least significant bit first, Huffman codes most
/// significant bit first (RFC 1951 section 3.1.1).
private struct DeflateBitWriter {
    var bytes: [UInt8] = []
    var bitCount = 0

    mutating func write(_ value: Int, bits: Int) {
        for i in 0..<bits {
            if bitCount % 8 == 0 { bytes.append(0) }
            if value >> i & 1 == 1 { bytes[bytes.count - 1] |= UInt8(1 << (bitCount % 8)) }
            bitCount += 1
        }
    }

    mutating func writeCode(_ code: Int, length: Int) {
        for i in stride(from: length - 1, through: 0, by: -1) { write(code >> i & 1, bits: 1) }
    }

    mutating func fixedBlockHeader(final: Bool) {
        write(final ? 1 : 0, bits: 1)
        write(1, bits: 2)
    }

    mutating func fixedLiteral(_ byte: UInt8) { fixedLength(symbol: Int(byte)) }

    /// Section 3.2.6's fixed literal/length code.
    mutating func fixedLength(symbol: Int) {
        switch symbol {
        case 0...143: writeCode(0x30 + symbol, length: 8)
        case 144...255: writeCode(0x190 + symbol - 144, length: 9)
        case 256...279: writeCode(symbol - 256, length: 7)
        default: writeCode(0xC0 + symbol - 280, length: 8)
        }
    }

    /// A final dynamic block header whose code length code gives symbols 0...15 four bits
    /// each, so every code length is written as itself.
    mutating func dynamicHeader(literalLengths: [UInt8], distanceLengths: [UInt8]) {
        write(1, bits: 1)
        write(2, bits: 2)
        write(literalLengths.count - 257, bits: 5)
        write(distanceLengths.count - 1, bits: 5)
        write(19 - 4, bits: 4)
        for symbol in [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15] {
            write(symbol < 16 ? 4 : 0, bits: 3)
        }
        for length in literalLengths + distanceLengths { writeCode(Int(length), length: 4) }
    }
}

/// Canonical Huffman codes for the given lengths (RFC 1951 section 3.2.2).
private func canonicalHuffmanCodes(_ lengths: [UInt8]) -> [Int] {
    var counts = [Int](repeating: 0, count: 16)
    for length in lengths where length > 0 { counts[Int(length)] += 1 }
    var next = [Int](repeating: 0, count: 16)
    var code = 0
    for bits in 1..<16 {
        code = (code + counts[bits - 1]) << 1
        next[bits] = code
    }
    return lengths.map { length in
        guard length > 0 else { return 0 }
        defer { next[Int(length)] += 1 }
        return next[Int(length)]
    }
}

/// A seeded generator so the corruption test is the same on every run.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private func fixtureBytes(_ base64: String) -> [UInt8] {
    [UInt8](Data(base64Encoded: base64, options: .ignoreUnknownCharacters)!)
}

/// Made by python3 zlib (raw streams, wbits -15); see each test for what they exercise.
private enum InflateFixtures {
    static let helloText = "Hello, DEFLATE! Hello, DEFLATE! Stored, fixed and dynamic blocks.\n"
    static let textBase64 = """
ewogICAgIm5hbWUiOiAiYWNtZS9tb2R1bGUtZm9vIiwKICAgICJkZXNjcmlwdGlvbiI6ICJBIE1hZ2VudG8gMiBleHRlbnNpb24i
LAogICAgInR5cGUiOiAibWFnZW50bzItbW9kdWxlIiwKICAgICJ2ZXJzaW9uIjogIjEuMi4zIiwKICAgICJsaWNlbnNlIjogWyJP
U0wtMy4wIiwgIkFGTC0zLjAiXSwKICAgICJyZXF1aXJlIjogewogICAgICAgICJwaHAiOiAifjguMS4wfHx+OC4yLjB8fH44LjMu
MCIsCiAgICAgICAgIm1hZ2VudG8vZnJhbWV3b3JrIjogIjEwMy4wLioiLAogICAgICAgICJtYWdlbnRvL21vZHVsZS1jYXRhbG9n
IjogIjEwNC4wLioiLAogICAgICAgICJtYWdlbnRvL21vZHVsZS1jaGVja291dCI6ICIxMDAuNC4qIgogICAgfSwKICAgICJhdXRv
bG9hZCI6IHsKICAgICAgICAiZmlsZXMiOiBbInJlZ2lzdHJhdGlvbi5waHAiXSwKICAgICAgICAicHNyLTQiOiB7IkFjbWVcXEZv
b1xcIjogIiJ9CiAgICB9Cn0KewogICAgIm5hbWUiOiAiYWNtZS9tb2R1bGUtZm9vIiwKICAgICJkZXNjcmlwdGlvbiI6ICJBIE1h
Z2VudG8gMiBleHRlbnNpb24iLAogICAgInR5cGUiOiAibWFnZW50bzItbW9kdWxlIiwKICAgICJ2ZXJzaW9uIjogIjEuMi4zIiwK
ICAgICJsaWNlbnNlIjogWyJPU0wtMy4wIiwgIkFGTC0zLjAiXSwKICAgICJyZXF1aXJlIjogewogICAgICAgICJwaHAiOiAifjgu
MS4wfHx+OC4yLjB8fH44LjMuMCIsCiAgICAgICAgIm1hZ2VudG8vZnJhbWV3b3JrIjogIjEwMy4wLioiLAogICAgICAgICJtYWdl
bnRvL21vZHVsZS1jYXRhbG9nIjogIjEwNC4wLioiLAogICAgICAgICJtYWdlbnRvL21vZHVsZS1jaGVja291dCI6ICIxMDAuNC4q
IgogICAgfSwKICAgICJhdXRvbG9hZCI6IHsKICAgICAgICAiZmlsZXMiOiBbInJlZ2lzdHJhdGlvbi5waHAiXSwKICAgICAgICAi
cHNyLTQiOiB7IkFjbWVcXEZvb1xcIjogIiJ9CiAgICB9Cn0KewogICAgIm5hbWUiOiAiYWNtZS9tb2R1bGUtZm9vIiwKICAgICJk
ZXNjcmlwdGlvbiI6ICJBIE1hZ2VudG8gMiBleHRlbnNpb24iLAogICAgInR5cGUiOiAibWFnZW50bzItbW9kdWxlIiwKICAgICJ2
ZXJzaW9uIjogIjEuMi4zIiwKICAgICJsaWNlbnNlIjogWyJPU0wtMy4wIiwgIkFGTC0zLjAiXSwKICAgICJyZXF1aXJlIjogewog
ICAgICAgICJwaHAiOiAifjguMS4wfHx+OC4yLjB8fH44LjMuMCIsCiAgICAgICAgIm1hZ2VudG8vZnJhbWV3b3JrIjogIjEwMy4w
LioiLAogICAgICAgICJtYWdlbnRvL21vZHVsZS1jYXRhbG9nIjogIjEwNC4wLioiLAogICAgICAgICJtYWdlbnRvL21vZHVsZS1j
aGVja291dCI6ICIxMDAuNC4qIgogICAgfSwKICAgICJhdXRvbG9hZCI6IHsKICAgICAgICAiZmlsZXMiOiBbInJlZ2lzdHJhdGlv
bi5waHAiXSwKICAgICAgICAicHNyLTQiOiB7IkFjbWVcXEZvb1xcIjogIiJ9CiAgICB9Cn0K
"""
    static let randomBytesBase64 = """
pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p/tqg7ui5mX9cfCmZ/a/lkyU81lSvTfrXFCegrrP+6SMvivIh
H57kkcWxC+y1Vjv8Hm+TQn7LyP4pVeXNjkbcjtS3wnZNKlpNdncG+F2GkAJK1r2jQBvpyMvMyTX2zR9hImrhUziuGjQATTO6DSRq
wEyBsbryPjv57vX3nytJNK+H9VILablLDZguhbtVtnKocmN6zXRm/LYODo/xhGOw5LK6KXA0dPBkrGj3APWwKz3GZvRb3qosyu3N
K1FXQQ5N7krys09DCgc0R95jbA6AbJV7poTWQx+16tdCTQnhXQJMWEjyPR+m9zYdf2GNFTLnDiDipmaN5/R+hGflRtU+yOKhJXvb
JWybPk+7SYFG73Awy/lTclLczq3XZLajL7sJrerhCcSplyA5dTUrh4sUXIpC2ITPTP2nLY4dXdkliQgthSpxIoc+6AWt1YlCFno4
UoYZXGefnGmU5FuKsQmAEgcJYfN95Dbd/cmdbnWvZUfPsRtCBySC3FMcK8OQfJYX615QieQBhrqopX0Rnm+2XQCrwyrzjmZ/Ai6H
LUnMFckLmZt3K0/Hpv1MkUoW20cIdSsPFUS4NcDnGQl9+ocB6SMvIfKBJod4aXbr/MMn9ZMXZSdLqYKbRAb2H/iJMm/6lJLt7u48
Zp8r8giU6ifmicZrayYuSIa4Q485unb++MkMUQH75s+aSNWwwKE9qQCmrcs9ZAaUgb4hyccnuNuMGI80GpJMf4jfoWG/2w7MaCkZ
"""
    static let hello0 = """
AUIAvf9IZWxsbywgREVGTEFURSEgSGVsbG8sIERFRkxBVEUhIFN0b3JlZCwgZml4ZWQgYW5kIGR5bmFtaWMgYmxvY2tzLgo=
"""
    static let hello1 = """
80jNycnXUXBxdfNxDHFVVPBA4weX5BelpugopGVWpKYoJOalKKRU5iXmZiYrJOXkJ2cX63EBAA==
"""
    static let text1 = """
7ZM9b4MwEIZ3fgXyWAUHCEPVLUumVh06hg6WOYgV4Kgx/VBCf3vPH6gdKnXsAouR77n33vPpLlFMH+tFB+wuZkJ2sO2wmlpIakS2
8eEKRqnVYBT2ltrHD6KB3mCcx/BuoB9tILDmY3BSnUfyxMst4VfQjiaZjOd8t9y3SpKOzTyyx6f7ZMdTtqFSB//7HNQ1vExKW+zi
rDn3w2mwtj5vecbT65XOPJxO5RsMnra1pn7fUJ9tWpYSxW+CESe4cOElpDCixcbDxV/wCeQZJ+PplBck7RzMoQUxGWxRVAT86KFW
LYx0dWQaGjUaLexrc9ta6N23OuqksJlsT6MqywNiWdpSbPZFojnyqutM15mue+p37tel/vc9/QI=
"""
    static let text6 = """
7ZE7T8MwFIX3/ArLI2rcNM2A2Lp0AjEwkg5WcpNaTXKN7fBQGn47flWAhMTaIV5s3fv5XB+fKSF20YH3QO8I5VUP6x7rsYO0QaSr
0K5BV0pII3Bw1I488BYGgyQn8G5g0K4RWfMhvVQfkDwNcpf2KygdZTYsZ9tLvROV1XE3n+nj0326ZRld2VH7cDxETMHLKJTDJl/w
RXmUTu/zlm1Ydj7bPY+7V/kG45vWjbJ+31Cd/DMyS7Gbv7j4ExU3vMM2wMV/8BGqE44m0BkrLO3hOVrgo8EOef3bQyM60N69glZo
o7j7beasHX4Mk1qlhbtJdzaqstwjlqUbRecwJJmTacl0yXTJ9Ooz/QI=
"""
    static let text9 = """
7ZE7T8MwFIX3/ArLI2rcNM2A2Lp0AjEwkg5WcpNaTXKN7fBQGn47flWAhMTaIV5s3fv5XB+fKSF20YH3QO8I5VUP6x7rsYO0QaSr
0K5BV0pII3Bw1I488BYGgyQn8G5g0K4RWfMhvVQfkDwNcpf2KygdZTYsZ9tLvROV1XE3n+nj0326ZRld2VH7cDxETMHLKJTDJl/w
RXmUTu/zlm1Ydj7bPY+7V/kG45vWjbJ+31Cd/DMyS7Gbv7j4ExU3vMM2wMV/8BGqE44m0BkrLO3hOVrgo8EOef3bQyM60N69glZo
o7j7beasHX4Mk1qlhbtJdzaqstwjlqUbRecwJJmTacl0yXTJ9Ooz/QI=
"""
    static let random9 = """
AVgCp/2lTcoYJTC7HW0TLN7WI3su2R4/ch/LGXEXRJTWSTydXDRgvjEgHmn+2qDu6LmZf1x8KZn9r+WTJTzWVK9N+tcUJ6Cus/7p
Iy+K8iEfnuSRxbEL7LVWO/web5NCfsvI/ilV5c2ORtyO1LfCdk0qWk12dwb4XYaQAkrWvaNAG+nIy8zJNfbNH2EiauFTOK4aNABN
M7oNJGrATIGxuvI+O/nu9fefK0k0r4f1UgtpuUsNmC6Fu1W2cqhyY3rNdGb8tg4Oj/GEY7DksropcDR08GSsaPcA9bArPcZm9Fve
qizK7c0rUVdBDk3uSvKzT0MKBzRH3mNsDoBslXumhNZDH7Xq10JNCeFdAkxYSPI9H6b3Nh1/YY0VMucOIOKmZo3n9H6EZ+VG1T7I
4qEle9slbJs+T7tJgUbvcDDL+VNyUtzOrddktqMvuwmt6uEJxKmXIDl1NSuHixRcikLYhM9M/actjh1d2SWJCC2FKnEihz7oBa3V
iUIWejhShhlcZ5+caZTkW4qxCYASBwlh833kNt39yZ1uda9lR8+xG0IHJILcUxwrw5B8lhfrXlCJ5AGGuqilfRGeb7ZdAKvDKvOO
Zn8CLoctScwVyQuZm3crT8em/UyRShbbRwh1Kw8VRLg1wOcZCX36hwHpIy8h8oEmh3hpduv8wyf1kxdlJ0upgptEBvYf+Ikyb/qU
ku3u7jxmnyvyCJTqJ+aJxmtrJi5IhrhDjzm6dv74yQxRAfvmz5pI1bDAoT2pAKatyz1kBpSBviHJxye424wYjzQakkx/iN+hYb/b
DsxoKRk=
"""
    static let textFixed = """
q+ZSAAKlvMTcVCUrBaXE5NxU/dz8lNKcVN20/HwlHYh0SmpxclFmQUlmfh5IlaOCb2J6al5JvoKRQmpFSWpeMUgCqraksgBsVC5E
iZEuxDiYdFlqUTHUGEM9Iz1jmHhOZjLQHJDOaCX/YB9dYz0DJR2gVW4QZixUWVFqYWlmEUhZNVgALFiQUQAyr85Cz1DPoKYGSBtB
abApCIVQN+mnFQH9W55flA12hgFQlZ4WNnXQkEhOLEnMyU+HKDYhpDgjNTk7v7QEotpAzwSoGqy4FuqFxNKS/Jz8xBRUP6Rl5qQW
g31flJqeWVxSlAgKbT2Q12KRLCsoLtI1AelUcgRGVUyMW35+TAzIKqVaiCVctVzVo3E6GqejcTro4xQA
"""
    static let presetDictionary = """
I0oRAA==
"""
    static let big6 = """
7d1XeM53/P9xWmpE7F009h6f9R0EEWo2QRBij6AJESv2rBXVqBmjgiIVBLWaomKUill7SxSx9ybG7/7/D/7nv+fp3316X+/rug+e
R4/rdV+fU8MaF/hxeSYR9zBi0Qn1/OF4N3p6zfqLY1f5zw3wuha2LaVSgzJpBRu1rbepQ+WCs44eGJLpt8QuSfHWgagA0/eH28XH
BVW4dHpeyazvGpbfPC2uTrPySw98OT3az0T9u6br1qNFh6Xf2z4lafX2Y63Klfvx+b89j94ZcqzOzfV5c41peHre3Tsjb4VfyYjp
OO9o/dbRF8SXWXbtnRFxNq5y2ujOKd2qFR6xwywsfKVKrnqZfE7f21N8/Nz9aY22F+93JdewMQWevdiU7XKnovNrbG5761uvHW2W
VjzQY+KHxFIXanaMrLL3izyuf3rfhBLZvwrK1j4k/W5Y8tHZV796X9e72YDFb3qPvflPk5yJzpRSGV+8Kb8psui5bOmJ/aw6cR2j
ar7IlPteUlN7ZcS7K89f11k9e3nfiX6XGy/vLVqX2TIhtJbrPdh7UOlZpYcWDBixPHeztwfKLpoVEhWduqPJ45K7nlRpM6nBvRFi
aJYRvds+b/o85cmzDedL5fg2vPHwWxvnlfy1WetObSfUihsVMbTD2Wc579Zqfshun+vS2FxfyRQ7pEatUlvvFC6Sc2Zy/hx7pq3+
lPa62ImIfG5A+wT/R3ZUauMZ9+b0SEovdFdXGNOxeYBP1sE72lXMetu3cs/9P5tKk3I+KtYmXueO2vip8KYDV2+crr96UJv2S7v5
Vhpao83WVy9ej6tQpdWgLMU+FooOuJQS2OiLeX8nhx0aM7JafP7n/Yv1Cn66cfLGhVWabfo0qURG03cfXl36pXRkyLA3i8I36ELR
p7tnDejw7cTCLYLWjXvurLm8ZcXh4AU/fXd1Y8KF7TPL7Dxdc1af7bGbv77mvF+T3K1hldqvtv1z4OYPZ+q7Y62n7Se+fZ70/K/O
4zOnLYu8NWDq4Nxv03b4LYi/0PKvL7eIakNSC/UP3vfy0m3ffWdHV62w7sz+/0qu3Gr/kL3IzmcFJvjvqFYza/evhmUJrrty56OY
WePa+MS++eno0ubn+kRWLjqgRujb3DNWf3+vXYL6sWW7vw+2ydOvaLaYLEuz1LmStbrvzOCew6rnv7IzenmjAp7fNvpC6H/zO6Ue
7RzVLXpLs+MZX9x/W/9V8O/bnDN7CtXO2eH4FyEn8+TdtWdAwpUHGxdWXa/nfLmi9fv6qXtjZiTOCZ+YMGtm9zJutq2jMycn7K94
veeAfbpvr+fxBX5OCdv7X6YQ07Tiy20vnottL0MyYmfPeRj99dBsvZrUyRe2tuS7Ebtq7Wnk9aGi160av6eOSgkuWvt467Az58pO
etX9zMVZS3c2PZM54kadkFn/jL6Z8vfo4E4yco/z2MT4z7kffy9Hvsq/j94SceFn+/kne6ZvrgMpI3Zc2baoVmyV6teLl9pfs9HD
xXKDk6/2njn5c4TWdUtcavldoxtPV03oGhR7P7zGqTZTjter9SrY+BRNLPPMPzj17K2QgOHNR07/5Fw4eCpPvrUtvI6ceDk2rP3E
AqdP5h7Z8ErW6d/OHVttWYnwt6frN7zc4FJgeNfHEb9lyKC6actXx4/YGj/g8JQ/iievMsd8jjXoE/ZVw+Lpxe+t+7pZ3NXvsvYo
0vP76G8Si/6ZKWX5jfIHnhzzmnX2z5+WVg7bW/phgapXPpYvcjwuNviLSRcmtyxyufL+9Tn7pwSHbCvbKOSPT4fLvV9fffSvqS1G
H7k3tvqt4p12rJ1099bgzk9uVAjveKVQ3odz36QNHJ048Or16f8+LtKrUnCNOcv9nBMj9i2MrVd65v5uAT82Wfumcnqum+V3lrIb
FGrSyv9Mu579MnWe775rEH2kyphztfZ/vNPtVVtnUubos5WCiteuey3w9vKUbHWH5O25dWjK3qfJvy/tU9PvQfxF3+SNpef+NvzJ
nNyJwW73aVeGXB9Rq0f5GflT99Q5XOZRoZM31++/dLx32Zkr9q+dXvPeil7VDrVwFk1emfJ9xVvp20+oJRd8Q0M7HkvNFLuxVZfg
h1kb731wcH6hIYFHr+71jSt1Jq58YvTjrUHdCv9pXnZsGO9zcfqhbsvulZjcYODLgyMuV3o1ef+Y5dnXDbGOeEdlqb6w99X0uxnj
Cib9Wfzqp7/bptb9vf3lYXUPtlw4Pm9qtoeRG/7dcOhZq93dX5botHXb2a5Tj0S1rPZp7qxqy/y+Tj2/42CzJUXCs+w46nepUJk3
f8a+KFWynV5W6erHPBX39FAnaxSrlfn70WdPNvvq/dsG49YdKFzIf3a3nz4OWJbq8zY+6Up6wRZN9/08Y9zhR+J85uRzF0bMa1gp
yZw9/vrUqW+zl5n0+5NdE2NbD5p4aNqvU1bf8Zt6ZM+RuxkXV+bT0/Ktfrq4Ysy26pWbvQpdf+PRv3drfdeuR/rFdScHpAfNOdO5
QLUZZwqPXP9ni/DeXlPerh3n3/xYneJxOb5IXPPt7s3FEmpvOr1v/c47h9W7Id/IiJF3u06v2mGufShv/kGNJjUK8nmcki05belN
7z6JL0O+eZz2y8OATPXiE1t6p/lVyv96z/CB3x3SwYPe7R63bMHccsnXc/a/c/NWROvK67r2bxOU5S+/R22m5fRLaxj784xNW04W
vKq7DstdKGt936nbhk6o7100oGmFNY/KZyuZLS50aJYn1793Yp4X/rbG7f2jar5s/LHJjdCSn05P8P8rYcrPVzuVXXPCWVd/fJd2
9TuOeX/YKybT6uX5FyVey6IK+kVenbyky/fd/QuN6T0uj3+FZc32TP/ZndB1dvdCxZ7sz9hQq3H/BTfbryuTc965jGb6cHJo4arV
glK+e5IvtJcTbucdeXF5XO2Qt9W/WepemHAjT75cA76eVr14Ca/gB22bVXlquamLbtY4Of31X82nf8o78uP5gJE9122cPuC38aNC
W7aO9I94sjGuy7nw7bvvhzT/r/GBRwVKDD8Y+iExodfH8S1rHR/V9+XjHOVX93/qu/Nkiz/u7xpaYnj3tVMvbXk0pWP/STvO9zvc
a3ibvxotnJtez9t3wMV92Ys+bzR/yoO/r02yYzfeyv6y1ug+e0R1n803Y4ofjrgZktQ4rl2ZDSMrJxx7+uq3Td4LO+XsNv5eYvK2
PHPXVdrZck2b1q/ipo/tO7tNrvSv8iw6kZB26OLMww/mbSh4ZHFS3vm6wO6Ota0NPSstuV26VOCwsZdH5bZejC+/Z/TUcs9Df1q0
PXtqy/BlXddda3vq0P20LJeDYxaoX1Vc50yBL289e74qY0jexNNvI5KWpVZ6vf915Ay1cmLN851Hd0h7N8hXjp9+cOOmb7wK3+57
+9z4QplmTrzQ/UTb30/5XNqf/Lhjmzzvsp9pvL9xyw/+M78O1+/m1G5Srt3cJ9/1kUPfr5gdVOfnj7mWz09cu7Lem73NEu5Wezv2
0chsVtKRTsn9F15tdfaHY6OCWvVPeRZddF/kL1O+8q467NHkJdGBHSvtWny4tY/zqFu/JuNiZgU62X+scLZjq9PnZxWJrV6w38WM
iMLFc07b9b5Gt3oL3vy2pNibDTvTyvbvGju4cO7ZX2yLvjmmxsOFpW8EfHjs137xb11GHtsZ//bwlU/LZ/54eNDf6/e+cIv5rS/9
w/Pz35er3fzX3bFnXwTkDU+b17f561IjS2yJCd+ccqV56bD/DpbeOXB969oqf74lQ67+Nfj5+x7nLq/0utbxTOpPc89GBIwuFnV6
Z9v/jsb8+Xu0T6Gw6+7Yo/XuP7AXBczv+LpR6qy9F9JfD2jy6viajoF+56olRl1q8uRKqRY5X3TZ/ef71LLpXdvmnRNep9GC9I3e
ew5VmnwmPrtP5s5TVtU+sb69W/titgmZfebE/ND1dqWcIb3TdrRIP+rf5sndEpG/1Ljfd5V3e7tzxOOm4RGbx7zfcap7yxXBfXKq
oIWzDn7htXbi+RUBS/J3W+oT8TRT7BD/D9VWHW19c8WSsHMd/psZPTt60Mo3mTeknNjZ9OyM7X2CC0eu6dZ2Xti6E06vr2aWTGyY
0WF2UMjczGEtyn5XNm5jwSn5uxS62WBrVHq1jq9D4zs//Cbx45uJ+SpkDtp1IFuOev/K9Ye9GojHfxdZM6PIB5VpSt71we33nCxZ
Lu/JOT9tn3L4fbf4G6tkYKUCxd/ZVS9WGzhr+YkJXcaM33H3amKM19BlHYY83uQV/UOOhQ1DsnYuse5IlP+g4nNHFTjXdNnUhDF3
Yj/UPZxUufH5YavudC6d/iLdq/yb7qs3hjbJU3LFfL/onruTn2XtEzh/z4jYHJ3Ditw0ZWqrqf3rxje+PMLrY7ExM8rP9i3wLOpU
q4Lxu0c+m73MHb/l4m8FU7NfnzOn3PbG/0YP+nOtd6NXfUVCycd/7M5Yn/xdyt2va6urdaf80WF2noyY7W+Pe7VooW/fmdDgSMOr
vr0nDJ1Wc9zks1FDk/cPMEkxm7zTMweVufY2KHBQ/V/2NvzxQJpvOfHef3JbaY35o93sOh9bD59Yrnm9elvbhI8x9ugbncr73Jq6
X5bLfOf+pTFdlg54cnB4w0IvrGX1Dp88/vB25/yHTp0KudyvU9X5o+aV271hWOziJhsTCzbdlVqvWoVjJcO3/5P+5evGC+PTe75o
MiHqTYb145v7T5ID2ny6GJdaOq6mX6wIbBte0Ht4aOlpazKO9in6ovvpqrP/WTLucZ5Tz9rXrnznXKVpTT/sLvJgg9eQj5UWnApa
f8J7RuS0iCkhC7sNbtdsw+CInTFVdvoFBlRu3rZ6+P5rjZJyTtkx8H7lu0N+PVSmSY9ZC/K2exH126jVp5a1Gr66btMTlTcX7+dM
qVL69oMBef4uculUQN/2Y3dkJMRfmp435ukycfSPd3sLj6s47tnj8acSrub62lza5dTK/KzF+2V3kx+uvFdrY7+Fp/os69xs8Jws
NV59fNSrQYTyebHlw/zk/rOzN35RJyHg+4355gzShwp/zPS44aSVJY7UjMya+C6mQ6bAjAsX/wqo7Xcg6qcfq5+od+1p0gw7LfjX
TJeONz2ytuXAbIGLZ5qX105XC1087uiiy0v2Vtvx7mxIgdlP/y14KnLl0y0Py//214CDc62YZg0Sdq2ZlxTd79P2px3u/DIvYdmW
t0nduhyLGNjnfPaW3u/6RdaYtObbR03OhflXKffjP8GtCtWpUmDqh4guVrLjX2LI81zvXnS6Eti5fsY17x5VhzYqOX/Bkj++nn89
9FVEt5/qxGSpOjNj/MhVy8c18UvLkZQy+a9z/kMy97iwO/ve5IXe+tXC3s0P7v4upNKusD8uTP7l0/QyxUatbysWXRw1ue6zhY+T
3I8dfM+6G+NG1I88bJf/JvnJtdO/nHqyenps/cEX641q9XJuRf93w57qUHEyaH6uzpeXbV+wL/xWXbOz08leuR8dOXf9enTdfy+O
HF5u5fYHvTbGTR2wyiu0fljZohVWv2g2LL7vt3vbjV1Z/m2HSZmjTvVY8XWDBrM3e/++eu/qZacL7Lj+ZO7R7RdfbC5+LHz8+rXH
ch9s2atkgcxPivW802yl/4PttRMCK9/tvfnXj2X3b639av2z0e0vr5h1a9+OUftyPXhSr1Phs/XHBAw6cnTlgQo/VPz1ZttBu4vG
DiuULXXC7Yx+6puktIFvO1fOt3bC+firn/bVnHL1w98lvRY+Cyp9Ode61E3Xfm21JrmL8yh9T6/I+ne9D1S8k+PpkBdXKxdc92dS
I18nPPMPgUOypYz50Hput6C3ftvLbrm9cfee3d7rktpU6Tak7wKvSbOqFw1osa5R+VwrS5xs9lPeOcKr8D+Ll3yZ+0rldV534oY3
L7B/w8Mc+YvWfBA6un63rWWePt9SzMe3/sS5zXacfPjzoTwHMlK/mT5EdY0qXvjxTlFwRaMWA/1y/fBFi/Fxv/eudOOgzDw3pOH3
ubZa/42u8n7vijOBi3yXJBTqPc5/9+O1R5vU9Q1ssGHf8K5rDn0z3jfwbkj1sFURxT++VJMnRIa9meObu3/YgN4+tf7Pp7bP0O97
+wyKCuvVz6fn4MjhA3z6RI7wCY+KGDjEJ3JY78H/9+v+PUaN9AmN7Jvz/90JeCfhnYJ3Gt4ZeGfBOxveOfDOZXcC9iJgLwL2ImAv
AvYiYC8C9iJgLwL2ImAvEvYiYS8S9iJhLxL2ImEvEvYiYS8S9iJhLwr2omAvCvaiYC8K9qJgLwr2omAvCvaiYC8a9qJhLxr2omEv
GvaiYS8a9qJhLxr2omEvBvZiYC8G9mJgLwb2YmAvBvZiYC8G9mJgLxbsxYK9WLAXC/ZiwV4s2IsFe7FgLxbsxYK92LAXG/Ziw15s
2IsNe7FhLzbsxYa92LAXG/biwF4c2IsDe3FgLw7sxYG9OLAXB/biwF4c2IsLe3FhLy7sxYW9uLAXF/biwl5c2IsLe3FZLwL6roC+
K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7Avqu
gL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC
+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wro
uwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6Hv
Sui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4r
oe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6E
viuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6
roS+K6HvSui7EvquhL4roe9K6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7
Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q
6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug
7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouxr6roa+
q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvqu
hr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa
+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72ro
uxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hv6v+t7576/L765/fVP7+v/vl99c/vq39+X/3z++qf31f/
/L765/fVP7+v/vl99c/vq39+X/3z++r/v7yvbuC+y8B9l4H7LgP3XQbuuwzcdxm47zJw32XgvsvAfZeB+y4D910G7rsM3HcZuO8y
cN9l4L7LwH2XgfsuA/ddBu67DNx3GbjvMnDfZeC+y8B9l4H7LgP3XQbuuwzcdxm47zJw32XgvsvAfZeB+y4D910G7rsM3HcZuO8y
cN9l4L7LwH2XgfsuA/ddBu67DNx3GbjvMnDfZeC+y8B9l4H7LgP3XQbuuwzcdxm47zJw32XgvsvAfZeB+y4D910G7rsM3HcZuO8y
cN9l4L7LwH2XgfsuA/ddBu67DNx3GbjvMnDfZeC+y8B9l4H7LgP3XQbuuwzcdxm47zJw32XgvsvAfZeB+y4D910G7rsM3HcZuO8y
cN9l4L7LwH2XgfsuA/ddBu67DNx3GbjvMnDfZeC+y8B9l4H7LgP/v2tB37Wg71rQdy3ouxb0XQv6rgV914K+a0HftaDvWtB3Lei7
FvRdC/quBX3Xgr5rQd+1oO9a0Hct6LsW9F0L+q4FfdeCvmtB37Wg71rQdy3ouxb0XQv6rgV914K+a0HftaDvWtB3Lei7FvRdC/qu
BX3Xgr5rQd+1oO9a0Hct6LsW9F0L+q4FfdeCvmtB37Wg71rQdy3ouxb0XQv6rgV914K+a0HftaDvWtB3Lei7FvRdC/quBX3Xgr5r
Qd+1oO9a0Hct6LsW9F0L+q4FfdeCvmtB37Wg71rQdy3ouxb0XQv6rgV914K+a0HftaDvWtB3Lei7FvRdC/quBX3Xgr5rQd+1oO9a
0Hct6LsW9F0L+q4FfdeCvmtB37Wg71rQdy3ouzb0XRv6rg1914a+a0PftaHv2tB3bei7NvRdG/quDX3Xhr5rQ9+1oe/a0Hdt6Ls2
9F0b+q4NfdeGvmtD37Wh79rQd23ouzb0XRv6rg1914a+a0PftaHv2tB3bei7NvRdG/quDX3Xhr5rQ9+1oe/a0Hdt6Ls29F0b+q4N
fdeGvmtD37Wh79rQd23ouzb0XRv6rg1914a+a0PftaHv2tB3bei7NvRdG/quDX3Xhr5rQ9+1oe/a0Hdt6Ls29F0b+q4NfdeGvmtD
37Wh79rQd23ouzb0XRv6rg1914a+a0PftaHv2tB3bei7NvRdG/quDX3Xhr5rQ9+1oe/a0Hdt6Ls29F0b+q4NfdeGvmtD37Wh79rQ
d23ouzb0XRv6rg1914a+60DfdaDvOtB3Hei7DvRdB/quA33Xgb7rQN91oO860Hcd6LsO9F0H+q4DfdeBvutA33Wg7zrQdx3ouw70
XQf6rgN914G+60DfdaDvOtB3Hei7DvRdB/quA33Xgb7rQN91oO860Hcd6LsO9F0H+q4DfdeBvutA33Wg7zrQdx3ouw70XQf6rgN9
14G+60DfdaDvOtB3Hei7DvRdB/quA33Xgb7rQN91oO860Hcd6LsO9F0H+q4DfdeBvutA33Wg7zrQdx3ouw70XQf6rgN914G+60Df
daDvOtB3Hei7DvRdB/quA33Xgb7rQN91oO860Hcd6LsO9F0H+q4DfdeBvutA33Wg7zrQdx3ouw70XQf6rgN914G+60DfdaDvOtB3
Hei7LvRdF/quC33Xhb7rQt91oe+60Hdd6Lsu9F0X+q4LfdeFvutC33Wh77rQd13ouy70XRf6rgt914W+60LfdaHvutB3Xei7LvRd
F/quC33Xhb7rQt91oe+60Hdd6Lsu9F0X+q4LfdeFvutC33Wh77rQd13ouy70XRf6rgt914W+60LfdaHvutB3Xei7LvRdF/quC33X
hb7rQt91oe+60Hdd6Lsu9F0X+q4LfdeFvutC33Wh77rQd13ouy70XRf6rgt914W+60LfdaHvutB3Xei7LvRdF/quC33Xhb7rQt91
oe+60Hdd6Lsu9F0X+q4LfdeFvutC33Wh77rQd13ouy70XRf6rgt914W+60LfdaHvutB3Xei7LvRdF/quC33XZb4rajHf9dyhXjx3
qBfPHerFc4d68dyhXjx3qBfPHerFc4d68dzBXpjveu5gL8x3PXewF+a7njvYC/Ndzx3shfmu5w72wnzXcwd7Yb7ruYO9MN/13MFe
mO967mAvzHc9d7AX5rueO9gL813PHeyF+a7nDvbCfNdzB3thvuu5g70w3/XcwV6Y73ruYC/Mdz13sBfmu5472AvzXc8d7IX5rucO
9sJ813MHe2G+67mDvTDf9dzBXpjveu5gL8x3PXewF+a7njvYC/Ndzx3shfmu5w72wnzXcwd7Yb7ruYO9MN/13MFemO967mAvzHc9
d7AX5rueO9gL813PHeyF+a7nDvbCfNdzB3thvuu5g70w3/XcwV6Y73ruYC/Mdz13sBfmu5472AvzXc8d7IX5rueO9SKg7wrouwL6
roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7
AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K
6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug
7wrouwL6roC+K6DvCui7AvqugL4roO8K6LsC+q6Aviug7wrouwL6roC+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+
K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7Evqu
hL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS
+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70rouxL6roS+K6HvSui7EvquhL4roe9K6LsS+q6Eviuh70ro
uxL6roS+K6HvSui7EvquhL6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6Dv
Kui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6r
oO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6C
vqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvqug7yrouwr6roK+q6DvKui7Cvqugr6roO8q6LsK+q6Cvquh72rouxr6
roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7
Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q
6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh
72rouxr6roa+q6Hvaui7Gvquhr6roe9q6Lsa+q6Gvquh72rouxr6roa+a6DvGui7Bvqugb5roO8a6LsG+q6Bvmug7xrouwb6roG+
a6DvGui7Bvqugb5roO8a6LsG+q6Bvmug7xrouwb6roG+a6DvGui7Bvqugb5roO8a6LsG+q6Bvmug7xrouwb6roG+a6DvGui7Bvqu
gb5roO8a6LsG+q6Bvmug7xrouwb6roG+a6DvGui7Bvqugb5roO8a6LsG+q6Bvmug7xrouwb6roG+a6DvGui7Bvqugb5roO8a6LsG
+q6Bvmug7xrouwb6roG+a6DvGui7Bvqugb5roO8a6LsG+q6Bvmug7xrouwb6roG+a6DvGui7Bvqugb5roO8a6LsG+q6Bvmug7xro
uwb6roG+a6DvGui7Bvqugb5rQd+1oO9a0Hct6LsW9F0L+q4FfdeCvmtB37Wg71rQdy3ouxb0XQv6rgV914K+a0HftaDvWtB3Lei7
FvRdC/quBX3Xgr5rQd+1oO9a0Hct6LsW9F0L+q4FfdeCvmtB37Wg71rQdy3ouxb0XQv6rgV91/rf+u7/AA==
"""
    static let big9small = """
AH8AgP/SdkYTiqAAMZ3tbZnQM/PtfzmIiS8/mpakQpNNC+BptcgoQSLfFERUPrFYKRSQzMVzAKasXbelNsV1TTVngucaflIm2tOU
HQX6QyWyh507SSWexQOJiEA1dc+pXrTMGHbl6rmFt6e5zVAkJIrzz2LM6HPNO+StEAx8Q9OU6eh5AH8AgP/matz7jVqUzD9RiNgx
AwS9wYtt1Z0p33tcyF8sFni6NZgW3CoMPgAg0+rAGn+TxN9EuRpr3Ax2fBPy9LEH21sYlS6yVOZFC7pTnifFYYH9rB7YL1pvKsEC
DzlC5WeoHAgGUgdXWeXpab7Mkd0G/D0NSW6a+GV95MZHCqw4hR77AH8AgP8C+CWxbxjWB+WsazY7nVp1L/QADuq3SDejbfrc8/c7
p5GgZ4FA20agZTFRIrOAZDA5DXINcSGQIXQUTXigDkn5xSOZkFl1iN66R+8dvfAqU4NB6ngxdAR4ZVTzSPPI8PKu1x4JRWpGd+av
lB2hSVFbVIAwnXptdFjV8grpMErJAH8AgP83VwzafQwGMsg3WS4wHrToFhcKjr4SCcCHp//f9xnQbRE5TVeoQu43dd5Gi+qSYbfl
Fek0JnxaSk0gBXK6VScF5zwpYsSPNSiDCu4ZU6U0DnWv/xaxxd3j0z+ncVNXnl88KHQuU7T29Pd+JipQcQQZ/hWITdrITkQClMO+
acl8AH8AgP95LKUS82wZY1bxr4SvmCpJsf+DHPtI+v322pshb1l2+JlqrjQViNNgBU1YRYEWS1KrfvM4qduzospWl4xM3a+o2LmO
IrvTL5BmuZayG+A4/Km+X0MqOva1xsXkgtQ/OX028VeB+fO387xcfwHfn2/mboZyDvnfukCXpdhPvAOzAIEAfv8xLHPeFWxWwvXa
5zzC1XsrJqvUxOEdo7Q3gggXu/ITgEK6LC8FYAZ2BFY9o7vujZB+UyCW+IzMnkrWZm8pGG4uZPkOi6do6lWoM4pPVcPHUw9rGAeN
BJ4EO9wFLTyOVmJ2LRLcu4igRBMb4Dh72GThlVvezFx1X4izSc77Auv5P/YAfwCA/1awtTjUwBU6CljOAlnRDxC9wG6o3OyvmCut
NJIDolH8P97BjYuskmqBqJCOYCI5B7R7Ab6oxCfiYm7CNGdj86UTj8hpweEAWTVIJ/W19PMxtfVZ+5aRku2IG3QHY0c7EWmqHfp4
vTDARAv9JwvmLrDeeshWGDrOUWnU1iOD9mAAfwCA/9TZkJ67SNQBbeM7WZDGe+TIw3tWWzJvwDjvNY1Ckuul6gkRKbB7s23Yjzfz
/zeOPAzFyHi63LWZMJYqLeIaHsQvRO2aMq44ETrAkhIJZD05HNpPTETj8aSAXlKW62ou0lOFzj4w9lY1IBisIvJCVt7V5llNd0p5
if842MfSDxEAfwCA/6pLC8vQ9X1pV4ET09EOeUPcBYlFk30snxxq+dM/Q9tB2k5qXu9tpvsyUj3foKeleLSlbsqFthq+pDXNIM1B
ZmkGQxrlGuqrG0md3UwFYRdiaIgfrBi4AMig4yXF8M0LkNW4jJ4pacEh7RMr3P4lF86dllYCg9iETxfbKcStCmwAfwCA/8hWWbUj
RFm2/8ok/K0te6HeS3vL6n0t5hpbuqqD6eZyXPDjJmpa3BUQ7ZP433B7rHDd4onP7xdjKFYukqBAONB4wpiWPiGOxF9Nikeq+Cnl
DOQlux43QRVHUELUVWJrAFyVOfpBiMsqfNYwxP7oX/ZUOIMBiNUoUho6PeBO56AAfwCA/8gHPXMQYrR0yMHxvrCeZi9A7KXZPL6v
IZOmd/CSDqxWOWCH3HPieDBhJYsS3sA7yiLuFdHkrcTazmUjjqLEqokv6qJjLMlLOJmEo8hoJ+bludAznNg8ZGRazd4Alq9QXVbt
BUbB7MeVFXNOzN3BPJ0e1J0lrIjvtFJfFrg19VoAfwCA/0OlINmJyV+f6hyEQXD1x3jbKPaExHygCKtzNssNdQQtmGXd5en7fhS3
uBrd/8NU3j2wV9t2PcdPmH8Q3gftb67PrsnyUL9g9RxbtLXVXobLdU8s/5OQLJ9AG97XusdJnBdqBLrMQNoVIvi4lvQeHVU0nyjd
/g8nwGEz0S4ZMAEAfwCA/2h71dFJBvz5QX6rxRYVQpFfjP5un94g+aW33OUUS0jCj4t+yu4x1wG+1th4lEMotzXVzvfS0kUIIoOw
8L2BllFxgcmHoYWn6ECGy8DL6fvZoxE0hxGn8ZonjbUtKUn2ZK3j7s/pMExVYeXZq9Fu5VKS1FwTLIvUFnmtuEtqZQsAfwCA/4X5
qn5CSs07Gp0JAqypRb+yGag6sdPCrbvoyjP6cx8ybXnpXokrWJM3yRAScUSDRFIg78gHvt+e5A1mrPVZH+/fm+1NAD6lrE8N30Ao
EvfAd3BMyTRWcfq/fp+XkyS+4gps6OTmbVEpq15sU1IEvEDuU4cKQN9Dlo+LsbPRFN0AfwCA/zRedg4VBT88hrV0gD8NGE1IJqnu
JQcdB51kdATw4mg4jfMWRS7nxHov9Ub+R+NkHf/TgEK8qIWP3VsjqdA4qz9/XVU/Wnz8yguNAKegEpms4AQzFEBv3YScXWhgQhV8
ZX4PQiafScCJjzmAXpFgFRnwxPuuMEZsl+RXqyIKlNYAfwCA//tJNMq+ZBYrLFLITPARZGM4ajcQedmgnTpZ+S0fnjnYgOMPEQxu
G4ctGhwLVuxUSSrxNjnemeQu0Yn3vEqJ/xB5/tdNeWKrr4lupn96ZE9Rb0Jt8K+dXdZqub/rWUrhRsXuExx3x2T9rKhj/n9PMM56
Z/XvCSWnbPE8u9FLtusAfwCA/710HHdgqobas+6FWmyDutdrymN3U7xEmJPlPg08btnCCBjzRJWF7MPggzeWr+YI9TB7ZsAxLSCy
5I0aym3kWbdGnVUirnkpqM3x9qaxDZhbCl9/6qy+tQ+Tqyi7T6lTUfadiX1nkVMM5QYPmdCo38nZjsrslK4Uy5q3EJU0E78AfwCA
/1o6Nq5iKJznIR5Odn3beg429H8lwHuGJPNkjJm5CN5Pap9eq+BU0snr3wTbVo2XM6EznVwATvXm8vOk+3MQrNP5bbef3ij3xPdv
izOjgS/XXHtY3/pxPDJ/icevsR8LFudn59Z/FQCOgdhg0FSw0iDaxL7vWlMP+gjURsRGT/0AfwCA/0KOG2o0+pI6RyRVk/BMZjJ0
/KKRUjuP/gyglayqoz74wUmo6Sz5fe55Bza3y1u+bJjdUNWCzXpSUGzI8ogYwm+bhQYNK3buhJyITloovZrKUSA47l9rR36NkE44
CIom1VpQ09eQF5YtFGvZ+20WGgqHvfwuXz6X+KacGfiuu98AfwCA/yNsXpZyFg6RArWI5Hwu7Zgh403970BXmqZdec27pfnK3P+g
jorKccOtwfQ5GUCtIYLz12gkOkqhv5bV9E0Qat+UZ0r3Hnkcs41qssjcSiFp4cchu3CtUTozEhGcc928cvP8YdbbowvgWtTejJPV
bU17GXXTu1ThzI24sIggFWkAfwCA/+I5fcw+6+w3mU2VWvdE3pDB2OX3bkf2zqlaTkDWLKx12kfw3B5LCvRdv7j83iPlXlQQkmo7
RJflrw3AySiE1KUIIAFchaQ60K1XOTrZB4ABIJKNgl7nKApZZd+6S+XMQlPw6Rxvmy7rZ6QNVzdcbe9Iam2yfPy60mBPolZmCjMA
fwCA/1KYkMcCC6qB16JNnBJfniBt8QCWc0L9LKTMUeSinGnWWOGOiJGIcaP4Aa7I0LtI1Yu5ZlYWb6lfVJRpq9A4YwaOHaxD+1iR
UlmTAWlLI0wjna8UhRJdFeRBtHXlLFr3ZKVc7R+s/viBESYBUr3FBwk+zzKtygtBMe/DF6mLF/0AfwCA/zMAhRCtVlfA0R0kENGS
jLmFyvxfpeOkMk4oExr6NyvZLHCQoNCAXXx/uundrI0LdJ9Yc++xC4iCCZhDWQVcHKvLdUJxGpN6E9ZIn4aofOiW/T3KtylG13ak
6Fwh5fTlCyX4YKevZEcPHaKVQIhiv77yBWZOlcB4lglcaRfkNSIAfwCA/zozhmw9pUbbeAv+GXyLJZE8E/J10lAUpb958pGfOX+z
2aYU3gjikpIkuUbPiHG4qg1E9mcxqB3vtr/7rb5MyOkbOjPdPYW2WJEP+425+c4LS0s05+iAQctD3TxlgHSHL36E1XV0vsRuNbeN
sQ3lAVIi4PlSTnE/m8FDisXfPCQAfwCA/zH8QoRUMjZ8tlWRO/5Rd4EkSj4+tFNqfDU3e+NbJSDmhsQyJAHo69p8XZ5u8Md3QxX0
Np8+ytHO7edcEsnS0lnba1srlXqUJL+udpaaR6+sFEi93j4sJs0darnG5QP3Rpil5WL0R4B1+Ps2ivjr8L5NU//Znd4hnS9AljFO
VGoAfwCA/xQNd2Qhh6n7zGYY9GDTK5HGnH7vD9LyVzop6NYoh0j9vxfsrgtz/iiX0lKt0A2Lb4dthVmYX3JVSa5ybbuNKrtATk0p
SlQtasTgRLcKhbpw6ynpc6HJIkdhkJcQVfR1pnqn0p9Qd6c9SNApshprOIUqIefsbg/DF9rSTWdXfboAfwCA//uopdqJEI3xnzHM
tvrBFn4nfvLvf9Ko3QwbNdq9ODAB8kv8n+m+7aPqMK9rmNJmn1xJcpIELvb+7mNBbTMg9LP9lb5skQhG9DuoTWivEZJxNMkW/gDv
Q4OjHMsvbwWs+o1YAE772Nm8TTpAxXWMii3QPuDxt4s331ahANrOSMsAfwCA/6pPcAdOmo419eDTLGSafsyZ25zBLLr61VkTkfHP
FNJvo/Gz7SWmvG7HkzaNSUGovamUt4hr/7nxWOiblKifs/m3X13NbXBm1whPDfprby6DqUXuR9ZpQiokisZWUBU7KhOG/W1dNr44
Qhxz8wz69FvcTlw/++ANYSt0RB2Vl5wAfwCA/7YbleJk9m1fjDuNBCuO+395pKB+R0DfCbfIhLzWQnMBYdi/CMG+mA009phlSse/
TFkovWm22ISb/4kiGXqtVDGZ2XqEPfKY77c5/lg81TmvnXg/b8o3JR++8ODTm9Lwp4mWP3LZPnpQ9ZMnQvp28TRkMdFSlQxc25+5
l8Jq5j0AfwCA/zW7W9FjDu7L1uLiiD3P2Xl3JKO57GOvnYZupAtkP2kjGCan9El2pWdFwVV9oyX5WIMBddJhohtBQZGyDbCnwaef
0xO64vCTzLnZ9LIazWp/rarNDsdPYx0TAfAZYuhJo0LsuTqoTinpZbKh/iPEtDr2rfJ7V9uikObCunrCDOwAfwCA//A+WxbVP3xN
ccvMo8Umgieh5FRxvxiWdhUH3oDn+2szH7ffcPlcKRGqgNel3f/CL4Xd/cMdC5jyUiHbDKveseChUKm+XTju5cBjbz/pDcUn6Anx
c/TdKRSruLdEPDhqAYJOcwfIfP1Rk19S+UC5I7Pnr7/Avw2rt1MqX3NnlwsAfwCA/4OQLRhNS6tEJQyjHNFJjBCSMQsWxpqcAw7c
KasL6J13ShPEru0JEhgv7GR7P1+0IvHzsxkgPD+Bk0m60e2PyQ/F+94fiXMzXnUaFu+7MRSiREtwQAyCAkt/nbBlKOPHMgGTWUNo
DLQ24Xsq/MGi1E6ZPJyoFWV+Qr/vqsxHPTzyc1x3qDxu5Un5ehu/l5G6mUtypf59NW5pyM/8McmGLyczL1XBAASsFEoyUhUKSzOT
sxWSivLL8xTS8isUskpzC4oV8stSi8DSOYlVlQop+elccH2GZOozIlOfMZn6TMjUZ0qmPjMy9ZmTqc+CTH2W5OkzJDO9GJKZXgzJ
TC+GZKYXQzLTiyGZ6cWQzPRiSGZ6MSQzvRiSmV6MyEwvRmSmFyMy04sRmenFCMApfRAAAMMwAPK09PlXNg+gAfzy8MvDLw+/PPzy
8EvwS/BL8EvwS/BL8EvwS/BL8EvwS+GXwi+FXwq/FH4p/FL4pfBL4ZfCL41fGr80fmn80vil8Uvjl8YvjV8avwx+Gfwy+GXwy+CX
wS+DXwa/DH4Z/LL4ZfHL4pfFL4tfFr8sfln8svhl8cvhl8Mvh18Ovxx+Ofxy+OXwy+fEjgkAAGAYBmnKt/o3Ng944OLQy6GXoZeh
l6GXoZehl6GXoZehl6GXmZfwd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8Pf
DX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX+358QOBAAAABgGMe3+cHcojPB3
w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98N
fzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3h787/N3h7w5/d/i7w98d/u7wd4e/O/zd4e8Of3f4u8PfHf7uObEDAQAA
AABBTvnD7XAYmb9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r
/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75
u+LEDgQAAAAYBjl9/m53KIzwd4e/O/zd4e8Of3f4u8PfHf7u8HeHvzv83eHvDn93+LvD3x3+7vB3h787/N3h7w5/d/i74e+Gvxv+
bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi7
4e+Gvxv+bvi74e+Gv3tO7EAAAACAYRDU7s92h8Io/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83
/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3w
d8PfDX83/N3wd4e/O/zd4e8Of3f4uzsndiAAAAAAIEhqf7YdCiP83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf8
3fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3
w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nf3f27qAGQAAIYqCprn8PKEID8+VsTJo09N3Qd0PfDX039N3Qd0PfDX039N3Q
d0PfDX039N3Qd0PfDX039N3Qd0PfDX039N3Qd0PfDX039N3Qd0PfDX039N3Qd/vqu8/91e+vfn/1+6vfX/3+6vdXv7/6/dXvr35/
9fur31/9/ur3V//LX33Ydw37rmHfNey7hn3XsO8a9l3DvmvYdw37rmHfNey7hn3XsO8a9l3DvmvYdw37rmHfNey7hn3XsO8a9l3D
vuvl1A4EAAAAAARR5a+2w3Fk/i7zd5m/y/xd5u8yf5f5u8zfZf4u83eZv8v8XebvMn+X+bvM32X+LvN3mb/L/F3m7zJ/l/m7zN9l
/i7zd5m/y/xd5u8yf5f5u8zfZf4u83eZv8v8XebvMn+X+bvM32X+LvN3mb/L/F3m7zJ/l/m7zN9l/i7zd5m/y/xd5u8yf5f5u8zf
Zf4u83eZv8v8XebvMn+X+bvEuR3QAAAAIAhLJf2j2eE1PsC+a9h3DfuuYd817LuGfdew7xr2XcO+a9h3DfuuYd81/HdD3w19N/Td
0HdD3w19N/Td0HdD3w19N/Td0HdD3w19N/Td0HdD3w19N/Td0HdD3w19N/Td0HdD3w19N/Td0HdD3w19N/Td0HdD3w19N/Td0HdD
3w19N/Td0HdD3w19N/Td0HdD3w19N/Td0HdD3w19N/Tdc2IHAgAAAAyDrHZ/szsURuHvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74
u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hv
hr8b/m74u+HvDn93+LvD3x3+7vB3h787/N3h7w5/d/i7w98d/u7wd4e/u3NiBwMAAAAMhLDO32wE+xRG+Lvh74a/G/5u+Lvh74a/
G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u73cHAAD//5zYMQ0AAAzDMFgp
f2SDMMkA8uXy2+Ev6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/pu
6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/pu6Luh74a+G/ru0HeHvjv03aHvDn136LtD3x367tB3
h7479N3jxA4EAAAAAARp5U+2w2Fk/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r
/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75u+bvmr9r/q75
u+bvmr9r/q75u+bvihM7EAAAAGAYpPX5i92hMMLfHf7u8HeHvzv83eHvDn93+LvD3x3+7vB3h787/N3h7w5/d/i7w98d/u7wd4e/
O/zd4e8Of3f4u8PfHf5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/
G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh754TOyYAAIBhGGRpO+PfWD2ADMLfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83
/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3w
d8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfzX73z353nNJBAQJADAMwTd26A//KQEME5Je/C7pBt+iK7tA9dB90X3T4Jfgl
+CX4Jfgl+CX4Jfgl+CX4Jfhl8Mvgl8Evg18Gvwx+Gfwy+GXwy+CXxS+LXxa/LH5Z/LL4ZfHL4pfFL4tfil+KX4pfil+KX4pfil+K
X4pfil8Ovxx+Ofxy+OXwy+GXwy+HXw6/HH55+OXhl4dfHn55P07smAAAGAZgkKY8a+vf2DzggQv08tDLQy8PvTz08tDLoJdBL4Ne
Br0Mehn0Muhl0Mugl0Evi14WvSx6WfSy6GXRy6KXRS+LXha9HHo59HLo5dDLoZdDL4deDr0cesHfDX83/N3wd8PfDX83/N3wd8Pf
DX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8Pf7XNiBwIAAAAAgpj2l9uhMMLfDX83/N3wd8PfDX83
/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3w
d8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd+fEDgQAAAAYBjF9/nB3KIyGvzv8
3eHvDn93+LvD3x3+7vB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf8
3fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83c6JHQgAAAAwDHLa
/d3uUBjh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u
+Lvh74a/G/5u+Lvh74a/G/5u+Lvh74a/G/5u+Lvh7w5/d/i7w98d/u7wd4e/O/zd4e8Of3f4u8PfHf7u8HeHvzv83eHvDn93+LvD
3z0ndiAAAAAAIAgqf7cdDiPzd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83f
NX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X/F3zd83fNX/X
/F3zd83fNX9XnNiBAAAAAMMgqM+f7Q6FEf7u8HeHvzv83eHvDn93+LvD3x3+7vB3h787/N3h7w5/d/i7w98d/u7wd8PfDX83/N3w
d8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8PfDX83/N3wd8Pf
DX83/N3wd8PfDX83/N3wd8PfDX/3nNiBAAAAAMMgqd1f7Q6FUfi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi7
4e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+Gvxv+bvi74e+G
vxv+bvi74e8Of3f4u8PfHf7u8HeHvzv83eHvDn9358QOBAAAAAAEUe2vtkNhhL8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b
/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74
u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+Hvhr8b/m74u+HvzokdCAAAADAMovr80e5QGA1/d/i7w98d/u7wd4e/O/zd4e8O
f3f4u8PfHf7u8HeHvzv83eHvDn93+LvD3x3+7vB3h787/N3h7w5/d/i7w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf8
3fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w98Nfzf83fB3w9/tI3N814zM8V0zMsd3zUgd3wUA
"""
}
