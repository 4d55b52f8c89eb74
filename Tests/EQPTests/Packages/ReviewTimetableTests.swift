@testable import EQP
import XCTest

/// The review clock's timetable: due steps come out once, in due order; rescheduled, finished
/// and held packages do not; a released hold puts the package back.
final class ReviewTimetableTests: XCTestCase {
    func testDueStepsComeOutOnceInDueOrder() {
        var p = PackageState()
        p.scheduleStep("c", at: 30)
        p.scheduleStep("a", at: 10)
        p.scheduleStep("b", at: 20)
        XCTAssertEqual(p.takeDueSteps(by: 5), [])
        XCTAssertEqual(p.takeDueSteps(by: 25), ["a", "b"])
        XCTAssertEqual(p.takeDueSteps(by: 25), [], "taken steps are not handed out twice")
        XCTAssertEqual(p.takeDueSteps(by: 100), ["c"])
    }

    func testRescheduledAndFinishedStepsAreStale() {
        var p = PackageState()
        p.scheduleStep("a", at: 10)
        p.scheduleStep("a", at: 50)   // moved later: the entry at 10 is stale
        p.scheduleStep("b", at: 10)
        p.scheduleStep("b", at: nil)  // review over
        p.scheduleStep("c", at: 40)
        p.scheduleStep("c", at: 40)   // the same time twice: one step
        XCTAssertEqual(p.takeDueSteps(by: 20), [])
        XCTAssertEqual(p.takeDueSteps(by: 60), ["c", "a"])
    }

    func testHeldPackagesWaitForTheirRelease() {
        var p = PackageState()
        p.scheduleStep("a", at: 10)
        p.held.insert("a")
        XCTAssertEqual(p.takeDueSteps(by: 20), [])
        XCTAssertEqual(p.takeDueSteps(by: 30), [])
        p.release("a")
        XCTAssertEqual(p.takeDueSteps(by: 30), ["a"])
    }

    func testManyPackagesCostOnlyTheDueOnes() {
        var p = PackageState()
        for i in 0..<10_000 { p.scheduleStep("p\(i)", at: 1_000 + i) }
        XCTAssertEqual(p.takeDueSteps(by: 999), [])
        XCTAssertEqual(p.takeDueSteps(by: 1_002), ["p0", "p1", "p2"])
        XCTAssertEqual(p.timetable.count, 9_997)
    }
}
