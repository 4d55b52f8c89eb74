import Formats
import Foundation
import HTTP1
import TestSupport
import XCTest

/// The review controls over real sockets, on a manual clock: hold, step, decide, and outcomes
/// queued for a sku's next version.
final class ControlReviewEndToEndTests: XCTestCase {
    let packages = "/rest/v1/products/packages"
    let sku = "hook/review-me"

    func zip(version: String) -> [UInt8] {
        var z = ZipWriter()
        z.add(path: "composer.json", data: Array(#"{"name": "hook/review-me", "version": "\#(version)"}"#.utf8), compress: true)
        z.add(path: "registration.php", data: Array("<?php\n".utf8), compress: true)
        return z.finish()
    }

    func eqpStatus(_ id: String, _ c: SandboxClient, _ token: String) throws -> JSON {
        try c.call("GET", packages + "/" + id, token: token).json["eqp_status"] ?? .null
    }

    func testHoldStepDecideAndQueuedSkuOutcomes() throws {
        let c = try SandboxClient(["--clock", "manual", "--review-pace", "2", "--scan-delay", "0"])
        let user = try c.createUser(#"{"first_name": "Rev"}"#)
        let token = try c.token(user.appID, user.secret)
        let ids = try c.upload([("review-me.zip", "application/zip", zip(version: "1.0.0")),
                                ("user.pdf", "application/pdf", Array("%PDF-1.4 user".utf8)),
                                ("icon.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 1]),
                                ("shot.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 2])], token: token)
        XCTAssertEqual(ids.count, 4)
        let item = """
        [{"action": {"technical": "submit", "marketing": "submit"}, "item_id": "rev-1", "type": "extension", "platform": "M2",
          "version_compatibility": [{"edition": "CE", "versions": ["2.4"]}], "name": "Review Me", "long_description": "Long.",
          "release_notes": "First", "artifact": {"file_upload_id": "\(ids[0])"},
          "documentation_artifacts": {"user": {"file_upload_id": "\(ids[1])"}},
          "media_artifacts": {"icon_image": {"file_upload_id": "\(ids[2])"}, "gallery_images": [{"file_upload_id": "\(ids[3])"}]},
          "categories": ["//Extensions//Marketing//SEO/SEM"], "license_type": "mit"}]
        """
        let created = try c.call("POST", packages, item, token: token)
        let id = try XCTUnwrap(created.json[0]?["submission_id"]?.stringValue, created.text)
        let review = "/_sandbox/packages/\(id)/review"

        // Hold: a clock advance moves nothing.
        let submitted = try eqpStatus(id, c, token)
        XCTAssertEqual(submitted["technical"], "in_automation")
        let held = try c.call("POST", review, #"{"hold": true}"#)
        XCTAssertEqual(held.status, 200, held.text)
        XCTAssertEqual(held.json, try c.call("GET", packages + "/" + id, token: token).json)
        try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 60}"#)
        XCTAssertEqual(try eqpStatus(id, c, token), submitted)

        // Decide phpcs fail, then step once: the technical review ends rejected.
        XCTAssertEqual(try c.call("POST", review, #"{"decide": {"tool": "phpcs", "status": "fail"}}"#).status, 200)
        let stepped = try c.call("POST", review, #"{"step": true}"#)
        XCTAssertEqual(stepped.status, 200, stepped.text)
        XCTAssertEqual(stepped.json["eqp_status"], ["overall": "in_progress", "technical": "rejected", "marketing": "in_marketing_review"])
        let runs = try c.call("GET", packages + "/\(id)/status", token: token).json.arrayValue ?? []
        let phpcs = try XCTUnwrap(runs.first { $0["name"] == "phpcs" })
        XCTAssertEqual(phpcs["status"], "fail")
        let detail = try c.call("GET", "/rest/v1/\(id)/status/phpcs/\(phpcs["tool_run_id"]?.stringValue ?? "")", token: token)
        XCTAssertEqual(detail.json["status"], "FAIL", detail.text)
        // Still held: marketing waits too.
        try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 60}"#)
        XCTAssertEqual(try eqpStatus(id, c, token)["marketing"], "in_marketing_review")

        // A varnish error queued for the sku is what the next version reports.
        let outcomes = "/_sandbox/skus/hook%2Freview-me/outcomes"
        let queued = try c.call("POST", outcomes, #"{"tool": "varnish", "status": "error"}"#)
        XCTAssertEqual(queued.status, 200, queued.text)
        XCTAssertEqual(queued.json, [["tool": "varnish", "status": "error"]])
        XCTAssertEqual(queued.response.headers["X-Total-Count"], "1")
        let next = try c.upload([("review-me-101.zip", "application/zip", zip(version: "1.0.1"))], token: token)
        let version = try c.call("POST", packages, """
            [{"sku": "\(sku)", "action": {"technical": "submit"}, "release_notes": "Second",
              "artifact": {"file_upload_id": "\(next[0])"}}]
            """, token: token)
        XCTAssertEqual(version.json[0]?["code"], 200, version.text)
        XCTAssertEqual(version.json[0]?["version"], "1.0.1", version.text)
        let second = try XCTUnwrap(version.json[0]?["submission_id"]?.stringValue, version.text)
        try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 2}"#)
        XCTAssertEqual(try eqpStatus(second, c, token)["technical"], "rejected")
        let secondRuns = try c.call("GET", packages + "/\(second)/status", token: token).json.arrayValue ?? []
        XCTAssertEqual(secondRuns.first { $0["name"] == "varnish" }?["status"], "error")
        XCTAssertEqual(secondRuns.first { $0["name"] == "phpcs" }?["status"], "pass")
        XCTAssertEqual(try c.call("GET", outcomes).json, [])

        // Released, the first version goes on at the pace.
        XCTAssertEqual(try c.call("POST", review, #"{"hold": false}"#).status, 200)
        try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 2}"#)
        XCTAssertEqual(try eqpStatus(id, c, token)["marketing"], "approved")
        XCTAssertEqual(try c.call("POST", "/_sandbox/packages/nope/review", #"{"step": true}"#).json["code"], 1560)
    }
}
