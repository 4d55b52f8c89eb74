@testable import EQP
import XCTest

/// The review clock's steps in both modes, outcomes and the launch schedule.
final class ReviewProgressionTests: XCTestCase {
    let now = PackageFixtures.now
    let submitted = EQPStatus(.inProgress, .inAutomation, .awaitingMarketingReview)

    /// Steps until settled; returns every step taken.
    func runToEnd(_ start: EQPStatus, mode: ReviewMode, schedule: LaunchSchedule = LaunchSchedule(),
                  outcomes: ReviewOutcomes = ReviewOutcomes(), at time: Int? = nil) -> [ReviewStep] {
        var status = start
        var all: [ReviewStep] = []
        for _ in 0..<20 {
            let steps = ReviewFlow.nextSteps(from: status, mode: mode, schedule: schedule, now: time ?? now) { outcomes.status(for: $0) }
            guard let last = steps.last else { break }
            all += steps
            status = last.status
        }
        return all
    }

    func testSandboxPassesToRelease() {
        let steps = runToEnd(submitted, mode: .sandbox)
        XCTAssertEqual(steps.map { "\($0.flow.rawValue)=\($0.currentStatus)" }, [
            "technical=approved", "marketing=in_marketing_review",
            "marketing=approved",
            "overall=approved",
            "overall=released_to_store",
        ])
        XCTAssertEqual(steps[0].toolResults, [ReviewToolResult(.phpcs, .pass), ReviewToolResult(.varnish, .pass)])
        XCTAssertEqual(steps[2].toolResults, [ReviewToolResult(.marketing, .pass)])
        XCTAssertEqual(steps.last?.status, EQPStatus(.releasedToStore, .approved, .approved))
        XCTAssertEqual(steps.filter(\.releases).count, 1)
        XCTAssertTrue(ReviewFlow.isSettled(steps.last!.status, mode: .sandbox, schedule: LaunchSchedule(), now: now))
    }

    func testProductionLikeAddsPhpcpdAndManualQA() {
        let steps = runToEnd(submitted, mode: .productionLike)
        XCTAssertEqual(steps.map { "\($0.flow.rawValue)=\($0.currentStatus)" }, [
            "technical=awaiting_manual_qa", "marketing=in_marketing_review",
            "technical=in_manual_qa", "marketing=approved",
            "technical=approved",
            "overall=approved",
            "overall=released_to_store",
        ])
        XCTAssertEqual(steps[0].toolResults.map(\.tool), [.phpcpd, .phpcs, .varnish])
        XCTAssertEqual(steps[4].toolResults, [ReviewToolResult(.manualQA, .pass)])
    }

    func testFailureMarkersReject() {
        let phpcs = ReviewOutcomes(markersIn: ["Fixes. [eqp-sandbox:fail=phpcs]", nil])
        var steps = runToEnd(submitted, mode: .sandbox, outcomes: phpcs)
        XCTAssertEqual(steps[0].status.technical, .rejected)
        XCTAssertEqual(steps[0].toolResults, [ReviewToolResult(.phpcs, .fail), ReviewToolResult(.varnish, .pass)])
        XCTAssertEqual(steps.last?.status, EQPStatus(.inProgress, .rejected, .approved))

        let marketing = ReviewOutcomes(markersIn: ["[eqp-sandbox:fail=marketing]"])
        steps = runToEnd(submitted, mode: .sandbox, outcomes: marketing)
        XCTAssertEqual(steps.last?.status, EQPStatus(.inProgress, .approved, .rejected))

        let manual = ReviewOutcomes(markersIn: ["[eqp-sandbox:fail=manual_qa]"])
        XCTAssertEqual(runToEnd(submitted, mode: .productionLike, outcomes: manual).last?.status,
                       EQPStatus(.inProgress, .rejected, .approved))
        // manual_qa does not run in sandbox mode.
        XCTAssertEqual(runToEnd(submitted, mode: .sandbox, outcomes: manual).last?.status.overall, .releasedToStore)

        let varnishError = ReviewOutcomes(markersIn: ["[eqp-sandbox:error=varnish]"])
        XCTAssertEqual(runToEnd(submitted, mode: .sandbox, outcomes: varnishError)[0].status.technical, .rejected)

        let modifications = ReviewOutcomes(markersIn: ["[eqp-sandbox:needs_review=marketing]"])
        steps = runToEnd(submitted, mode: .sandbox, outcomes: modifications)
        XCTAssertTrue(steps.contains { $0.currentStatus == "approved_with_modifications_pending" })
        XCTAssertEqual(steps.last?.status.overall, .releasedToStore)
    }

    func testMarkerParsing() {
        let o = ReviewOutcomes(markersIn: ["a [eqp-sandbox:fail=phpcs, Varnish] b [eqp-sandbox:fail=marketing][eqp-sandbox:bogus=phpcs][eqp-sandbox:fail=nope]",
                                          "[eqp-sandbox:pass=varnish] [eqp-sandbox:fail=manual_qa"])
        XCTAssertEqual(o.status(for: .phpcs), .fail)
        XCTAssertEqual(o.status(for: .varnish), .pass)
        XCTAssertEqual(o.status(for: .marketing), .fail)
        XCTAssertEqual(o.status(for: .manualQA), .pass)
        XCTAssertEqual(o.status(for: .phpcpd), .pass)
    }

