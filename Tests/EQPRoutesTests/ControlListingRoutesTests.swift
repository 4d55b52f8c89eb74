import EQP
import Formats
import HTTP1
import XCTest

/// `GET /_sandbox/packages` and `GET /_sandbox/files`: every user's packages and files, newest first.
final class ControlListingRoutesTests: ControlTestCase {
    override var options: SandboxStore.Options { SandboxStore.Options(scanDelaySeconds: 5, reviewPaceSeconds: 10) }

    func testPackagesListTheSeedPackageWithReviewStateAndTestResults() {
        let r = control(.GET, "/_sandbox/packages")
        XCTAssertEqual(r.headers["X-Total-Count"], "1")
        let list = assertJSON(r)
        XCTAssertEqual(list.arrayValue?.count, 1)
        let p = list[0] ?? .null
        XCTAssertEqual(p.keys, ["submission_id", "mage_id", "item_id", "name", "sku", "version", "type", "platform", "eqp_status",
                                "actions_now_available", "review", "test_results", "created_at", "modified_at"])
        XCTAssertEqual(p["submission_id"], "f4eacd72be")
        XCTAssertEqual(p["mage_id"], .string(Self.docsUser))
        XCTAssertEqual(p["item_id"], .null)
        XCTAssertEqual(p["sku"], "acme/one-click-checkout")
        XCTAssertEqual(p["eqp_status"], ["overall": "in_progress", "technical": "rejected", "marketing": "approved"])
        XCTAssertEqual(p["actions_now_available"], "technical.draft,technical.submit,marketing.recall,overall.cancel")
        XCTAssertEqual(p["review"], ["held": false, "next_step_at": .null])
        // The same summary the owner's GET .../status answers.
        XCTAssertEqual(p["test_results"], assertJSON(send(.GET, "/rest/v1/products/packages/f4eacd72be/status")))
        XCTAssertEqual(p["test_results"]?[3]?["name"], "marketing")
    }

