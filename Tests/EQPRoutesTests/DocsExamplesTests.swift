import EQP
import Formats
import HTTP1
import XCTest

/// The curl examples of auth.md, users.md, files.md and callbacks.md, in the order the pages
/// give them, against the default seed: each must work as written (host aside).
final class DocsExamplesTests: APITestCase {
    let bearer = ("Authorization", "Bearer baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7")
    let json = ("Content-Type", "application/json")

    func curl(_ method: HTTPMethod, _ target: String, _ headers: [(String, String)], _ data: String? = nil) -> HTTPResponse {
        send(method, target, token: nil, headers: headers, body: Array((data ?? "").utf8))
    }

    func testAuthExamples() {
        let basic = ("Authorization", "Basic " + Base64.encode(Array("AQ17NZ49WC:8820c99614d65f923df7660276f20e029d73e2ca".utf8)))
        let token = assertJSON(curl(.POST, "/rest/v1/app/session/token", [basic, json], #"{ "grant_type" : "session" }"#))
        XCTAssertEqual(token["mage_id"], "MAG123456789")
        XCTAssertEqual(token["expires_in"], 7200)
        XCTAssertEqual(curl(.GET, "/rest/v1/users/MAG123456789", [bearer]).status.code, 200)
    }

    func testUsersExamples() throws {
        let profile = assertJSON(curl(.GET, "/rest/v1/users/MAG123456789", [bearer]))
        XCTAssertEqual(profile["screen_name"], "Agent Smith")
        XCTAssertEqual(profile["personal_profile"]?["bio"], "Writes extensions that pass review first time. Blindfolded.")
        XCTAssertEqual(profile["company_profile"]?["name"], "Agent Smith Inc.")
        XCTAssertEqual(profile["api_callbacks"], [["name": "My 1st EQP Callback", "url": "https://developer.example.com/rest/v1/callback", "username": "key"]])

        let summary = assertJSON(curl(.GET, "/rest/v1/users/MAG123456789?style=summary", [bearer]))
        XCTAssertEqual(summary["profile_image_artifact"]?["file_upload_id"], "5c119a03b4ddf6.75124444.0")

        let updated = assertJSON(curl(.PUT, "/rest/v1/users/MAG123456789", [bearer, json],
            #"{ "action" : "submit", "personal_profile" : { "bio" : "My extensions have won Nobel Prizes in both literature and physics." } }"#))
        XCTAssertEqual(updated["personal_profile"]?["bio"], "My extensions have won Nobel Prizes in both literature and physics.")

        let keys = assertJSON(curl(.GET, "/rest/v1/users/MAG123456789/keys?uid=all", [bearer]))
        XCTAssertEqual(keys, [
            "m2": [
                ["label": "main_key", "user_key": "d41d8cd98f00b204e9800998ecf8427e", "password_key": "12cbdcd3332eb8f166f62ee1a9bd33d0", "is_enabled": true, "uid": "MAG123456789"],
                ["label": "key_for_bob", "user_key": "4b335b25f8eb3449e7e222e8f9e052b0", "password_key": "9ca8abe7376f451bde40513474c13c3c", "is_enabled": false, "uid": "MAG123456789"],
                ["label": "Key for My Organization", "user_key": "784d67a640d0cc0e6381c7a24dc4132c", "password_key": "ae6569fd0e64a72b7f9f8e0396c372f0", "is_enabled": true, "uid": "000CBA111DCB222@AdobeOrg"],
            ],
            "m1": [["product_name": "acme/one-click-checkout-1.0.0", "product_key": "https://connect20.magentocommerce.com/e8c258702e443c509b42fc44a49b83b0/acme+one-click-checkout-1.0.0"]],
        ])

        let created = assertJSON(curl(.POST, "/rest/v1/users/MAG123456789/keys", [bearer, json],
            #"{ "m2": [ {"label":"key_for_alice"}, {"label":"key_for_charlie", "uid":"MAG123456789"}, {"label":"key_for_my_org", "uid":"000CBA111DCB222@AdobeOrg"} ] }"#))
        let items = try XCTUnwrap(created["m2"]?.arrayValue)
        XCTAssertEqual(items.map { $0["label"]?.stringValue }, ["key_for_alice", "key_for_charlie", "key_for_my_org"])
        XCTAssertEqual(items.map { $0["uid"]?.stringValue }, ["MAG123456789", "MAG123456789", "000CBA111DCB222@AdobeOrg"])
        XCTAssertEqual(items.map { $0["code"]?.intValue }, [200, 200, 200])
        XCTAssertEqual(items.map { $0["message"]?.stringValue }, ["Success", "Success", "Success"])

        let enabled = assertJSON(curl(.PUT, "/rest/v1/users/MAG123456789/keys/key_for_bob", [bearer, json],
                                      #"{ "m2" : [ { "is_enabled" : true, "uid" : "MAG123456789" } ] }"#))
        XCTAssertEqual(enabled, ["m2": [["label": "key_for_bob", "user_key": "4b335b25f8eb3449e7e222e8f9e052b0",
                                         "password_key": "9ca8abe7376f451bde40513474c13c3c", "is_enabled": true, "uid": "MAG123456789"]]])

        XCTAssertEqual(curl(.DELETE, "/rest/v1/users/MAG123456789/keys/key_for_charlie?uid=MAG123456789", [bearer]).status.code, 204)
    }

    func testFilesExamples() throws {
        let icon = assertJSON(curl(.GET, "/rest/v1/files/uploads/5c129cd41ba478.65767699.1", [bearer]))
        XCTAssertEqual(icon["file_upload_id"], "5c129cd41ba478.65767699.1")
        XCTAssertEqual(icon["filename"], "icon.png")
        XCTAssertEqual(icon["content_type"], "image/png")
        XCTAssertEqual(icon["is_profile_image"], false)

        // files.md's sample body, with real bytes in place of "<... content here ...>".
        let payload = FileRoutesTests.multipart([
            .init(filename: "acme_one-click-checkout.zip", type: "application/zip", bytes: [0x50, 0x4B, 0x05, 0x06]),
            .init(filename: "icon.png", type: "image/png", bytes: [0x89, 0x50, 0x4E, 0x47]),
            .init(filename: "acme-logo.png", type: "image/png", bytes: [0x89, 0x50, 0x4E, 0x47, 0]),
            .init(filename: "user.pdf", type: "application/pdf", bytes: Array("%PDF".utf8)),
        ])
        let uploaded = assertJSON(send(.POST, "/rest/v1/files/uploads", token: nil,
                                       headers: [bearer, ("Content-Type", "multipart/form-data; boundary=UNIQUE_BOUNDARY_TOKEN")], body: payload))
        XCTAssertEqual(uploaded.arrayValue?.map { $0["filename"]?.stringValue }, ["acme_one-click-checkout.zip", "icon.png", "acme-logo.png", "user.pdf"])
        XCTAssertEqual(uploaded.arrayValue?.map { $0["content_type"]?.stringValue }, ["application/zip", "image/png", "image/png", "application/pdf"])
    }

    func testCallbacksExample() {
        let r = curl(.PUT, "/rest/v1/users/MAG123456789", [bearer, json],
                     #"{"api_callbacks": [{"name": "My 1st EQP Callback","url": "https://developer.example.com/rest/v1/callback","username": "key","password": "secret"}]}"#)
        XCTAssertEqual(assertJSON(r)["api_callbacks"], [["name": "My 1st EQP Callback", "url": "https://developer.example.com/rest/v1/callback", "username": "key"]])
    }
}
