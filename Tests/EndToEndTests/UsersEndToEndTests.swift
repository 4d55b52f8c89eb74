import Formats
import HTTP1
import TestSupport
import XCTest

/// `GET`/`PUT /rest/v1/users/:mage_id` (users.md, callbacks.md) against the real binary.
final class UsersEndToEndTests: EndToEndTestCase {
    /// users.md, "Get profile data", the response as the page prints it.
    static let docsProfile = #"""
    {
        "mage_id": "MAG123456789",
        "adobe_user_id": "ABC1234@AdobeID",
        "first_name": "John",
        "last_name": "Smith",
        "email": "jsmith@example.com",
        "screen_name": "Agent Smith",
        "has_completed_profile": true,
        "has_accepted_tos": true,
        "profile_image_artifact": {
            "file_upload_id": "5c119a03b4ddf6.75124444.0",
            "filename": "portrait.png",
            "content_type": "image/png",
            "url": "https://commercedeveloper-sandbox-static.adobe.com/user/68/f3/68f360d3516f594fc957c4179ed4a7a872911f07/pub/d9/c2/d9c23dd795a5faaab603b6b5965eca8a6d9430f2/portrait.png",
            "size": 1234,
            "file_hash": "d5db29cd03a2ed055086cef9c31c252b4587ffff",
            "malware_status": "pass"
        },
        "send_newsletter": true,
        "tos_accepted_version": "1.0",
        "tos_accepted_date": "2018-11-16 01:23:45",
        "is_company": false,
        "vendor_name": "johnsmith",
        "partner_level": 4,
        "locale": "en-US",
        "timezone": "UTC",
        "payment_type": 1,
        "payment_info": "{\"paypal_email\" : \"jsmith@example.com\"}",
        "taxpayer_type": 2,
        "tax_review_status": 3,
        "tax_withhold_percent": 25,
        "extension_share_percent": 85,
        "theme_share_percent": 85,
        "install_share_percent": 100,
        "support_share_percent": 100,
        "privacy_policy_url": "https://www.example.com/privacy",
        "api_callbacks": [
            {
                "name": "My 1st EQP Callback",
                "url": "https://developer.example.com/rest/v1/callback",
                "username": "key"
            }
        ],
        "personal_profile": {
            "bio": "Writes extensions that pass review first time. Blindfolded.",
            "last_logged_in": "2020-07-21 8:09:10",
            "created_at": "2018-10-01 14:04:59",
            "modified_at": "2020-03-14 01:23:45",
            "social_media_info": {
                "twitter": "@johnsmith",
                "stackexchange_url": "",
                "facebook_url": "",
                "linkedin_url": "",
                "github_username": ""
            },
            "addresses": [
                {
                    "address_key": 1,
                    "address_line_1": "123 Magento Way",
                    "state": "Texas",
                    "country": "USA",
                    "postal_code": "77777",
                    "phone": "555-123-4567",
                    "country_code": "+1",
                    "is_primary": true
                }
            ]
        },
        "company_profile": {
            "name": "Agent Smith Inc.",
            "bio": "Vendors of bespoke Magento Extensions.",
            "website_url": "https://www.example.com/",
            "primary_email": "jsmith@example.com",
            "support_email": "support@example.com",
            "created_at": "2018-10-01 14:04:59",
            "modified_at": "2019-12-25 01:23:45",
            "social_media_info": {
                "twitter": "@johnsmithinc",
                "stackexchange_url": "",
                "facebook_url": "",
                "linkedin_url": "",
                "github_username": ""
            },
            "addresses": [
                {
                    "address_key": 1,
                    "address_line_1": "123 Magento Way",
                    "state": "Texas",
                    "country": "USA",
                    "postal_code": "77777",
                    "phone": "555-123-4567",
                    "country_code": "+1",
                    "is_primary": true
                }
            ]
        },
        "organizations": [
           {
              "org_id": "000CBA111DCB222@AdobeOrg",
              "org_name": "My Fulfillment Service"
           }
        ]
    }
    """#

    static let summaryFields = ["mage_id", "adobe_user_id", "first_name", "last_name", "email", "screen_name",
                                "has_completed_profile", "has_accepted_tos", "profile_image_artifact"]

    func testFullProfileIsTheDocsExample() throws {
        let sandbox = try startSandbox()
        let profile = try json(sandbox.get("/rest/v1/users/MAG123456789"))
        var docs = try JSON.parse(Array(Self.docsProfile.utf8))
        var actual = profile

        // Same fields, in the documented order, at every level.
        XCTAssertEqual(actual.objectValue?.keys, docs.objectValue?.keys)
        for section in ["personal_profile", "company_profile"] {
            XCTAssertEqual(actual[section]?.objectValue?.keys, docs[section]?.objectValue?.keys, section)
        }
        XCTAssertEqual(actual["profile_image_artifact"]?.objectValue?.keys.sorted(), docs["profile_image_artifact"]?.objectValue?.keys.sorted())

        // The docs' illustrative values that the sandbox derives from real bytes, and its own link.
        let image = try XCTUnwrap(actual["profile_image_artifact"])
        XCTAssertEqual(image["file_upload_id"], "5c119a03b4ddf6.75124444.0")
        XCTAssertEqual(image["filename"], "portrait.png")
        XCTAssertEqual(image["content_type"], "image/png")
        XCTAssertEqual(image["malware_status"], "pass")
        let bytes = try download(try XCTUnwrap(image["url"]?.stringValue), from: sandbox)
        XCTAssertEqual(bytes.status.code, 200)
        XCTAssertEqual(bytes.headers["Content-Type"], "image/png")
        XCTAssertEqual(Array(bytes.body.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(image["size"], .int(bytes.body.count))
        XCTAssertEqual(image["file_hash"], .string(MD5.hex(bytes.body)))
        // The seed normalises users.md's one-digit hour (seed-data/README.md).
        XCTAssertEqual(actual["personal_profile"]?["last_logged_in"], "2020-07-21 08:09:10")

        for field in ["url", "size", "file_hash"] {
            actual["profile_image_artifact"]?[field] = nil
            docs["profile_image_artifact"]?[field] = nil
        }
        actual["personal_profile"]?["last_logged_in"] = nil
        docs["personal_profile"]?["last_logged_in"] = nil
        XCTAssertEqual(actual, docs, "everything else is users.md's example value for value")
        XCTAssertFalse(profile.text.contains("password"))
    }

    func testSummaryHasExactlyTheSummaryFields() throws {
        let sandbox = try startSandbox()
        let full = try json(sandbox.get("/rest/v1/users/MAG123456789"))
        let summary = try json(sandbox.get("/rest/v1/users/MAG123456789?style=summary"))
        XCTAssertEqual(summary.objectValue?.keys, Self.summaryFields)
        for field in Self.summaryFields { XCTAssertEqual(summary[field], full[field], field) }
        XCTAssertEqual(summary["mage_id"], "MAG123456789")
        XCTAssertEqual(summary["screen_name"], "Agent Smith")
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG123456789?style=full")), full)
        assertError(try sandbox.get("/rest/v1/users/MAG123456789?style=compact"), status: 400, code: 1104, messageContains: "compact")
    }

    func testDocsBioSubmitThenGetShowsIt() throws {
        let sandbox = try startSandbox()
        let before = try json(sandbox.get("/rest/v1/users/MAG123456789"))
        let bio = "My extensions have won Nobel Prizes in both literature and physics."
        let r = try sandbox.curl("PUT", "/rest/v1/users/MAG123456789",
                                 headers: ["Authorization: Bearer \(World.demoToken)", "Content-Type: application/json"],
                                 data: #"{ "action" : "submit", "personal_profile" : { "bio" : "My extensions have won Nobel Prizes in both literature and physics." } }"#)
        let answered = try json(r)
        XCTAssertEqual(answered["personal_profile"]?["bio"], .string(bio))
        XCTAssertEqual(answered["has_completed_profile"], true)

        let after = try json(sandbox.get("/rest/v1/users/MAG123456789"))
        XCTAssertEqual(after, answered, "the PUT answers with the profile GET shows")
        XCTAssertEqual(after["personal_profile"]?["bio"], .string(bio))
        let modified = try XCTUnwrap(after["personal_profile"]?["modified_at"]?.stringValue)
        XCTAssertNotEqual(modified, "2020-03-14 01:23:45")
        XCTAssertTrue(matchesWhole(modified, "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}"), modified)

        // Nothing else moved.
        var a = after, b = before
        a["personal_profile"]?["bio"] = nil
        a["personal_profile"]?["modified_at"] = nil
        b["personal_profile"]?["bio"] = nil
        b["personal_profile"]?["modified_at"] = nil
        XCTAssertEqual(a, b)
    }

    func testPartialUpdateMergesObjectsReplacesArraysAndIgnoresReadOnlyFields() throws {
        let sandbox = try startSandbox()
        let r = try sandbox.sendJSON("PUT", "/rest/v1/users/MAG123456789", #"""
        {"action": "draft",
         "partner_level": 1, "mage_id": "MAG999999999", "extension_share_percent": 100,
         "locale": "fr-FR",
         "personal_profile": {
            "created_at": "2000-01-01 00:00:00",
            "social_media_info": {"github_username": "jsmith"},
            "addresses": [{"address_key": 2, "address_line_1": "1 Rue de Rivoli", "city": "Paris", "country": "France", "is_primary": true}]
         }}
        """#)
        let p = try json(r)
        XCTAssertEqual(p["mage_id"], "MAG123456789")
        XCTAssertEqual(p["partner_level"], 4)
        XCTAssertEqual(p["extension_share_percent"], 85)
        XCTAssertEqual(p["locale"], "fr-FR")
        XCTAssertEqual(p["first_name"], "John", "fields not sent are kept")
        XCTAssertEqual(p["personal_profile"]?["created_at"], "2018-10-01 14:04:59")
        XCTAssertEqual(p["personal_profile"]?["bio"], "Writes extensions that pass review first time. Blindfolded.")
        XCTAssertEqual(p["personal_profile"]?["social_media_info"]?["github_username"], "jsmith")
        XCTAssertEqual(p["personal_profile"]?["social_media_info"]?["twitter"], "@johnsmith", "nested objects merge")
        let addresses = try XCTUnwrap(p["personal_profile"]?["addresses"]?.arrayValue)
        XCTAssertEqual(addresses.count, 1, "arrays are replaced")
        XCTAssertEqual(addresses.first?["city"], "Paris")
        XCTAssertEqual(p["company_profile"]?["modified_at"], "2019-12-25 01:23:45", "an untouched section keeps its modified_at")
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG123456789")), p)
    }

    func testTypeErrorsAreFieldPrecise400sAndChangeNothing() throws {
        let sandbox = try startSandbox()
        let before = try json(sandbox.get("/rest/v1/users/MAG123456789"))
        let cases: [(String, String)] = [
            (#"{"personal_profile": {"bio": 5}}"#, "personal_profile.bio must be a string, got integer"),
            (#"{"first_name": true}"#, "first_name must be a string, got boolean"),
            (#"{"send_newsletter": "yes"}"#, "send_newsletter must be a boolean, got string"),
            (#"{"personal_profile": {"addresses": [{"address_key": "x"}]}}"#, "personal_profile.addresses[0].address_key must be an integer, got string"),
            (#"{"company_profile": {"social_media_info": {"twitter": []}}}"#, "company_profile.social_media_info.twitter must be a string, got array"),
            (#"{"personal_profile": "none"}"#, "personal_profile must be an object, got string"),
            (#"{"locale": "de-DE", "payment_type": "card"}"#, "payment_type must be an integer, got string"),
        ]
        for (body, message) in cases {
            let r = try sandbox.sendJSON("PUT", "/rest/v1/users/MAG123456789", body)
            let actual = assertError(r, status: 400, code: 1032)
            XCTAssertTrue(actual.hasPrefix(message), "'\(actual)' should start with '\(message)'")
        }
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG123456789")), before, "a refused PUT changes nothing")
    }

    func testSubmitOfAnIncompleteProfileSaysWhatIsMissing() throws {
        let sandbox = try startSandbox()
        let path = "/rest/v1/users/MAG123456789"
        let refused = try sandbox.sendJSON("PUT", path, #"{"action": "submit", "personal_profile": {"bio": ""}, "screen_name": ""}"#)
        let message = assertError(refused, status: 400, code: 1103)
        XCTAssertTrue(message.contains("personal_profile.bio"), message)
        XCTAssertTrue(message.contains("screen_name"), message)
        XCTAssertEqual(try json(sandbox.get(path))["screen_name"], "Agent Smith", "nothing was saved")

        let draft = try json(sandbox.sendJSON("PUT", path, #"{"action": "draft", "personal_profile": {"bio": ""}}"#))
        XCTAssertEqual(draft["personal_profile"]?["bio"], "")
        XCTAssertEqual(draft["has_completed_profile"], false)

        let submitted = try json(sandbox.sendJSON("PUT", path, #"{"action": "submit", "personal_profile": {"bio": "Back again."}}"#))
        XCTAssertEqual(submitted["has_completed_profile"], true)
    }

    func testActionAndBodyErrors() throws {
        let sandbox = try startSandbox()
        let path = "/rest/v1/users/MAG123456789"
        assertError(try sandbox.sendJSON("PUT", path, #"{"action": "publish"}"#), status: 400, code: 1102, messageContains: "publish")
        assertError(try sandbox.sendJSON("PUT", path, #"{"action": 1}"#), status: 400, code: 1102)
        assertError(try sandbox.sendJSON("PUT", path, ""), status: 400, code: 1031)
        assertError(try sandbox.sendJSON("PUT", path, "{broken"), status: 400, code: 1030, messageContains: "line 1, column 2")
        assertError(try sandbox.sendJSON("PUT", path, #"[{"first_name": "J"}]"#), status: 400, code: 1032)
        assertError(try sandbox.sendJSON("PUT", path, #"{"email": "not-an-email"}"#), status: 400, code: 1033, messageContains: "email")
    }

    func testCallbacksExampleStoresTheCallbackButNeverReturnsItsPassword() throws {
        let sandbox = try startSandbox()
        let r = try sandbox.curl("PUT", "/rest/v1/users/MAG123456789",
                                 headers: ["Authorization: Bearer \(World.demoToken)", "Content-Type: application/json"],
                                 data: #"{"api_callbacks": [{"name": "My 1st EQP Callback","url": "https://developer.example.com/rest/v1/callback","username": "key","password": "secret"}]}"#)
        let expected: JSON = [["name": "My 1st EQP Callback", "url": "https://developer.example.com/rest/v1/callback", "username": "key"]]
        XCTAssertEqual(try json(r)["api_callbacks"], expected)

        let two = try sandbox.sendJSON("PUT", "/rest/v1/users/MAG123456789", #"""
        {"api_callbacks": [
            {"name": "My 1st EQP Callback", "url": "https://developer.example.com/rest/v1/callback", "username": "key", "password": "secret"},
            {"name": "CI", "url": "http://ci.example.com/hook", "username": "ci", "password": "hunter2-very-secret"}]}
        """#)
        XCTAssertEqual(try json(two)["api_callbacks"]?.arrayValue?.map { $0.objectValue?.keys ?? [] }, [["name", "url", "username"], ["name", "url", "username"]])
        for response in [two, try sandbox.get("/rest/v1/users/MAG123456789"), try sandbox.get("/rest/v1/users/MAG123456789?style=summary")] {
            XCTAssertFalse(response.bodyText.contains("hunter2"))
            XCTAssertFalse(response.bodyText.contains("password"))
            XCTAssertFalse(response.bodyText.contains("\"secret\""))
        }
        assertError(try sandbox.sendJSON("PUT", "/rest/v1/users/MAG123456789", #"{"api_callbacks": [{"name": "x", "username": "key"}]}"#),
                    status: 400, code: 1034, messageContains: "api_callbacks[0].url")
        assertError(try sandbox.sendJSON("PUT", "/rest/v1/users/MAG123456789", #"{"api_callbacks": {"url": "https://a.example"}}"#),
                    status: 400, code: 1032, messageContains: "api_callbacks")
    }

    func testProfileImageIsOneOfTheUsersOwnImageUploads() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let uploaded = try json(sandbox.upload([FormPart(filename: "new-portrait.png", contentType: "image/png", bytes: SampleFiles.logo),
                                                FormPart(filename: "user.pdf", contentType: "application/pdf", bytes: SampleFiles.pdf)]))
        let ids = uploaded.arrayValue?.compactMap { $0["file_upload_id"]?.stringValue } ?? []
        XCTAssertEqual(ids.count, 2)
        let path = "/rest/v1/users/MAG123456789"
        let p = try json(sandbox.sendJSON("PUT", path, #"{"profile_image_artifact": {"file_upload_id": "\#(ids[0])"}}"#))
        XCTAssertEqual(p["profile_image_artifact"]?["file_upload_id"], .string(ids[0]))
        XCTAssertEqual(p["profile_image_artifact"]?["filename"], "new-portrait.png")
        XCTAssertEqual(p["profile_image_artifact"]?["file_hash"], .string(MD5.hex(SampleFiles.logo)))
        XCTAssertEqual(try json(sandbox.get("/rest/v1/files/uploads/\(ids[0])"))["is_profile_image"], true)
        XCTAssertEqual(try json(sandbox.get("/rest/v1/files/uploads/\(World.portraitFileID)"))["is_profile_image"], false)

        assertError(try sandbox.sendJSON("PUT", path, #"{"profile_image_artifact": {"file_upload_id": "\#(ids[1])"}}"#),
                    status: 400, code: 1033, messageContains: "profile_image_artifact.file_upload_id")
        let foreign = try sandbox.sendJSON("PUT", path, #"{"profile_image_artifact": {"file_upload_id": "\#(World.otherFileID)"}}"#)
        assertError(foreign, status: 400, code: 1033)
        XCTAssertFalse(foreign.bodyText.contains("jane-logo"), "another user's file is not even named")
        XCTAssertEqual(try json(sandbox.get(path + "?style=summary"))["profile_image_artifact"]?["file_upload_id"], .string(ids[0]))

        XCTAssertEqual(try json(sandbox.sendJSON("PUT", path, #"{"profile_image_artifact": null}"#))["profile_image_artifact"], .null)
        XCTAssertEqual(try json(sandbox.get("/rest/v1/files/uploads/\(ids[0])"))["is_profile_image"], false)
    }

    func testAnotherUsersMageIDIs404WithNoData() throws {
        let sandbox = try startSandbox()
        for target in ["/rest/v1/users/MAG000000002", "/rest/v1/users/MAG000000002?style=summary", "/rest/v1/users/MAG999999999"] {
            let r = try sandbox.get(target)
            assertError(r, status: 404, code: 1101)
            for leak in ["Jane", "jdoe", "janebuilds", "XYZ9876"] { XCTAssertFalse(r.bodyText.contains(leak), "\(target): \(r.bodyText)") }
        }
        let put = try sandbox.sendJSON("PUT", "/rest/v1/users/MAG000000002", #"{"first_name": "Mallory"}"#)
        assertError(put, status: 404, code: 1101)
        let jane = try mintToken(sandbox, appID: World.otherAppID, secret: World.otherAppSecret)
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG000000002", token: jane))["first_name"], "Jane")
    }
}
