import EQP
import Formats
import HTTP1
import XCTest

/// A token reaches only its own user's data (SANDBOX-NOTES.md): for every resource, the
/// second seed user's token gets 404s for the first user's data and changes nothing, and the
/// first user's token never sees the second's.
final class IsolationRoutesTests: APITestCase {
    var jane: String!
    let janeFile = "5c7a1b2c3d4e5f.24681357.3"

    override func setUpWithError() throws {
        try super.setUpWithError()
        jane = try token()
    }

    func testProfile() {
        assertError(send(.GET, "/rest/v1/users/MAG123456789", token: jane), status: 404, code: 1101, messageContains: "MAG000000002")
        assertError(send(.GET, "/rest/v1/users/MAG123456789?style=summary", token: jane), status: 404, code: 1101)
        assertError(send(.PUT, "/rest/v1/users/MAG123456789", token: jane, json: #"{"first_name": "Hacked"}"#), status: 404, code: 1101)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/MAG123456789"))["first_name"], "John")
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/MAG000000002", token: jane))["first_name"], "Jane")
        assertError(send(.GET, "/rest/v1/users/MAG000000002"), status: 404, code: 1101)
        // A missing user reads exactly like another user's.
        assertError(send(.GET, "/rest/v1/users/MAG999999999"), status: 404, code: 1101)
    }

    func testKeys() {
        assertError(send(.GET, "/rest/v1/users/MAG123456789/keys", token: jane), status: 404, code: 1101)
        assertError(send(.POST, "/rest/v1/users/MAG123456789/keys", token: jane, json: #"{"m2": [{"label": "x"}]}"#), status: 404, code: 1101)
        assertError(send(.PUT, "/rest/v1/users/MAG123456789/keys/key_for_bob", token: jane, json: #"{"m2": [{"is_enabled": true}]}"#),
                    status: 404, code: 1101)
        assertError(send(.DELETE, "/rest/v1/users/MAG123456789/keys/main_key", token: jane), status: 404, code: 1101)
        // Jane cannot reach John's keys through her own path and John's uid either.
        assertError(send(.GET, "/rest/v1/users/MAG000000002/keys?uid=MAG123456789", token: jane), status: 400, code: 1151)
        assertError(send(.DELETE, "/rest/v1/users/MAG000000002/keys/main_key?uid=MAG123456789", token: jane), status: 400, code: 1151)
        let johns = assertJSON(send(.GET, "/rest/v1/users/MAG123456789/keys?type=m2"))["m2"]?.arrayValue ?? []
        XCTAssertEqual(johns.count, 3)
        XCTAssertEqual(johns.first { $0["label"] == "key_for_bob" }?["is_enabled"], false)
        let janes = assertJSON(send(.GET, "/rest/v1/users/MAG000000002/keys", token: jane))
        XCTAssertEqual(janes["m2"]?.arrayValue?.map { $0["user_key"]?.stringValue }, ["0a1b2c3d4e5f60718293a4b5c6d7e8f9"])
        XCTAssertEqual(janes["m1"], [])
    }

    func testFiles() {
        assertError(send(.GET, "/rest/v1/files/uploads/5c129cd41ba478.65767699.1", token: jane), status: 404, code: 1301)
        assertError(send(.DELETE, "/rest/v1/files/uploads/5c129cd41ba478.65767699.1", token: jane), status: 404, code: 1301)
        let list = send(.GET, "/rest/v1/files/uploads?limit=-1", token: jane)
        XCTAssertEqual(assertJSON(list).arrayValue?.compactMap { $0["file_upload_id"]?.stringValue }, [janeFile])
        XCTAssertEqual(list.headers["X-Total-Count"], "1")
        assertError(send(.GET, "/rest/v1/files/uploads/\(janeFile)"), status: 404, code: 1301)
        let johns = assertJSON(send(.GET, "/rest/v1/files/uploads?limit=-1")).arrayValue ?? []
        XCTAssertFalse(johns.contains { $0["file_upload_id"]?.stringValue == janeFile })
        XCTAssertEqual(send(.GET, "/rest/v1/files/uploads/5c129cd41ba478.65767699.1").status.code, 200)
        // Jane's uploads land in Jane's list only.
        let body = FileRoutesTests.multipart([FileRoutesTests.Part(filename: "j.pdf", type: "application/pdf", bytes: [37, 80])])
        _ = send(.POST, "/rest/v1/files/uploads", token: jane, headers: [("Content-Type", "multipart/form-data; boundary=UNIQUE_BOUNDARY_TOKEN")], body: body)
        XCTAssertEqual(send(.GET, "/rest/v1/files/uploads", token: jane).headers["X-Total-Count"], "2")
        XCTAssertEqual(send(.GET, "/rest/v1/files/uploads").headers["X-Total-Count"], "11")
    }

    func testProfileImageCannotUseAnotherUsersFile() {
        assertError(send(.PUT, "/rest/v1/users/MAG000000002", token: jane,
                         json: #"{"profile_image_artifact": {"file_upload_id": "5c119a03b4ddf6.75124444.0"}}"#), status: 400, code: 1033)
    }

    func testReports() {
        for kind in ["pageviews", "totals", "sales", "refunds"] {
            assertError(send(.GET, "/rest/v1/users/MAG123456789/reports/\(kind)", token: jane), status: 404, code: 1101)
            XCTAssertEqual(send(.GET, "/rest/v1/users/MAG000000002/reports/\(kind)", token: jane).status.code, 200)
        }
    }

    func testApps() {
        let janes = assertJSON(send(.GET, "/rest/v1/apps", token: jane))
        XCTAssertFalse(janes.text.contains("AQ17NZ49WC"))
    }
}
