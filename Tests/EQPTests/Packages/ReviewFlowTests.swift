@testable import EQP
import XCTest

/// Every status × every action: `actions_now_available` lists exactly what `apply` accepts, legal
/// actions give the documented new status, illegal ones a 1211 naming the state.
final class ReviewFlowTests: XCTestCase {
    typealias O = EQPStatus.Overall
    typealias T = EQPStatus.Technical
    typealias M = EQPStatus.Marketing

    /// The rules of packages.md "Update a package", restated independently of `ReviewFlow`.
    func expectedLegal(_ action: PackageAction, _ s: EQPStatus) -> Bool {
        let pipeline: Set<O> = [.draft, .inProgress, .approved]
        let afterRelease: Set<O> = [.releasedToStore, .developerRemovedFromStore]
        let tEditable: Set<T> = [.draft, .rejected, .recalled]
        let tReview: Set<T> = [.inAutomation, .awaitingManualQA, .inManualQA]
        let mEditable: Set<M> = [.draft, .rejected, .recalled]
        let mReview: Set<M> = [.awaitingMarketingReview, .inMarketingReview]
        let mApproved: Set<M> = [.approved, .approvedWithModificationsPending]
        switch action {
        case .technicalDraft, .technicalSubmit:
            return pipeline.contains(s.overall) && tEditable.contains(s.technical)
        case .technicalRecall:
            return pipeline.contains(s.overall) && (tReview.contains(s.technical) || s.technical == .approved)
        case .marketingDraft, .marketingSubmit:
            if pipeline.contains(s.overall) { return mEditable.contains(s.marketing) }
            return afterRelease.contains(s.overall) && (mEditable.contains(s.marketing) || mApproved.contains(s.marketing))
        case .marketingRecall:
            if pipeline.contains(s.overall) { return mReview.contains(s.marketing) || mApproved.contains(s.marketing) }
            return afterRelease.contains(s.overall) && mReview.contains(s.marketing)
        case .overallCancel:
            return pipeline.contains(s.overall)
        case .overallRemove:
            return s.overall == .releasedToStore
        }
    }

    func expectedResult(_ action: PackageAction, _ s: EQPStatus) -> EQPStatus {
        var r = s
        switch action {
        case .technicalDraft: break
        case .technicalSubmit:
            r.technical = .inAutomation
            if r.overall == .draft { r.overall = .inProgress }
        case .technicalRecall:
            r.technical = .recalled
            if r.overall == .approved { r.overall = .inProgress }
        case .marketingDraft:
            if (r.overall == .releasedToStore || r.overall == .developerRemovedFromStore)
                && (r.marketing == .approved || r.marketing == .approvedWithModificationsPending) { r.marketing = .draft }
        case .marketingSubmit:
            r.marketing = .awaitingMarketingReview
            if r.overall == .draft { r.overall = .inProgress }
        case .marketingRecall:
            r.marketing = .recalled
            if r.overall == .approved { r.overall = .inProgress }
        case .overallCancel:
            r.overall = .canceledByDeveloper
            if [.inAutomation, .awaitingManualQA, .inManualQA].contains(r.technical) { r.technical = .recalled }
            if [.awaitingMarketingReview, .inMarketingReview].contains(r.marketing) { r.marketing = .recalled }
        case .overallRemove:
            r.overall = .developerRemovedFromStore
            r.marketing = .draft
        }
        return r
    }

    func testEveryStatusWithEveryAction() throws {
        let all = EQPStatus.allCombinations
        XCTAssertEqual(all.count, 8 * 7 * 7)
        var legalCount = 0
        for status in all {
            let available = ReviewFlow.actionsNowAvailable(for: status)
            XCTAssertEqual(ReviewFlow.actionsNowAvailableString(for: status), available.map(\.rawValue).joined(separator: ","))
            for action in PackageAction.allCases {
                let legal = expectedLegal(action, status)
                XCTAssertEqual(available.contains(action), legal, "\(action) in \(status)")
                if legal {
                    legalCount += 1
                    XCTAssertEqual(try ReviewFlow.apply(action, to: status), expectedResult(action, status), "\(action) in \(status)")
                } else {
                    let error = assertPackageError(1211) { try ReviewFlow.apply(action, to: status) }
                    let message = error?.message ?? ""
                    XCTAssertTrue(message.hasPrefix("\(action.rawValue) is not possible while "), message)
                    let namesState = message.contains("overall is \(status.overall.rawValue)")
                        || message.contains("technical is \(status.technical.rawValue)")
                        || message.contains("marketing is \(status.marketing.rawValue)")
                    XCTAssertTrue(namesState, message)
                    let availableText = available.isEmpty ? "none" : available.map(\.rawValue).joined(separator: ", ")
                    XCTAssertTrue(message.hasSuffix("; actions now available: " + availableText), message)
                    XCTAssertEqual(error?.status, 409)
                }
            }
        }
        XCTAssertGreaterThan(legalCount, 500)
    }

