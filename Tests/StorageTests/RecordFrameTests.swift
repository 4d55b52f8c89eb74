import Formats
import Storage
import XCTest

final class RecordFrameTests: XCTestCase {
    func testFramesRoundTrip() {
        var bytes: [UInt8] = []
        let payloads = [Array("one".utf8), [], Array(repeating: 0xAB, count: 70_000)]
        for p in payloads { RecordFrame.append(p, to: &bytes) }
        let scan = RecordFrame.scan(bytes)
        XCTAssertEqual(scan.end, .clean)
        XCTAssertEqual(scan.payloads.map { Array(bytes[$0]) }, payloads)
    }

    func testTruncatedTailIsReportedAtItsFrame() {
        var bytes: [UInt8] = []
        RecordFrame.append(Array("first".utf8), to: &bytes)
        let secondStart = bytes.count
        RecordFrame.append(Array("second record".utf8), to: &bytes)
        // Every cut inside the second frame keeps the first and reports the second as cut short.
        for cut in (secondStart + 1)..<bytes.count {
            let scan = RecordFrame.scan(Array(bytes[0..<cut]))
            XCTAssertEqual(scan.payloads.count, 1, "cut at \(cut)")
            XCTAssertEqual(scan.end, .truncated(offset: secondStart), "cut at \(cut)")
        }
    }

    func testFlippedBitIsACorruptFrame() {
        var bytes: [UInt8] = []
        RecordFrame.append(Array("first".utf8), to: &bytes)
        let secondStart = bytes.count
        RecordFrame.append(Array("second record".utf8), to: &bytes)
        RecordFrame.append(Array("third".utf8), to: &bytes)
        bytes[secondStart + RecordFrame.headerSize + 3] ^= 0x10
        let scan = RecordFrame.scan(bytes)
        XCTAssertEqual(scan.payloads.count, 1)
        XCTAssertEqual(scan.end, .corrupt(offset: secondStart, reason: "checksum mismatch"))
    }

    func testImpossibleLengthIsCorruptNotAnAllocation() {
        var bytes: [UInt8] = [0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0]
        bytes += Array(repeating: 0, count: 16)
        let scan = RecordFrame.scan(bytes)
        XCTAssertEqual(scan.payloads, [])
        XCTAssertEqual(scan.end.offset, 0)
        if case .corrupt = scan.end {} else { XCTFail("\(scan.end)") }
    }
}