    func testOutcomeQueueOverridesMarkers() {
        var queue = ReviewOutcomeQueue()
        queue.enqueue(.fail, for: .varnish, key: "acme/one-click-checkout")
        queue.enqueue(.pass, for: .varnish, key: "acme/one-click-checkout")
        queue.enqueue(.error, for: .phpcs, key: "f4eacd72be")
        let markers = ReviewOutcomes(markersIn: ["[eqp-sandbox:fail=phpcs]"])
        let keys = ["f4eacd72be", "acme/one-click-checkout"]
        let steps = ReviewFlow.nextSteps(from: submitted, mode: .sandbox, schedule: LaunchSchedule(), now: now) { tool in
            queue.take(tool, keys: keys) ?? markers.status(for: tool)
        }
        XCTAssertEqual(steps[0].toolResults, [ReviewToolResult(.phpcs, .error), ReviewToolResult(.varnish, .fail)])
        XCTAssertEqual(queue.pending(for: "acme/one-click-checkout").map(\.status), [.pass])
        XCTAssertEqual(queue.take(.varnish, keys: keys), .pass)
        XCTAssertNil(queue.take(.varnish, keys: keys))
        XCTAssertEqual(queue, ReviewOutcomeQueue())
    }

    func testLaunchSchedule() {
        let approved = EQPStatus(.approved, .approved, .approved)
        let future = now + 3600
        // launch_on_approval false with a future date: held until the date.
        let held = LaunchSchedule(launchOnApproval: false, requestedLaunchDate: future)
        XCTAssertEqual(ReviewFlow.nextSteps(from: approved, mode: .sandbox, schedule: held, now: now) { _ in .pass }, [])
        XCTAssertEqual(ReviewFlow.releaseDue(approved, schedule: held), future)
        let due = ReviewFlow.nextSteps(from: approved, mode: .sandbox, schedule: held, now: future) { _ in .pass }
        XCTAssertEqual(due.map(\.currentStatus), ["released_to_store"])
        XCTAssertTrue(due[0].releases)
        // Without a date, false holds indefinitely; true or nothing releases at once.
        XCTAssertNil(LaunchSchedule(launchOnApproval: false).releaseTime)
        XCTAssertNil(ReviewFlow.releaseDue(approved, schedule: LaunchSchedule(launchOnApproval: false)))
        XCTAssertTrue(LaunchSchedule().allowsRelease(at: now))
        XCTAssertTrue(LaunchSchedule(launchOnApproval: true, requestedLaunchDate: future).allowsRelease(at: now))
        XCTAssertFalse(LaunchSchedule(requestedLaunchDate: future).allowsRelease(at: now))
        // The whole review with a future date stops at approved.
        let steps = runToEnd(submitted, mode: .sandbox, schedule: held)
        XCTAssertEqual(steps.last?.status, approved)
    }

    func testRepublishAndMarketingUpdates() {
        let republish = runToEnd(EQPStatus(.developerRemovedFromStore, .approved, .awaitingMarketingReview), mode: .sandbox)
        XCTAssertEqual(republish.map(\.currentStatus), ["in_marketing_review", "approved", "released_to_store"])
        XCTAssertTrue(republish.last!.releases)
        // A removed version waiting for resubmission does not move.
        XCTAssertTrue(ReviewFlow.isSettled(EQPStatus(.developerRemovedFromStore, .approved, .draft), mode: .sandbox,
                                           schedule: LaunchSchedule(), now: now))
        // A marketing update of a live package stays live throughout.
        let update = runToEnd(EQPStatus(.releasedToStore, .approved, .awaitingMarketingReview), mode: .sandbox)
        XCTAssertEqual(update.map(\.status.overall), [.releasedToStore, .releasedToStore])
        XCTAssertFalse(update.contains(where: \.releases))
        // Canceled versions never move.
        XCTAssertTrue(ReviewFlow.isSettled(EQPStatus(.canceledByDeveloper, .inAutomation, .draft), mode: .sandbox,
                                           schedule: LaunchSchedule(), now: now))
    }

    func testRecordKeepsRunsAndLaunchDates() throws {
        var record = try PackageFixtures.docRecord(status: submitted)
        var runID = 4
        var time = now
        for _ in 0..<10 {
            time += 2
            let steps = ReviewFlow.nextSteps(from: record.status, mode: .sandbox, schedule: record.launchSchedule, now: time) {
                record.reviewMarkers.status(for: $0)
            }
            if steps.isEmpty { break }
            for step in steps { record.record(step, at: time) { runID += 1; return String(runID) } }
        }
        XCTAssertEqual(record.status, EQPStatus(.releasedToStore, .approved, .approved))
        XCTAssertEqual(record.toolRuns.map { "\($0.id):\($0.tool.rawValue)" }, ["5:phpcs", "5:varnish", "6:marketing"])
        XCTAssertEqual(record.originalLaunchDate, now + 8)
        XCTAssertEqual(record.latestLaunchDate, now + 8)
        XCTAssertEqual(record.modifiedAt, now + 8)
    }
}