    func testPackagesFollowTheReviewAndTheControls() {
        let submit = send(.PUT, "/rest/v1/products/packages/f4eacd72be", json: #"{"action": {"technical": "submit"}}"#)
        XCTAssertEqual(submit.status.code, 200, String(decoding: submit.body, as: UTF8.self))
        var p = assertJSON(control(.GET, "/_sandbox/packages"))[0] ?? .null
        XCTAssertEqual(p["eqp_status"]?["technical"], "in_automation")
        XCTAssertEqual(p["review"], ["held": false, "next_step_at": "2024-01-01 00:00:10"])
        XCTAssertEqual(control(.POST, "/_sandbox/packages/f4eacd72be/review", #"{"hold": true}"#).status.code, 200)
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/packages"))[0]?["review"]?["held"], true)
        XCTAssertEqual(control(.POST, "/_sandbox/packages/f4eacd72be/review", #"{"step": true}"#).status.code, 200)
        p = assertJSON(control(.GET, "/_sandbox/packages"))[0] ?? .null
        XCTAssertEqual(p["eqp_status"]?["technical"], "approved")
        XCTAssertEqual(p["test_results"]?.arrayValue?.count, 6, "a new phpcs and varnish run: \(p.text)")
        // A per-user reset brings the seed package back.
        XCTAssertEqual(control(.POST, "/_sandbox/users/\(Self.docsUser)/reset").status.code, 200)
        p = assertJSON(control(.GET, "/_sandbox/packages"))[0] ?? .null
        XCTAssertEqual(p["eqp_status"]?["technical"], "rejected")
        XCTAssertEqual(p["review"], ["held": false, "next_step_at": .null])
    }

    func testPackagesFilterByUserAndPage() throws {
        let user = try createUser(#"{"mage_id": "MAG777000111"}"#)
        let token = try XCTUnwrap(mint(user.appID, user.secret).token)
        let draft = #"[{"type": "extension", "platform": "M1", "sku": "acme/m1-thing", "version": "1.0.0", "name": "M1 Thing"}]"#
        let created = assertJSON(send(.POST, "/rest/v1/products/packages", token: token, json: draft))
        XCTAssertEqual(created[0]?["code"], 200, created.text)
        let id = try XCTUnwrap(created[0]?["submission_id"]?.stringValue)

        let all = control(.GET, "/_sandbox/packages")
        XCTAssertEqual(all.headers["X-Total-Count"], "2")
        XCTAssertEqual(assertJSON(all).arrayValue?.compactMap { $0["submission_id"]?.stringValue }, [id, "f4eacd72be"], "newest first")
        let mine = assertJSON(control(.GET, "/_sandbox/packages?mage_id=MAG777000111"))
        XCTAssertEqual(mine.arrayValue?.count, 1)
        XCTAssertEqual(mine[0]?["mage_id"], "MAG777000111")
        XCTAssertEqual(mine[0]?["eqp_status"], ["overall": "draft", "technical": "draft", "marketing": "draft"])
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/packages?mage_id=NOBODY")), [])
        let second = control(.GET, "/_sandbox/packages?offset=1&limit=1")
        XCTAssertEqual(second.headers["X-Total-Count"], "2")
        XCTAssertEqual(assertJSON(second)[0]?["submission_id"], "f4eacd72be")
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/packages?limit=0")), [])
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/packages?limit=-1")).arrayValue?.count, 2)
        assertError(control(.GET, "/_sandbox/packages?limit=-2"), status: 400, code: 1041)
        assertError(control(.GET, "/_sandbox/packages?offset=x"), status: 400, code: 1040)
    }

    func testFilesListEveryUsersFilesWithTheirScans() throws {
        let all = control(.GET, "/_sandbox/files")
        XCTAssertEqual(all.headers["X-Total-Count"], "12")
        let seed = assertJSON(all)
        XCTAssertEqual(seed.arrayValue?.count, 12)
        XCTAssertEqual(Set(seed.arrayValue?.compactMap { $0["mage_id"]?.stringValue } ?? []), [Self.docsUser, Self.otherUser])
        let artifact = try XCTUnwrap(seed.arrayValue?.first { $0["file_upload_id"] == "5c11e656057b42.97931218.5" })
        XCTAssertEqual(artifact.keys, ["file_upload_id", "mage_id", "filename", "content_type", "size", "malware_status", "file_hash",
                                       "uploaded_at", "scan_due_at", "submission_ids", "is_profile_image", "url"])
        XCTAssertEqual(artifact["malware_status"], "pass")
        XCTAssertEqual(artifact["submission_ids"], ["f4eacd72be"])
        XCTAssertEqual(artifact["url"], "http://127.0.0.1:8080/_sandbox/files/5c11e656057b42.97931218.5/acme_one-click-checkout.zip")

        let id = try XCTUnwrap(upload("new.zip", Array("PK fresh bytes".utf8)))
        var first = assertJSON(control(.GET, "/_sandbox/files?limit=1"))[0] ?? .null
        XCTAssertEqual(first["file_upload_id"]?.stringValue, id, "newest first")
        XCTAssertEqual(first["malware_status"], "in-progress")
        XCTAssertEqual(first["file_hash"], .null)
        XCTAssertEqual(first["uploaded_at"], "2024-01-01 00:00:00")
        XCTAssertEqual(first["scan_due_at"], "2024-01-01 00:00:05")
        XCTAssertEqual(control(.POST, "/_sandbox/files/\(id)/scan", #"{"result": "pass"}"#).status.code, 200)
        first = assertJSON(control(.GET, "/_sandbox/files?limit=1"))[0] ?? .null
        XCTAssertEqual(first["malware_status"], "pass")
        XCTAssertEqual(first["file_hash"]?.stringValue?.count, 32)
        XCTAssertEqual(first["scan_due_at"], .null)

        let other = control(.GET, "/_sandbox/files?mage_id=\(Self.otherUser)")
        XCTAssertEqual(other.headers["X-Total-Count"], "1")
        XCTAssertEqual(assertJSON(other)[0]?["mage_id"], .string(Self.otherUser))
        XCTAssertEqual(control(.GET, "/_sandbox/files?offset=20").headers["X-Total-Count"], "13")
        assertError(control(.GET, "/_sandbox/files?limit=many"), status: 400, code: 1041)
    }
}
