import EQP
import Formats
import HTTP1
import XCTest

/// Users and API access keys through the control API (the Developer Portal UI's job).
final class ControlUserRoutesTests: ControlTestCase {
    func testCreatedUserHasAGeneratedIDAndAKeyThatMintsATokenAtOnce() throws {
        let user = assertJSON(control(.POST, "/_sandbox/users"), status: 201)
        XCTAssertEqual(user.keys, ["mage_id", "origin", "profile", "access_keys", "live_sessions", "file_count"])
        let mageID = try XCTUnwrap(user["mage_id"]?.stringValue)
        XCTAssertTrue(mageID.hasPrefix("MAG") && mageID.count == 12 && mageID.dropFirst(3).allSatisfy(\.isNumber), mageID)
        XCTAssertEqual(user["origin"], "created")
        let key = try XCTUnwrap(user["access_keys"]?.arrayValue?.first)
        XCTAssertEqual(key.keys, ["application_id", "application_secret", "name", "created_at", "regenerated_at"])
        XCTAssertEqual(key["created_at"], "2024-01-01 00:00:00")
        let (status, token) = mint(key["application_id"]!.stringValue!, key["application_secret"]!.stringValue!)
        XCTAssertEqual(status, 200)
        let profile = assertJSON(send(.GET, "/rest/v1/users/\(mageID)", token: token))
        XCTAssertEqual(profile["mage_id"]?.stringValue, mageID)
        XCTAssertEqual(profile["has_completed_profile"], false)
        // The new user is isolated like any other.
        assertError(send(.GET, "/rest/v1/users/\(Self.docsUser)", token: token), status: 404, code: 1101)
    }

