@testable import EQP
import XCTest

final class ClockAndIDTests: XCTestCase {
    func testManualClockMovesOnlyWhenTold() {
        let clock = SandboxClock.manual(at: 1000)
        XCTAssertEqual(clock.now, 1000)
        XCTAssertEqual(clock.now, 1000)
        clock.advance(by: 5)
        XCTAssertEqual(clock.now, 1005)
        clock.set(42)
        XCTAssertEqual(clock.now, 42)
        XCTAssertEqual(clock.mode, .manual)
    }

    func testSystemClockFollowsRealTimeWithOffset() {
        let clock = SandboxClock.system()
        let real = SandboxClock.realNow()
        XCTAssertLessThanOrEqual(abs(clock.now - real), 1)
        clock.advance(by: 3600)
        XCTAssertLessThanOrEqual(abs(clock.now - (real + 3600)), 1)
        clock.set(86_400)
        XCTAssertLessThanOrEqual(abs(clock.now - 86_400), 1)
        XCTAssertEqual(clock.mode, .system)
    }

    func testIDShapes() {
        let ids = IDGenerator.seeded(1)
        let token = ids.sessionToken()
        XCTAssertTrue(SessionTokenShape.isValid(token), token)
        let fileID = ids.fileUploadID(now: 0x5c11e656)
        XCTAssertTrue(fileID.hasPrefix("5c11e656"), fileID)
        let pieces = fileID.split(separator: ".")
        XCTAssertEqual(pieces.map(\.count), [14, 8, 1], fileID)
        XCTAssertTrue(pieces[0].allSatisfy { $0.isHexDigit && !$0.isUppercase })
        XCTAssertTrue(pieces[1].allSatisfy(\.isNumber) && pieces[2].allSatisfy(\.isNumber))
        let key = ids.composerKey()
        XCTAssertEqual(key.count, 32)
        XCTAssertTrue(key.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        let submission = ids.submissionID()
        XCTAssertEqual(submission.count, 10)
        XCTAssertTrue(submission.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber })
        XCTAssertEqual(ids.applicationID().count, 10)
        XCTAssertEqual(ids.applicationSecret().count, 40)
    }

    func testSeededGeneratorsRepeat() {
        let a = IDGenerator.seeded(7), b = IDGenerator.seeded(7), c = IDGenerator.seeded(8)
        let first = (0..<5).map { _ in a.sessionToken() }
        XCTAssertEqual(first, (0..<5).map { _ in b.sessionToken() })
        XCTAssertNotEqual(first, (0..<5).map { _ in c.sessionToken() })
    }

    func testRandomGeneratorDiffers() {
        let ids = IDGenerator.random()
        XCTAssertNotEqual(ids.sessionToken(), ids.sessionToken())
    }
}
