import EQP
import Formats
import HTTP1
import XCTest

/// `POST /_sandbox/packages/:submission_id/review` and `/_sandbox/skus/:sku/outcomes`, on a
/// manual clock with instant scans and a review step every 10 seconds.
final class ControlReviewRoutesTests: ControlTestCase {
    override var options: SandboxStore.Options { SandboxStore.Options(scanDelaySeconds: 0, reviewPaceSeconds: 10) }

    let packages = "/rest/v1/products/packages"

    static func moduleZip(sku: String, version: String) -> [UInt8] {
        var zip = ZipWriter()
        zip.add(path: "composer.json", data: Array(#"{"name": "\#(sku)", "version": "\#(version)", "type": "magento2-module"}"#.utf8), compress: true)
        zip.add(path: "registration.php", data: Array("<?php\n".utf8), compress: true)
        return zip.finish()
    }

    /// Submits a complete package of the docs user for both reviews; answers its submission_id.
    func submit(sku: String = "acme/fast-cart", version: String = "1.0.0", name: String = "Fast Cart",
                file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let zip = try XCTUnwrap(upload("fast-cart.zip", Self.moduleZip(sku: sku, version: version)), file: file, line: line)
        let pdf = try XCTUnwrap(upload("user.pdf", Array("%PDF-1.4 guide \(name) \(version)".utf8), type: "application/pdf"), file: file, line: line)
        let icon = try XCTUnwrap(upload("icon.png", [0x89, 0x50, 0x4E, 0x47, 1] + Array(version.utf8), type: "image/png"), file: file, line: line)
        let shot = try XCTUnwrap(upload("shot.png", [0x89, 0x50, 0x4E, 0x47, 2] + Array(version.utf8), type: "image/png"), file: file, line: line)
        let item = """
        [{"action": {"technical": "submit", "marketing": "submit"}, "type": "extension", "platform": "M2",
          "version_compatibility": [{"edition": "CE", "versions": ["2.4"]}], "name": "\(name) \(version)",
          "long_description": "A faster cart.", "release_notes": "Release \(version)",
          "artifact": {"file_upload_id": "\(zip)"},
          "documentation_artifacts": {"user": {"file_upload_id": "\(pdf)"}},
          "media_artifacts": {"icon_image": {"file_upload_id": "\(icon)"}, "gallery_images": [{"file_upload_id": "\(shot)"}]},
          "categories": ["//Extensions//Payments & Security//Checkout Enhancements"],
          "prices": [{"edition": "CE", "currency_code": "USD", "price": 10}], "license_type": "mit"}]
        """
        let answer = assertJSON(send(.POST, packages, json: item), file: file, line: line)
        XCTAssertEqual(answer[0]?["code"], 200, answer.text, file: file, line: line)
        XCTAssertEqual(answer[0]?["eqp_status"]?["technical"], "in_automation", answer.text, file: file, line: line)
        return try XCTUnwrap(answer[0]?["submission_id"]?.stringValue, file: file, line: line)
    }

    func status(_ id: String) -> JSON { assertJSON(send(.GET, packages + "/" + id))["eqp_status"] ?? .null }

    func review(_ id: String, _ json: String) -> HTTPResponse { control(.POST, "/_sandbox/packages/\(id)/review", json) }

    func testHoldStopsTheClockUntilReleased() throws {
        let id = try submit()
        let before = status(id)
        let held = assertJSON(review(id, #"{"hold": true}"#))
        // The owner's view of the package, nothing more.
        XCTAssertEqual(held, assertJSON(send(.GET, packages + "/" + id)))
        clock.advance(by: 100)
        XCTAssertEqual(status(id), before)
        XCTAssertEqual(assertJSON(review(id, #"{"hold": true}"#))["eqp_status"], before)  // holding twice is fine
        // Released: the next step comes one pace later, not at once.
        XCTAssertEqual(assertJSON(review(id, #"{"hold": false}"#))["eqp_status"], before)
        clock.advance(by: 9)
        XCTAssertEqual(status(id), before)
        clock.advance(by: 1)
        XCTAssertEqual(status(id)["technical"], "approved")
        XCTAssertEqual(status(id)["marketing"], "in_marketing_review")
    }

    func testStepTakesOneStepWhateverThePaceOrHold() throws {
        let id = try submit()
        XCTAssertEqual(review(id, #"{"hold": true}"#).status.code, 200)
        let first = assertJSON(review(id, #"{"step": true}"#))
        XCTAssertEqual(first["eqp_status"], ["overall": "in_progress", "technical": "approved", "marketing": "in_marketing_review"])
        XCTAssertEqual(first, assertJSON(send(.GET, packages + "/" + id)))
        XCTAssertEqual(assertJSON(review(id, #"{"step": true}"#))["eqp_status"]?["marketing"], "approved")
        XCTAssertEqual(assertJSON(review(id, #"{"step": true}"#))["eqp_status"]?["overall"], "approved")
        let released = assertJSON(review(id, #"{"step": true}"#))
        XCTAssertEqual(released["eqp_status"]?["overall"], "released_to_store")
        XCTAssertEqual(released["original_launch_date"], "2024-01-01 00:00:00")
        assertError(review(id, #"{"step": true}"#), status: 409, code: 1564, messageContains: "released_to_store")
        // The seed's released package has nothing to step either.
        assertError(review("f4eacd72be", #"{"step": true}"#), status: 409, code: 1564)
    }

    func testDecidePhpcsFailRejectsTheTechnicalReview() throws {
        let id = try submit()
        let decided = assertJSON(review(id, #"{"decide": {"tool": "phpcs", "status": "fail"}}"#))
        XCTAssertEqual(decided["eqp_status"]?["technical"], "in_automation")
        // Deciding again replaces the waiting decision rather than queueing a second one.
        XCTAssertEqual(review(id, #"{"decide": {"tool": "varnish", "status": "error"}}"#).status.code, 200)
        XCTAssertEqual(review(id, #"{"decide": {"tool": "varnish", "status": "pass"}}"#).status.code, 200)
        clock.advance(by: 10)
        XCTAssertEqual(status(id)["technical"], "rejected")
        let runs = assertJSON(send(.GET, packages + "/\(id)/status")).arrayValue ?? []
        XCTAssertEqual(runs.first { $0["name"] == "phpcs" }?["status"], "fail")
        XCTAssertEqual(runs.first { $0["name"] == "varnish" }?["status"], "pass")
    }

    /// A decision may carry the detail `reports` the run shows (test-results.md's shapes).
    func testDecideWithReportsShowsThemInTheDetail() throws {
        let id = try submit()
        let phpcs = #"[{"magento_version": "2.4.6", "php_version": "8.2", "status": "FAIL", "messages": ["Line 7: no"]}]"#
        XCTAssertEqual(review(id, #"{"decide": {"tool": "phpcs", "status": "fail", "reports": \#(phpcs)}}"#).status.code, 200)
        clock.advance(by: 10)
        let runs = assertJSON(send(.GET, packages + "/\(id)/status")).arrayValue ?? []
        let run = try XCTUnwrap(runs.first { $0["name"] == "phpcs" })
        let runID = try XCTUnwrap(run["tool_run_id"]?.stringValue)
        let detail = assertJSON(send(.GET, packages + "/\(id)/status/phpcs/\(runID)"))
        XCTAssertEqual(detail["status"], "FAIL")
        XCTAssertEqual(detail["reports"], try JSON.parse(Array(phpcs.utf8)))
        // Varnish, decided without reports, keeps the ones the sandbox builds.
        let varnish = try XCTUnwrap(runs.first { $0["name"] == "varnish" }?["tool_run_id"]?.stringValue)
        XCTAssertEqual(assertJSON(send(.GET, packages + "/\(id)/status/varnish/\(varnish)"))["reports"]?[0]?["status"], "PASS")
        assertError(review(id, #"{"decide": {"tool": "phpcs", "status": "fail", "reports": "bad"}}"#), status: 400, code: 1033,
                    messageContains: "array or an object")
        // Queued outcomes carry reports too, and list them.
        let queued = control(.POST, "/_sandbox/skus/acme%2Ffast-cart/outcomes",
                             #"{"tool": "marketing", "status": "fail", "reports": {"status": "FAIL", "comments": "Icon too small"}}"#)
        XCTAssertEqual(assertJSON(queued)[0]?["reports"]?["comments"], "Icon too small")
    }

    func testBadRequests() throws {
        let id = try submit()
        assertError(review("nope", #"{"hold": true}"#), status: 404, code: 1560, messageContains: "'nope'")
        assertError(review(id, "{}"), status: 400, code: 1561, messageContains: "empty object")
        assertError(review(id, "[]"), status: 400, code: 1561)
        assertError(review(id, #"{"hold": true, "step": true}"#), status: 400, code: 1561)
        assertError(review(id, #"{"pause": true}"#), status: 400, code: 1561, messageContains: "'pause'")
        assertError(review(id, #"{"step": false}"#), status: 400, code: 1561, messageContains: "step must be true")
        assertError(review(id, #"{"hold": "yes"}"#), status: 400, code: 1032)
        assertError(review(id, #"{"decide": "phpcs"}"#), status: 400, code: 1032)
        assertError(review(id, #"{"decide": {"tool": "lint", "status": "fail"}}"#), status: 400, code: 1562, messageContains: "'lint'")
        assertError(review(id, #"{"decide": {"tool": "phpcs", "status": "ok"}}"#), status: 400, code: 1563)
        assertError(review(id, #"{"decide": {"tool": "phpcs"}}"#), status: 400, code: 1034)
        assertError(review(id, #"{"decide": {"tool": "phpcs", "status": "fail", "why": "x"}}"#), status: 400, code: 1033)
        assertError(review(id, "{"), status: 400, code: 1030)
        assertError(control(.POST, "/_sandbox/packages/\(id)/review"), status: 400, code: 1031)
    }

    func testOutcomesQueuedForASku() throws {
        let path = "/_sandbox/skus/acme%2Ffast-cart/outcomes"
        let queued = control(.POST, path, #"{"tool": "phpcs", "status": "fail", "count": 2}"#)
        XCTAssertEqual(assertJSON(queued), [["tool": "phpcs", "status": "fail"], ["tool": "phpcs", "status": "fail"]])
        XCTAssertEqual(queued.headers["X-Total-Count"], "2")
        XCTAssertEqual(assertJSON(control(.POST, path, #"{"tool": "marketing", "status": "needs_review"}"#)).arrayValue?.count, 3)
        let id = try submit()
        clock.advance(by: 20)
        XCTAssertEqual(status(id), ["overall": "in_progress", "technical": "rejected", "marketing": "approved_with_modifications_pending"])
        let left = control(.GET, path)
        XCTAssertEqual(assertJSON(left), [["tool": "phpcs", "status": "fail"]])
        XCTAssertEqual(left.headers["X-Total-Count"], "1")
        // Other skus are not touched.
        let other = try submit(sku: "acme/other-cart", name: "Other Cart")
        clock.advance(by: 10)
        XCTAssertEqual(status(other)["technical"], "approved")
        XCTAssertEqual(control(.DELETE, path).status.code, 204)
        XCTAssertEqual(assertJSON(control(.GET, path)), [])

        assertError(control(.POST, "/_sandbox/skus/fast-cart/outcomes", #"{"tool": "phpcs", "status": "fail"}"#), status: 400, code: 1566)
        assertError(control(.GET, "/_sandbox/skus/Not%20A%20Sku/outcomes"), status: 400, code: 1566)
        assertError(control(.POST, path, #"{"tool": "phpcs", "status": "fail", "count": 0}"#), status: 400, code: 1565)
        assertError(control(.POST, path, #"{"tool": "phpcs", "status": "fail", "count": "2"}"#), status: 400, code: 1032)
        assertError(control(.POST, path, #"{"status": "fail"}"#), status: 400, code: 1034)
        assertError(control(.POST, path, #"{"tool": "phpcs", "status": "fail", "sku": "x"}"#), status: 400, code: 1033)
    }
}

final class ControlReviewProtectionTests: ControlTestCase {
    override var controlToken: String? { "s3cret" }

    func testTheReviewControlsNeedTheControlToken() {
        assertError(control(.POST, "/_sandbox/packages/f4eacd72be/review", #"{"hold": true}"#), status: 401, code: 1501)
        assertError(control(.GET, "/_sandbox/skus/acme%2Fone-click-checkout/outcomes"), status: 401, code: 1501)
        XCTAssertEqual(control(.POST, "/_sandbox/packages/f4eacd72be/review", #"{"hold": true}"#,
                               headers: [("X-Sandbox-Token", "s3cret")]).status.code, 200)
    }
}
