import EQP
import Formats
import HTTP1
import XCTest

final class ControlStateRoutesTests: ControlTestCase {
    func testExportIsTheSeedFormatAndImportsBack() throws {
        let user = try createUser(#"{"first_name": "Ann"}"#)
        let annToken = try XCTUnwrap(mint(user.appID, user.secret).token)
        XCTAssertNotNil(upload("a.zip", [0x50, 0x4B, 0x05, 0x06, 1, 2, 3], token: annToken))
        XCTAssertEqual(send(.PUT, "/rest/v1/users/\(Self.docsUser)", json: #"{"first_name": "Exported"}"#).status.code, 200)

        let exported = assertJSON(control(.GET, "/_sandbox/state"))
        XCTAssertEqual(exported.keys, ["_comment", "users", "metrics", "packages"])
        let users = try XCTUnwrap(exported["users"]?.arrayValue)
        XCTAssertEqual(users.map { $0["profile"]?["mage_id"]?.stringValue }, [Self.docsUser, Self.otherUser, user.mageID])
        XCTAssertEqual(users[0].keys, ["profile", "access_keys", "demo_tokens", "m2_keys", "m1_keys", "files", "reports"])
        XCTAssertEqual(users[0]["profile"]?["first_name"], "Exported")
        XCTAssertEqual(users[0]["profile"]?["api_callbacks"]?[0]?["password"], "secret", "passwords are part of the state")
        XCTAssertEqual(users[0]["profile"]?["profile_image_artifact"], ["file_upload_id": "5c119a03b4ddf6.75124444.0"])
        XCTAssertEqual(users[2]["files"]?[0]?["content"]?["base64"]?.stringValue, Base64.encode([0x50, 0x4B, 0x05, 0x06, 1, 2, 3]))
        XCTAssertEqual(users[2]["files"]?[0]?["malware_status"], "in-progress")
        // The export is a valid seed as it stands.
        let seed = try SeedLoader.load(documents: [("exported.json", exported.serialized())])
        XCTAssertEqual(seed.mageIDs, [Self.docsUser, Self.otherUser, user.mageID])

        XCTAssertEqual(control(.POST, "/_sandbox/reset").status.code, 200)
        let loaded = assertJSON(control(.PUT, "/_sandbox/state", exported.text))
        XCTAssertEqual(loaded, ["users": 3, "files": 13, "metrics": 0, "packages": 1])
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/\(Self.docsUser)"))["first_name"], "Exported", "demo tokens come back with the state")
        assertError(send(.GET, "/rest/v1/users/\(user.mageID)", token: annToken), status: 401, code: 1003, messageContains: "Unknown session token")
        let fresh = try XCTUnwrap(mint(user.appID, user.secret).token)
        XCTAssertEqual(send(.GET, "/rest/v1/files/uploads", token: fresh).headers["X-Total-Count"], "1")
        // Export, import, export: the same document (clock unchanged).
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/state")), exported)

        // An imported user not in the startup seed resets to the imported version.
        let listed = assertJSON(control(.GET, "/_sandbox/users/\(user.mageID)"))
        XCTAssertEqual(listed["origin"], "imported")
        XCTAssertEqual(send(.PUT, "/rest/v1/users/\(user.mageID)", token: fresh, json: #"{"first_name": "Later"}"#).status.code, 200)
        XCTAssertEqual(assertJSON(control(.POST, "/_sandbox/users/\(user.mageID)/reset"))["profile"]?["first_name"], "Ann")
        // The docs user resets to the startup seed, not the import.
        XCTAssertEqual(assertJSON(control(.POST, "/_sandbox/users/\(Self.docsUser)/reset"))["profile"]?["first_name"], "John")
    }

    func testInvalidDocumentsNameTheJSONPath() {
        assertError(control(.PUT, "/_sandbox/state", #"{"users": [{"profile": {"first_name": "x"}}]}"#),
                    status: 400, code: 1540, messageContains: "Invalid state document: users[0].profile.mage_id: is required")
        assertError(control(.PUT, "/_sandbox/state", #"{"users": [{"profile": {"mage_id": "A"}, "access_keys": [{"application_id": "K", "application_secret": "s"}, {"application_id": "K", "application_secret": "t"}]}]}"#),
                    status: 400, code: 1540, messageContains: "users[0].access_keys[1].application_id")
        assertError(control(.PUT, "/_sandbox/state", #"{"userz": []}"#), status: 400, code: 1540, messageContains: "userz")
        assertError(control(.PUT, "/_sandbox/state", "{"), status: 400, code: 1540, messageContains: "not valid JSON")
        assertError(control(.PUT, "/_sandbox/state"), status: 400, code: 1031)
        // Nothing changed.
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/ready"))["users"], 2)
    }

    func testAnEmptyStateIsAllowed() {
        XCTAssertEqual(assertJSON(control(.PUT, "/_sandbox/state", "{}")), ["users": 0, "files": 0, "metrics": 0, "packages": 0])
        assertError(send(.GET, "/rest/v1/users/\(Self.docsUser)"), status: 401, code: 1003)
        XCTAssertEqual(control(.POST, "/_sandbox/reset").status.code, 200)
        XCTAssertEqual(send(.GET, "/rest/v1/users/\(Self.docsUser)").status.code, 200)
    }
}
