@testable import EQP
import XCTest

/// "Update a package": what a PUT may change in which state.
final class ReviewUpdateTests: XCTestCase {
    func request(_ t: PackageAction? = nil, _ m: PackageAction? = nil, _ o: PackageAction? = nil) -> PackageActionRequest {
        PackageActionRequest(technical: t, marketing: m, overall: o)
    }

    func testDraftEditsChangeNothingButAreChecked() throws {
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(), changing: ["name", "release_notes"], to: .draft), .draft)
        let rejected = EQPStatus(.inProgress, .rejected, .approved)
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(), changing: ["release_notes", "artifact"], to: rejected), rejected)
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(.technicalSubmit), changing: ["release_notes"], to: rejected),
                       EQPStatus(.inProgress, .inAutomation, .approved))
    }

    func testNoModificationDuringReviewExceptRecall() throws {
        let inReview = EQPStatus(.inProgress, .inAutomation, .awaitingMarketingReview)
        assertPackageError(1212, "release_notes, artifact cannot be changed while technical is in_automation: recall the technical submission first (action.technical: recall)") {
            try ReviewFlow.applyUpdate(request(), changing: ["release_notes", "artifact"], to: inReview)
        }
        assertPackageError(1212, "name cannot be changed while marketing is awaiting_marketing_review: recall the marketing submission first (action.marketing: recall)") {
            try ReviewFlow.applyUpdate(request(), changing: ["name"], to: inReview)
        }
        // Recall and fix in one request, then resubmit in another.
        let recalled = try ReviewFlow.applyUpdate(request(.technicalRecall), changing: ["release_notes"], to: inReview)
        XCTAssertEqual(recalled, EQPStatus(.inProgress, .recalled, .awaitingMarketingReview))
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(.technicalSubmit), changing: [], to: recalled),
                       EQPStatus(.inProgress, .inAutomation, .awaitingMarketingReview))
        // Unreviewed fields (item_id, priority) and launch scheduling stay editable.
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(), changing: ["item_id", "priority", "requested_launch_date"], to: inReview), inReview)
    }

    func testAfterReleaseOnlyMarketingChanges() throws {
        let live = EQPStatus(.releasedToStore, .approved, .approved)
        assertPackageError(1212, "release_notes cannot be changed while overall is released_to_store: only marketing information can change after release; submit a new version for technical changes") {
            try ReviewFlow.applyUpdate(request(), changing: ["release_notes"], to: live)
        }
        assertPackageError(1211) { try ReviewFlow.applyUpdate(request(.technicalSubmit), changing: [], to: live) }
        // A marketing edit without an action is saved as a pending draft; the package stays live.
        let drafted = try ReviewFlow.applyUpdate(request(), changing: ["long_description"], to: live)
        XCTAssertEqual(drafted, EQPStatus(.releasedToStore, .approved, .draft))
        // Submitting puts only marketing back into review.
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(nil, .marketingSubmit), changing: ["long_description"], to: live),
                       EQPStatus(.releasedToStore, .approved, .awaitingMarketingReview))
        // documentation_artifacts (both flows) is a marketing update after release.
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(), changing: ["documentation_artifacts"], to: live),
                       EQPStatus(.releasedToStore, .approved, .draft))
    }

    func testRemoveAndRepublish() throws {
        let live = EQPStatus(.releasedToStore, .approved, .approved)
        let removed = try ReviewFlow.applyUpdate(request(nil, nil, .overallRemove), changing: [], to: live)
        XCTAssertEqual(removed, EQPStatus(.developerRemovedFromStore, .approved, .draft))
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(nil, .marketingSubmit), changing: [], to: removed),
                       EQPStatus(.developerRemovedFromStore, .approved, .awaitingMarketingReview))
    }

    func testOverallActionStandsAlone() {
        assertPackageError(1213, "action.overall 'cancel' cannot be combined with technical.submit; send it on its own") {
            try ReviewFlow.applyUpdate(request(.technicalSubmit, nil, .overallCancel), changing: [], to: .draft)
        }
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(.technicalDraft, nil, .overallCancel), changing: [], to: .draft).overall,
                       .canceledByDeveloper)
    }

    func testCanceledVersionsAreClosed() {
        let canceled = EQPStatus(.canceledByDeveloper, .draft, .draft)
        assertPackageError(1212, "name cannot be changed while overall is canceled_by_developer: this version is closed; submit a new version instead") {
            try ReviewFlow.applyUpdate(request(), changing: ["name"], to: canceled)
        }
    }

    func testVersionFollowsTheTechnicalFlow() throws {
        // A technical resubmission with a new artifact may restate the version while marketing
        // is approved.
        let s = EQPStatus(.inProgress, .rejected, .approved)
        XCTAssertEqual(try ReviewFlow.applyUpdate(request(.technicalSubmit), changing: ["version", "artifact"], to: s),
                       EQPStatus(.inProgress, .inAutomation, .approved))
        assertPackageError(1212) { try ReviewFlow.applyUpdate(request(), changing: ["documentation_artifacts"], to: s) }
    }

    func testChangedFieldsIgnoreRoundTrippedValues() throws {
        let record = try PackageFixtures.docRecord(status: EQPStatus(.inProgress, .inAutomation, .inMarketingReview))
        // A client PUTs back what GET returned, with only the release notes changed.
        var body = record.json(files: PackageFixtures.files)
        body["release_notes"] = "Fixed"
        body["action"] = ["technical": "recall"]
        let item = try PackageValidator.validate(body, operation: .update, files: PackageFixtures.files)
        XCTAssertEqual(record.changedFields(item), ["release_notes"])
        XCTAssertEqual(try ReviewFlow.applyUpdate(item.actions, changing: record.changedFields(item), to: record.status),
                       EQPStatus(.inProgress, .recalled, .inMarketingReview))
    }
}
