import Formats
import Foundation
import Storage
import XCTest

final class JournalWriterTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "eqp-journal-\(UUID().uuidString)"
        try PosixFile.makeDirectory(directory)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func records(in segment: JournalSegments.Segment) throws -> [String] {
        let read = try JournalSegments.read(segment)
        XCTAssertEqual(read.end, .clean)
        return read.payloads.map { String(decoding: read.bytes[$0], as: UTF8.self) }
    }

    /// Records submitted out of order by many threads land in sequence order, and every wait
    /// returns once its record is durable.
    func testConcurrentWritersAreWrittenInSequenceOrder() throws {
        let writer = try JournalWriter(directory: directory, nextSequence: 1)
        let count = 64
        let done = DispatchGroup()
        // One thread per record, as one per request (a pool could park every worker on a wait
        // for a record no thread is left to submit); later ones are started first.
        for i in 0..<count {
            let sequence = UInt64(count - i)
            done.enter()
            Thread {
                writer.submit(sequence, framed: RecordFrame.framed(Array("r\(sequence)".utf8)))
                do { try writer.waitDurable(sequence) } catch { XCTFail("\(error)") }
                done.leave()
            }.start()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 20), .success)
        let segments = try JournalSegments.list(directory)
        XCTAssertEqual(segments.map(\.start), [1])
        XCTAssertEqual(try records(in: segments[0]), (1...count).map { "r\($0)" })
    }

    func testRotationStartsANewSegmentAndCoveredSegmentsGo() throws {
        let writer = try JournalWriter(directory: directory, nextSequence: 1)
        for s in UInt64(1)...3 {
            writer.submit(s, framed: RecordFrame.framed(Array("r\(s)".utf8)))
            try writer.waitDurable(s)
        }
        writer.rotate(after: 3)
        XCTAssertEqual(writer.appendedSinceRotation, 0)
        try writer.removeSegments(coveredBy: 3)
        XCTAssertEqual(try JournalSegments.list(directory).map(\.start), [1], "the segment in use stays until it is rotated")
        for s in UInt64(4)...5 {
            writer.submit(s, framed: RecordFrame.framed(Array("r\(s)".utf8)))
            try writer.waitDurable(s)
        }
        XCTAssertGreaterThan(writer.appendedSinceRotation, 0)
        var segments = try JournalSegments.list(directory)
        XCTAssertEqual(segments.map(\.start), [1, 4])
        XCTAssertEqual(try records(in: segments[0]), ["r1", "r2", "r3"])
        XCTAssertEqual(try records(in: segments[1]), ["r4", "r5"])
        try writer.removeSegments(coveredBy: 3)
        segments = try JournalSegments.list(directory)
        XCTAssertEqual(segments.map(\.start), [4])
    }

    func testSegmentNamesSortByStart() {
        XCTAssertEqual(JournalSegments.name(start: 42), "journal-00000000000000000042.log")
        XCTAssertEqual(JournalSegments.start(ofName: "journal-00000000000000000042.log"), 42)
        XCTAssertNil(JournalSegments.start(ofName: "journal-x.log"))
        XCTAssertNil(JournalSegments.start(ofName: "snapshot"))
    }

    func testAtomicReplaceLeavesNoTemporaryFile() throws {
        let path = directory + "/data"
        try PosixFile.replace(path, in: directory) { fd, p in try PosixFile.write(fd, Array("one".utf8), path: p) }
        try PosixFile.replace(path, in: directory) { fd, p in try PosixFile.write(fd, Array("two".utf8), path: p) }
        XCTAssertEqual(try PosixFile.read(path), Array("two".utf8))
        XCTAssertEqual(try PosixFile.list(directory), ["data"])
        XCTAssertNil(try PosixFile.read(directory + "/missing"))
    }
}