    func testActionsOfTheDocumentedStates() {
        XCTAssertEqual(ReviewFlow.actionsNowAvailableString(for: .draft),
                       "technical.draft,technical.submit,marketing.draft,marketing.submit,overall.cancel")
        // The answer to the docs' POST with both submits.
        XCTAssertEqual(ReviewFlow.actionsNowAvailableString(for: EQPStatus(.inProgress, .inAutomation, .awaitingMarketingReview)),
                       "technical.recall,marketing.recall,overall.cancel")
        // "Get package details": technical rejected, marketing approved.
        XCTAssertEqual(ReviewFlow.actionsNowAvailableString(for: EQPStatus(.inProgress, .rejected, .approved)),
                       "technical.draft,technical.submit,marketing.recall,overall.cancel")
        XCTAssertEqual(ReviewFlow.actionsNowAvailableString(for: EQPStatus(.releasedToStore, .approved, .approved)),
                       "marketing.draft,marketing.submit,overall.remove")
        XCTAssertEqual(ReviewFlow.actionsNowAvailableString(for: EQPStatus(.releasedToStore, .approved, .inMarketingReview)),
                       "marketing.recall,overall.remove")
        XCTAssertEqual(ReviewFlow.actionsNowAvailableString(for: EQPStatus(.developerRemovedFromStore, .approved, .draft)),
                       "marketing.draft,marketing.submit")
        for final in [O.canceledByDeveloper, .canceledByAdmin, .adminRemovedFromStore] {
            XCTAssertEqual(ReviewFlow.actionsNowAvailable(for: EQPStatus(final, .approved, .approved)), [])
        }
    }

    func testErrorMessagesNameTheBlockingState() {
        assertPackageError(1211, "technical.recall is not possible while technical is draft; actions now available: technical.draft, technical.submit, marketing.draft, marketing.submit, overall.cancel") {
            try ReviewFlow.apply(.technicalRecall, to: .draft)
        }
        assertPackageError(1211, "technical.recall is not possible while overall is released_to_store; actions now available: marketing.draft, marketing.submit, overall.remove") {
            try ReviewFlow.apply(.technicalRecall, to: EQPStatus(.releasedToStore, .approved, .approved))
        }
        assertPackageError(1211, "marketing.submit is not possible while marketing is in_marketing_review; actions now available: technical.recall, marketing.recall, overall.cancel") {
            try ReviewFlow.apply(.marketingSubmit, to: EQPStatus(.inProgress, .inAutomation, .inMarketingReview))
        }
        assertPackageError(1211, "overall.remove is not possible while overall is in_progress; actions now available: technical.recall, marketing.recall, overall.cancel") {
            try ReviewFlow.apply(.overallRemove, to: EQPStatus(.inProgress, .inAutomation, .awaitingMarketingReview))
        }
        assertPackageError(1211, "marketing.submit is not possible while overall is canceled_by_developer; actions now available: none") {
            try ReviewFlow.apply(.marketingSubmit, to: EQPStatus(.canceledByDeveloper, .recalled, .draft))
        }
    }

    func testLifecycleThroughReleaseRemovalAndRepublish() throws {
        var s = EQPStatus.draft
        s = try ReviewFlow.apply(.technicalSubmit, to: s)
        XCTAssertEqual(s, EQPStatus(.inProgress, .inAutomation, .draft))
        s = try ReviewFlow.apply(.marketingSubmit, to: s)
        XCTAssertEqual(s, EQPStatus(.inProgress, .inAutomation, .awaitingMarketingReview))
        s = try ReviewFlow.apply(.overallRemove, to: EQPStatus(.releasedToStore, .approved, .approved))
        XCTAssertEqual(s, EQPStatus(.developerRemovedFromStore, .approved, .draft))
        s = try ReviewFlow.apply(.marketingSubmit, to: s)
        XCTAssertEqual(s, EQPStatus(.developerRemovedFromStore, .approved, .awaitingMarketingReview))
        // Marketing update after release: overall stays live.
        s = try ReviewFlow.apply(.marketingSubmit, to: EQPStatus(.releasedToStore, .approved, .approved))
        XCTAssertEqual(s, EQPStatus(.releasedToStore, .approved, .awaitingMarketingReview))
        // Recall from an approved-but-unreleased version.
        s = try ReviewFlow.apply(.technicalRecall, to: EQPStatus(.approved, .approved, .approved))
        XCTAssertEqual(s, EQPStatus(.inProgress, .recalled, .approved))
        s = try ReviewFlow.apply(.overallCancel, to: EQPStatus(.inProgress, .inManualQA, .inMarketingReview))
        XCTAssertEqual(s, EQPStatus(.canceledByDeveloper, .recalled, .recalled))
    }

    func testStatusJSONRoundTrip() throws {
        let s = EQPStatus(.inProgress, .rejected, .approved)
        XCTAssertEqual(s.json.text, #"{"overall":"in_progress","technical":"rejected","marketing":"approved"}"#)
        XCTAssertEqual(EQPStatus(json: s.json), s)
        XCTAssertNil(EQPStatus(json: ["overall": "live", "technical": "draft", "marketing": "draft"]))
    }
}
