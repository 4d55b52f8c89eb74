import Formats
import Foundation
import HTTP1
import TestSupport
import XCTest

/// The vendor release-script journey over real sockets, on a manual clock (nothing waits on
/// real time except callback delivery, which happens off the request path).
final class PackagesEndToEndTests: XCTestCase {
    let packages = "/rest/v1/products/packages"

    func zip(version: String) -> [UInt8] {
        var z = ZipWriter()
        z.add(path: "composer.json", data: Array(#"{"name": "hook/release-me", "version": "\#(version)"}"#.utf8), compress: true)
        z.add(path: "registration.php", data: Array("<?php\n".utf8), compress: true)
        return z.finish()
    }

    /// Starts a sandbox, a user whose callback points at `receiver`, and uploads the files.
    func start(_ receiver: CallbackReceiver) throws -> (SandboxClient, String, [String]) {
        let c = try SandboxClient(["--clock", "manual", "--review-pace", "2", "--scan-delay", "1"])
        let user = try c.createUser(#"{"first_name": "Rel", "api_callbacks": [{"name": "ci", "url": "http://127.0.0.1:\#(receiver.port)/cb", "username": "u", "password": "p"}]}"#)
        let token = try c.token(user.appID, user.secret)
        let ids = try c.upload([("release-me.zip", "application/zip", zip(version: "1.0.0")),
                                ("user.pdf", "application/pdf", Array("%PDF-1.4 user".utf8)),
                                ("icon.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 1]),
                                ("shot.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 2])], token: token)
        XCTAssertEqual(ids.count, 4)
        XCTAssertEqual(try c.call("GET", "/rest/v1/files/uploads/\(ids[0])", token: token).json["malware_status"], "in-progress")
        try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 1}"#)
        XCTAssertEqual(try c.call("GET", "/rest/v1/files/uploads/\(ids[0])", token: token).json["malware_status"], "pass")
        return (c, token, ids)
    }

    func item(_ ids: [String], notes: String) -> String {
        """
        [{"action": {"technical": "submit", "marketing": "submit"}, "item_id": "rel-1", "type": "extension", "platform": "M2",
          "version_compatibility": [{"edition": "CE", "versions": ["2.4"]}], "name": "Release Me", "long_description": "Long.",
          "release_notes": "\(notes)", "artifact": {"file_upload_id": "\(ids[0])"},
          "documentation_artifacts": {"user": {"file_upload_id": "\(ids[1])"}},
          "media_artifacts": {"icon_image": {"file_upload_id": "\(ids[2])"}, "gallery_images": [{"file_upload_id": "\(ids[3])"}]},
          "categories": ["//Extensions//Marketing//SEO/SEM"], "license_type": "mit"}]
        """
    }

    /// Advances the clock step by step until the package's overall status is `overall`.
    func waitFor(_ overall: String, _ id: String, _ c: SandboxClient, _ token: String) throws -> JSON {
        for _ in 0..<20 {
            let p = try c.call("GET", packages + "/" + id, token: token).json
            if p["eqp_status"]?["overall"]?.stringValue == overall { return p }
            try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 2}"#)
        }
        XCTFail("never reached \(overall)")
        return .null
    }

    func testReleaseScriptJourneyWithCallbacks() throws {
        let receiver = try CallbackReceiver()
        let (c, token, ids) = try start(receiver)
        let answer = try c.call("POST", packages, item(ids, notes: "First"), token: token)
        XCTAssertEqual(answer.status, 200, answer.text)
        let first = try XCTUnwrap(answer.json[0])
        XCTAssertEqual(first["code"], 200, answer.text)
        XCTAssertEqual(first["item_id"], "rel-1")
        XCTAssertEqual(first["sku"], "hook/release-me")
        XCTAssertEqual(first["eqp_status"]?["technical"], "in_automation")
        let id = try XCTUnwrap(first["submission_id"]?.stringValue)
        let released = try waitFor("released_to_store", id, c, token)
        XCTAssertNotNil(released["original_launch_date"]?.stringValue)
        let summary = try c.call("GET", packages + "/item/rel-1/status", token: token).json
        XCTAssertEqual(summary.arrayValue?.map { $0["status"]?.stringValue ?? "" }, ["pass", "pass", "pass"])
        XCTAssertTrue(try eventually { receiver.requests.contains { $0.contains("\"current_status\":\"released_to_store\"") } },
                      "no released_to_store callback: \(receiver.requests.count) received")
        XCTAssertTrue(receiver.requests.contains { $0.contains("eqp_status_update") && $0.contains("Authorization: Basic dTpw") })
    }

    func testForcedFailureFixAndResubmission() throws {
        let receiver = try CallbackReceiver()
        let (c, token, ids) = try start(receiver)
        let answer = try c.call("POST", packages, item(ids, notes: "Try [eqp-sandbox:fail=phpcs]"), token: token)
        let id = try XCTUnwrap(answer.json[0]?["submission_id"]?.stringValue, answer.text)
        for _ in 0..<4 { try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 2}"#) }
        let rejected = try c.call("GET", packages + "/" + id, token: token).json
        XCTAssertEqual(rejected["eqp_status"]?["technical"], "rejected")
        let runs = try c.call("GET", packages + "/\(id)/status", token: token).json.arrayValue ?? []
        let phpcs = try XCTUnwrap(runs.first { $0["name"] == "phpcs" })
        XCTAssertEqual(phpcs["status"], "fail")
        let detail = try c.call("GET", "/rest/v1/\(id)/status/phpcs/\(phpcs["tool_run_id"]!.stringValue!)", token: token)
        XCTAssertEqual(detail.json["status"], "FAIL", detail.text)
        let messages = detail.text
        XCTAssertTrue(messages.contains("\"line\":3") && messages.contains("\"source\":"), messages)

        let fix = try c.call("PUT", packages + "/" + id, #"{"release_notes": "Fixed", "action": {"technical": "submit"}}"#, token: token)
        XCTAssertEqual(fix.status, 200, fix.text)
        XCTAssertEqual(fix.json["eqp_status"]?["technical"], "in_automation")
        _ = try waitFor("released_to_store", id, c, token)
        let after = try c.call("GET", packages + "/\(id)/status", token: token).json.arrayValue ?? []
        XCTAssertEqual(after.last { $0["name"] == "phpcs" }?["status"], "pass")
    }
}
