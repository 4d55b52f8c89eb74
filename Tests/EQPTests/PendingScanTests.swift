@testable import EQP
import Formats
import XCTest

/// Every store operation settles the scans that are due first, so the pending ones must cost
/// nothing until one is due (issue 6's load test: with uploads in the mix, walking every
/// pending scan on every request took a seventh of the server's time; 2,000 pending scans cut
/// a profile GET from 24,000 to 1,500 requests a second).
final class PendingScanTests: XCTestCase {
    let user = TestWorld.docsUser

    func part(_ name: String) -> UploadPart {
        UploadPart(name: "file[]", filename: name, contentType: "application/zip", bytes: Array("bytes of \(name)".utf8))
    }

    func id(_ outcome: UploadOutcome?) throws -> String {
        guard case .stored(let info)? = outcome else { throw XCTSkip("upload failed: \(String(describing: outcome))") }
        return info.fileUploadID
    }

    func testEarliestDueIsALowerBound() {
        var pending = PendingScans()
        XCTAssertFalse(pending.anyDue(at: .max))
        pending.add("a", dueAt: 10)
        pending.add("b", dueAt: 7)
        XCTAssertFalse(pending.anyDue(at: 6))
        XCTAssertTrue(pending.anyDue(at: 7))
        pending.add("a", dueAt: 3, checkingDuplicates: true)  // brought forward, not listed twice
        XCTAssertEqual(pending.ids, ["a", "b"])
        XCTAssertTrue(pending.anyDue(at: 3))
        pending.replace(with: ["b"], earliestDue: 7)
        XCTAssertFalse(pending.anyDue(at: 6))
        pending.removeAll { $0 == "b" }
        XCTAssertTrue(pending.isEmpty)
        XCTAssertFalse(pending.anyDue(at: .max))
        pending.replace(with: [], earliestDue: 5)
        XCTAssertFalse(pending.anyDue(at: .max))
    }

    func testScansWithDifferentDueTimesFinishInTurn() throws {
        let clock = SandboxClock.manual(at: TestWorld.start)
        let store = try TestWorld.store(options: SandboxStore.Options(scanDelaySeconds: 5), clock: clock)
        let a = try id(store.upload(mageID: user, parts: [part("a.zip")]).first)          // due +5
        clock.advance(by: 2)
        let b = try id(store.upload(mageID: user, parts: [part("b.zip")]).first)          // due +7
        let c = try id(store.upload(mageID: user, parts: [part("c.zip")]).first)          // due +7
        clock.advance(by: 1)
        // Deciding a scan that is already pending brings it forward to now.
        _ = try store.decideScan(fileID: c, result: .fail, links: TestWorld.links)
        XCTAssertEqual(try store.file(mageID: user, id: c).malwareStatus, .fail)
        XCTAssertEqual(try store.file(mageID: user, id: a).malwareStatus, .inProgress)
        clock.advance(by: 1)                                                                // +4
        XCTAssertEqual(try store.file(mageID: user, id: a).malwareStatus, .inProgress)
        clock.advance(by: 1)                                                                // +5
        XCTAssertEqual(try store.file(mageID: user, id: a).malwareStatus, .pass)
        XCTAssertEqual(try store.file(mageID: user, id: b).malwareStatus, .inProgress)
        let d = try id(store.upload(mageID: user, parts: [part("d.zip")]).first)          // due +10
        try store.deleteFile(mageID: user, id: b)
        clock.advance(by: 4)                                                                // +9
        XCTAssertEqual(try store.file(mageID: user, id: d).malwareStatus, .inProgress)
        clock.advance(by: 1)                                                                // +10
        XCTAssertEqual(try store.file(mageID: user, id: d).malwareStatus, .pass)
        XCTAssertNil(store.nextScanDueAt())
    }

    func testManyPendingScansCostNothingUntilDue() throws {
        let clock = SandboxClock.manual(at: TestWorld.start)
        let store = try TestWorld.store(options: SandboxStore.Options(scanDelaySeconds: 60), clock: clock)
        let parts = (0..<20_000).map { part("f\($0).zip") }
        let outcomes = try store.upload(mageID: user, parts: parts)
        XCTAssertEqual(outcomes.count, 20_000)
        // 5,000 operations over 20,000 pending scans: 100 million file lookups when each one
        // walked them all (many seconds); a comparison each now.
        let started = MonotonicTestClock.now()
        for _ in 0..<5_000 { store.tick() }
        let elapsed = MonotonicTestClock.now() - started
        XCTAssertLessThan(elapsed, 2.0, "5,000 store operations over 20,000 pending scans took \(elapsed) s")
        XCTAssertEqual(try store.file(mageID: user, id: try id(outcomes.last)).malwareStatus, .inProgress)
        clock.advance(by: 60)
        XCTAssertEqual(try store.file(mageID: user, id: try id(outcomes.last)).malwareStatus, .pass)
        XCTAssertNil(store.nextScanDueAt())
    }
}

enum MonotonicTestClock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
