import EQP
import Formats
import HTTP1
import XCTest

final class SessionRoutesTests: APITestCase {
    func basic(_ credentials: String) -> (String, String) { ("Authorization", "Basic " + Base64.encode(Array(credentials.utf8))) }

    func mint(_ headers: [(String, String)], _ json: String) -> HTTPResponse {
        send(.POST, "/rest/v1/app/session/token", token: nil, headers: headers + [("Content-Type", "application/json")], body: Array(json.utf8))
    }

    /// auth.md's curl example: `-u 'AQ17NZ49WC:8820...' -d '{ "grant_type" : "session" }'`.
    func testDocsExample() throws {
        let json = assertJSON(mint([basic(Self.docsBasic)], #"{ "grant_type" : "session" }"#))
        XCTAssertEqual(json.objectValue?.keys, ["mage_id", "ust", "expires_in"])
        XCTAssertEqual(json["mage_id"], "MAG123456789")
        XCTAssertEqual(json["expires_in"], 7200)
        let ust = try XCTUnwrap(json["ust"]?.stringValue)
        XCTAssertEqual(ust.count, 45)
        XCTAssertEqual(send(.GET, "/rest/v1/users/MAG123456789", token: ust).status.code, 200)
    }

    func testExpiresInIsCut() {
        XCTAssertEqual(body(mint([basic(Self.docsBasic)], #"{"grant_type":"session","expires_in":999999}"#))["expires_in"], 7200)
        XCTAssertEqual(body(mint([basic(Self.docsBasic)], #"{"grant_type":"session","expires_in":60}"#))["expires_in"], 60)
        // Too large for an integer, still a whole number of seconds: cut to the maximum too.
        XCTAssertEqual(body(mint([basic(Self.docsBasic)], #"{"grant_type":"session","expires_in":1e20}"#))["expires_in"], 7200)
        XCTAssertEqual(body(mint([basic(Self.docsBasic)], #"{"grant_type":"session","expires_in":100000000000000000000000}"#))["expires_in"], 7200)
        assertError(mint([basic(Self.docsBasic)], #"{"grant_type":"session","expires_in":60.5}"#), status: 400, code: 1022)
        assertError(mint([basic(Self.docsBasic)], #"{"grant_type":"session","expires_in":-1e20}"#), status: 400, code: 1022)
        assertError(mint([basic(Self.docsBasic)], #"{"grant_type":"session","expires_in":-5}"#), status: 400, code: 1022)
        assertError(mint([basic(Self.docsBasic)], #"{"grant_type":"session","expires_in":"60"}"#), status: 400, code: 1022, messageContains: "'60' (a string)")
    }

    func testGrantTypeErrors() {
        assertError(mint([basic(Self.docsBasic)], #"{}"#), status: 400, code: 1020)
        assertError(mint([basic(Self.docsBasic)], ""), status: 400, code: 1020)
        assertError(mint([basic(Self.docsBasic)], #"{"grant_type":"password"}"#), status: 400, code: 1021, messageContains: "'password'")
        assertError(mint([basic(Self.docsBasic)], #"{"grant_type":1}"#), status: 400, code: 1021)
        assertError(mint([basic(Self.docsBasic)], #"{"grant_type":"session""#), status: 400, code: 1030, messageContains: "line 1")
        assertError(mint([basic(Self.docsBasic)], #"["session"]"#), status: 400, code: 1032)
    }

    func testCredentialErrors() {
        let missing = mint([], #"{"grant_type":"session"}"#)
        assertError(missing, status: 401, code: 1010)
        XCTAssertEqual(missing.headers["WWW-Authenticate"], "Basic realm=\"EQP API\"")
        assertError(mint([basic("AQ17NZ49WC:wrong")], #"{"grant_type":"session"}"#), status: 401, code: 1012)
        assertError(mint([("Authorization", "Bearer x")], #"{"grant_type":"session"}"#), status: 401, code: 1011, messageContains: "'Bearer'")
        assertError(mint([("Authorization", "Basic !!!")], #"{"grant_type":"session"}"#), status: 401, code: 1011, messageContains: "base64")
        assertError(mint([basic("no-colon")], #"{"grant_type":"session"}"#), status: 401, code: 1011, messageContains: "':'")
        // Credentials are checked before the body.
        assertError(mint([basic("AQ17NZ49WC:wrong")], #"{"grant_type":"bad"}"#), status: 401, code: 1012)
    }

    func testAppsListsKeysWithoutSecrets() throws {
        let json = assertJSON(send(.GET, "/rest/v1/apps"))
        XCTAssertEqual(json, [["application_id": "AQ17NZ49WC", "name": "Docs example key", "created_at": "2018-11-16 01:23:45", "regenerated_at": nil]])
        XCTAssertFalse(json.text.contains("8820c99614d65f923df7660276f20e029d73e2ca"))
        XCTAssertEqual(send(.GET, "/rest/v1/apps/").headers["X-Total-Count"], "1")
        let other = assertJSON(send(.GET, "/rest/v1/apps", token: try token()))
        XCTAssertEqual(other.arrayValue?.compactMap { $0["application_id"]?.stringValue }, ["JD42QX7K3M"])
        assertError(send(.GET, "/rest/v1/apps", token: nil), status: 401, code: 1001)
    }
}
