import EQP
import Formats
import HTTP1
import XCTest

final class UserRoutesTests: APITestCase {
    func testGetFullAndSummary() {
        let full = assertJSON(send(.GET, "/rest/v1/users/MAG123456789"))
        XCTAssertEqual(full["mage_id"], "MAG123456789")
        XCTAssertEqual(full["organizations"]?.arrayValue?.first?["org_id"], "000CBA111DCB222@AdobeOrg")
        XCTAssertEqual(full["profile_image_artifact"]?["url"],
                       "http://127.0.0.1:8080/_sandbox/files/5c119a03b4ddf6.75124444.0/portrait.png")
        XCTAssertFalse(full.text.contains("\"password\""))
        let summary = assertJSON(send(.GET, "/rest/v1/users/MAG123456789/?style=summary"))
        XCTAssertEqual(summary.objectValue?.keys, ["mage_id", "adobe_user_id", "first_name", "last_name", "email", "screen_name",
                                                   "has_completed_profile", "has_accepted_tos", "profile_image_artifact"])
        assertError(send(.GET, "/rest/v1/users/MAG123456789?style=tiny"), status: 400, code: 1104)
    }

    func testJSONContentTypeOnGetIsFine() {
        let r = send(.GET, "/rest/v1/users/MAG123456789", headers: [("Content-Type", "application/json")])
        XCTAssertEqual(r.status.code, 200)
    }

    func testHeadAnswersLikeGet() {
        XCTAssertEqual(send(.HEAD, "/rest/v1/users/MAG123456789").status.code, 200)
    }

    func testPutMergesAndAnswersWithTheProfile() {
        let r = send(.PUT, "/rest/v1/users/MAG123456789", json: #"{"personal_profile": {"social_media_info": {"github_username": "jsmith"}}, "locale": "en-GB"}"#)
        let p = assertJSON(r)
        XCTAssertEqual(p["locale"], "en-GB")
        XCTAssertEqual(p["personal_profile"]?["social_media_info"]?["github_username"], "jsmith")
        XCTAssertEqual(p["personal_profile"]?["social_media_info"]?["twitter"], "@johnsmith")
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/MAG123456789")), p)
    }

    func testPutErrors() {
        assertError(send(.PUT, "/rest/v1/users/MAG123456789", json: #"{"personal_profile": {"bio": true}}"#), status: 400, code: 1032,
                    messageContains: "personal_profile.bio must be a string, got boolean")
        assertError(send(.PUT, "/rest/v1/users/MAG123456789", json: ""), status: 400, code: 1031)
        assertError(send(.PUT, "/rest/v1/users/MAG123456789", json: "{\"a\":"), status: 400, code: 1030)
        assertError(send(.PUT, "/rest/v1/users/MAG123456789", json: "[]"), status: 400, code: 1032)
        assertError(send(.PUT, "/rest/v1/users/MAG123456789", json: #"{"action": "later"}"#), status: 400, code: 1102)
        let message = assertError(send(.PUT, "/rest/v1/users/MAG123456789", json: #"{"action": "submit", "first_name": ""}"#),
                                  status: 400, code: 1103)
        XCTAssertTrue(message.contains("missing: first_name"), message)
    }

    func testCallbackRegistrationFromCallbacksDocs() throws {
        let r = send(.PUT, "/rest/v1/users/MAG123456789",
                     json: #"{"api_callbacks": [{"name": "My 1st EQP Callback","url": "https://developer.example.com/rest/v1/callback","username": "key","password": "secret"}]}"#)
        let p = assertJSON(r)
        XCTAssertEqual(p["api_callbacks"], [["name": "My 1st EQP Callback", "url": "https://developer.example.com/rest/v1/callback", "username": "key"]])
        XCTAssertEqual(try store.callbacks(mageID: Self.docsUser).first?.password, "secret")
        XCTAssertFalse(String(decoding: send(.GET, "/rest/v1/users/MAG123456789").body, as: UTF8.self).contains("secret"))
    }

    func testUnknownRoutesAndMethods() {
        XCTAssertEqual(send(.GET, "/rest/v1/nothing").status.code, 404)
        XCTAssertEqual(send(.DELETE, "/rest/v1/users/MAG123456789").status.code, 405)
    }
}