    func testCreateWithMageIDAndProfileFields() {
        let user = assertJSON(control(.POST, "/_sandbox/users", #"{"mage_id": "MAG555000111", "first_name": "Ann", "email": "ann@example.com", "personal_profile": {"bio": "Tests things."}}"#), status: 201)
        XCTAssertEqual(user["mage_id"], "MAG555000111")
        XCTAssertEqual(user["profile"]?["first_name"], "Ann")
        XCTAssertEqual(user["profile"]?["email"], "ann@example.com")
        assertError(control(.POST, "/_sandbox/users", #"{"mage_id": "MAG555000111"}"#), status: 409, code: 1510)
        assertError(control(.POST, "/_sandbox/users", #"{"mage_id": "MAG123456789"}"#), status: 409, code: 1510)
        assertError(control(.POST, "/_sandbox/users", #"{"mage_id": "has space"}"#), status: 400, code: 1511)
        assertError(control(.POST, "/_sandbox/users", #"{"email": "nope"}"#), status: 400, code: 1033, messageContains: "profile.email must be an email address")
        assertError(control(.POST, "/_sandbox/users", #"{"frist_name": "typo"}"#), status: 400, code: 1033, messageContains: "profile.frist_name is not a known field")
        assertError(control(.POST, "/_sandbox/users", #"[1]"#), status: 400, code: 1032)
    }

    func testCreateFromASeedEntryWithFilesAndKeys() throws {
        let entry = #"""
        {"profile": {"mage_id": "MAG777000001", "first_name": "Seedy", "profile_image_artifact": {"file_upload_id": "aa.1.1"}},
         "access_keys": [{"application_id": "SEEDYKEY01", "application_secret": "s1"}, {"application_id": "SEEDYKEY02", "application_secret": "s2", "name": "CI"}],
         "m2_keys": [{"label": "main", "user_key": "0123456789abcdef0123456789abcdef", "password_key": "fedcba9876543210fedcba9876543210"}],
         "files": [{"file_upload_id": "aa.1.1", "filename": "me.png", "content_type": "image/png", "content": {"text": "not really a png"}}]}
        """#
        let user = assertJSON(control(.POST, "/_sandbox/users", entry), status: 201)
        XCTAssertEqual(user["access_keys"]?.arrayValue?.map { $0["name"]?.stringValue }, ["API key 1", "CI"])
        XCTAssertEqual(user["file_count"], 1)
        let token = try XCTUnwrap(mint("SEEDYKEY02", "s2").token)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/MAG777000001/keys?type=m2", token: token))["m2"]?.arrayValue?.count, 1)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/files/uploads/aa.1.1", token: token))["is_profile_image"], true)

        // Identifiers other users hold are refused, naming the path.
        assertError(control(.POST, "/_sandbox/users", #"{"access_keys": [{"application_id": "AQ17NZ49WC", "application_secret": "x"}]}"#),
                    status: 409, code: 1512, messageContains: "access_keys[0].application_id: application ID 'AQ17NZ49WC' is already used by user MAG123456789")
        assertError(control(.POST, "/_sandbox/users", #"{"files": [{"file_upload_id": "aa.1.1", "filename": "x.pdf", "content_type": "application/pdf", "content": {"text": "x"}}]}"#),
                    status: 409, code: 1512, messageContains: "files[0].file_upload_id")
        assertError(control(.POST, "/_sandbox/users", #"{"demo_tokens": ["baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7"]}"#),
                    status: 409, code: 1512, messageContains: "demo_tokens[0]")
        assertError(control(.POST, "/_sandbox/users", #"{"access_keys": [{"application_secret": "x"}]}"#),
                    status: 400, code: 1033, messageContains: "access_keys[0].application_id is required")
    }

    func testListShowsEveryUserWithSecrets() throws {
        let created = try createUser()
        let r = control(.GET, "/_sandbox/users")
        let users = try XCTUnwrap(assertJSON(r).arrayValue)
        XCTAssertEqual(r.headers["X-Total-Count"], "3")
        XCTAssertEqual(users.map { $0["mage_id"]?.stringValue }, [Self.docsUser, Self.otherUser, created.mageID])
        XCTAssertEqual(users.map { $0["origin"]?.stringValue }, ["seed", "seed", "created"])
        XCTAssertEqual(users[0]["access_keys"]?[0]?["application_secret"], "8820c99614d65f923df7660276f20e029d73e2ca")
        XCTAssertEqual(users[0]["live_sessions"], 1, "the demo token")
        XCTAssertEqual(users[0]["file_count"], 11)
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/users?limit=1&offset=1")).arrayValue?.first?["mage_id"]?.stringValue, Self.otherUser)
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/users/\(created.mageID)"))["mage_id"]?.stringValue, created.mageID)
        assertError(control(.GET, "/_sandbox/users/MAG000000404"), status: 404, code: 1105)
    }

    func testAccessKeysAtMostThreeRegenerateAndDeleteKeepMintedTokens() throws {
        let user = try createUser()
        let oldToken = try XCTUnwrap(mint(user.appID, user.secret).token)
        let second = assertJSON(control(.POST, "/_sandbox/users/\(user.mageID)/access-keys", #"{"name": "CI"}"#), status: 201)
        XCTAssertEqual(second["name"], "CI")
        let third = assertJSON(control(.POST, "/_sandbox/users/\(user.mageID)/access-keys"), status: 201)
        XCTAssertEqual(third["name"], "API key 3")
        assertError(control(.POST, "/_sandbox/users/\(user.mageID)/access-keys"), status: 409, code: 1170)
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/users/\(user.mageID)/access-keys")).arrayValue?.count, 3)

        let regenerated = assertJSON(control(.POST, "/_sandbox/users/\(user.mageID)/access-keys/\(user.appID)/regenerate"))
        XCTAssertNotEqual(regenerated["application_id"]?.stringValue, user.appID)
        XCTAssertEqual(regenerated["regenerated_at"], "2024-01-01 00:00:00")
        XCTAssertEqual(mint(user.appID, user.secret).status, 401, "the old pair no longer mints tokens")
        XCTAssertEqual(mint(regenerated["application_id"]!.stringValue!, regenerated["application_secret"]!.stringValue!).status, 200)
        XCTAssertEqual(send(.GET, "/rest/v1/users/\(user.mageID)", token: oldToken).status.code, 200, "minted tokens stay valid")

        let secondID = second["application_id"]!.stringValue!
        XCTAssertEqual(control(.DELETE, "/_sandbox/users/\(user.mageID)/access-keys/\(secondID)").status.code, 204)
        XCTAssertEqual(mint(secondID, second["application_secret"]!.stringValue!).status, 401)
        XCTAssertEqual(send(.GET, "/rest/v1/users/\(user.mageID)", token: oldToken).status.code, 200)
        assertError(control(.DELETE, "/_sandbox/users/\(user.mageID)/access-keys/\(secondID)"), status: 404, code: 1171)
        assertError(control(.POST, "/_sandbox/users/\(user.mageID)/access-keys/NOPE/regenerate"), status: 404, code: 1171)
        assertError(control(.POST, "/_sandbox/users/MAG000000404/access-keys"), status: 404, code: 1105)
        assertError(control(.POST, "/_sandbox/users/\(user.mageID)/access-keys", #"{"label": "x"}"#), status: 400, code: 1033)
    }
}
