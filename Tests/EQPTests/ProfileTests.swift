@testable import EQP
import Formats
import XCTest

final class ProfileTests: XCTestCase {
    var store: SandboxStore!
    let user = TestWorld.docsUser

    override func setUpWithError() throws { store = try TestWorld.store() }

    func profile(_ style: ProfileStyle = .full) throws -> JSON {
        try store.profile(mageID: user, style: style, links: TestWorld.links)
    }

    func update(_ text: String) throws -> JSON {
        try store.updateProfile(mageID: user, body: try JSON.parse(text), links: TestWorld.links)
    }

    func testFullProfileHasTheDocumentedFieldsInOrder() throws {
        let p = try profile()
        XCTAssertEqual(p.keys, [
            "mage_id", "adobe_user_id", "first_name", "last_name", "email", "screen_name", "has_completed_profile",
            "has_accepted_tos", "profile_image_artifact", "send_newsletter", "tos_accepted_version", "tos_accepted_date",
            "is_company", "vendor_name", "partner_level", "locale", "timezone", "payment_type", "payment_info",
            "taxpayer_type", "tax_review_status", "tax_withhold_percent", "extension_share_percent", "theme_share_percent",
            "install_share_percent", "support_share_percent", "privacy_policy_url", "api_callbacks", "personal_profile",
            "company_profile", "organizations",
        ])
        XCTAssertEqual(p["profile_image_artifact"]?.keys, ["file_upload_id", "filename", "content_type", "url", "size", "file_hash", "malware_status"])
        XCTAssertEqual(p["personal_profile"]?["addresses"], [[
            "address_key": 1, "address_line_1": "123 Magento Way", "state": "Texas", "country": "USA",
            "postal_code": "77777", "phone": "555-123-4567", "country_code": "+1", "is_primary": true,
        ]])
        XCTAssertEqual(p["has_completed_profile"], true)
    }

    func testSummaryHasExactlyTheSummaryFields() throws {
        XCTAssertEqual(try profile(.summary).keys, [
            "mage_id", "adobe_user_id", "first_name", "last_name", "email", "screen_name",
            "has_completed_profile", "has_accepted_tos", "profile_image_artifact",
        ])
        assertEQPError(1104) { try ProfileStyle.parse("brief") }
        XCTAssertEqual(try ProfileStyle.parse(nil), .full)
    }

    func testDocsSubmitExampleMergesNestedObjects() throws {
        let p = try update(#"{ "action" : "submit", "personal_profile" : { "bio" : "My extensions have won Nobel Prizes in both literature and physics." } }"#)
        XCTAssertEqual(p["personal_profile"]?["bio"], "My extensions have won Nobel Prizes in both literature and physics.")
        // Siblings survive the merge; modified_at moves to now.
        XCTAssertEqual(p["personal_profile"]?["social_media_info"]?["twitter"], "@johnsmith")
        XCTAssertEqual(p["personal_profile"]?["modified_at"], "2024-01-01 00:00:00")
        XCTAssertEqual(p["company_profile"]?["modified_at"], "2019-12-25 01:23:45")
        XCTAssertEqual(try profile(), p)
    }

    func testDeepMergeAndArrayReplacement() throws {
        let p = try update(#"{"company_profile": {"social_media_info": {"github_username": "acme"}, "addresses": [{"address_line_1": "1 New St", "country": "NL"}]}}"#)
        XCTAssertEqual(p["company_profile"]?["social_media_info"]?["twitter"], "@johnsmithinc")
        XCTAssertEqual(p["company_profile"]?["social_media_info"]?["github_username"], "acme")
        XCTAssertEqual(p["company_profile"]?["addresses"], [["address_key": 1, "address_line_1": "1 New St", "country": "NL"]])
        XCTAssertEqual(p["company_profile"]?["name"], "Agent Smith Inc.")
    }

    func testReadOnlyAndUnknownFieldsAreIgnored() throws {
        let p = try update(#"{"mage_id": "MAG999", "partner_level": 1, "vendor_name": "x", "organizations": [], "personal_profile": {"created_at": "2000-01-01 00:00:00"}, "nonsense": 1, "first_name": "Johnny"}"#)
        XCTAssertEqual(p["mage_id"], "MAG123456789")
        XCTAssertEqual(p["partner_level"], 4)
        XCTAssertEqual(p["vendor_name"], "johnsmith")
        XCTAssertEqual(p["organizations"]?.arrayValue?.count, 1)
        XCTAssertEqual(p["personal_profile"]?["created_at"], "2018-10-01 14:04:59")
        // Nothing in personal_profile changed, so its modified_at stays.
        XCTAssertEqual(p["personal_profile"]?["modified_at"], "2020-03-14 01:23:45")
        XCTAssertNil(p["nonsense"])
        XCTAssertEqual(p["first_name"], "Johnny")
    }

    func testTypeErrorsNameTheField() throws {
        let e1 = assertEQPError(1032) { try update(#"{"personal_profile": {"bio": 42}}"#) }
        XCTAssertEqual(e1?.message, "personal_profile.bio must be a string, got integer")
        XCTAssertEqual(e1?.status, 400)
        let e2 = assertEQPError(1032) { try update(#"{"send_newsletter": "yes"}"#) }
        XCTAssertEqual(e2?.message, "send_newsletter must be a boolean, got string")
        let e3 = assertEQPError(1032) { try update(#"{"company_profile": {"addresses": [{"is_primary": 1}]}}"#) }
        XCTAssertEqual(e3?.message, "company_profile.addresses[0].is_primary must be a boolean, got integer")
        let e4 = assertEQPError(1032) { try update(#"{"personal_profile": []}"#) }
        XCTAssertEqual(e4?.message, "personal_profile must be an object, got array")
        assertEQPError(1032) { try update(#"{"payment_type": 1.5}"#) }
        assertEQPError(1032) { try update(#"{"first_name": null}"#) }
        assertEQPError(1032) { try update(#"[1]"#) }
        let e5 = assertEQPError(1033) { try update(#"{"email": "not-an-email"}"#) }
        XCTAssertTrue(e5?.message.hasPrefix("email must be an email address") ?? false)
        assertEQPError(1033) { try update(#"{"privacy_policy_url": "ftp://x"}"#) }
        // Nothing was saved by the failed requests.
        XCTAssertEqual(try profile()["personal_profile"]?["bio"], "Writes extensions that pass review first time. Blindfolded.")
    }

    func testActionValidation() {
        let error = assertEQPError(1102) { try update(#"{"action": "publish"}"#) }
        XCTAssertEqual(error?.message, "action must be 'draft' or 'submit', got 'publish'")
        assertEQPError(1102) { try update(#"{"action": 1}"#) }
    }

    func testSubmitRefusesAnIncompleteProfileAndSaysWhy() throws {
        let error = assertEQPError(1103) { try update(#"{"action": "submit", "personal_profile": {"bio": ""}, "screen_name": ""}"#) }
        XCTAssertTrue(error?.message.contains("missing: screen_name, personal_profile.bio") ?? false, error?.message ?? "")
        // All or nothing: the failed submit saved nothing.
        XCTAssertEqual(try profile()["screen_name"], "Agent Smith")
        // A draft may be incomplete; has_completed_profile follows.
        let draft = try update(#"{"action": "draft", "personal_profile": {"bio": ""}}"#)
        XCTAssertEqual(draft["has_completed_profile"], false)
        assertEQPError(1103) { try update(#"{"action": "submit"}"#) }
        let fixed = try update(#"{"action": "submit", "personal_profile": {"bio": "Back."}}"#)
        XCTAssertEqual(fixed["has_completed_profile"], true)
    }

    func testCompanyFieldsRequiredForCompanies() {
        let error = assertEQPError(1103) { try update(#"{"action": "submit", "is_company": true, "company_profile": {"name": ""}}"#) }
        XCTAssertTrue(error?.message.contains("company_profile.name") ?? false, error?.message ?? "")
    }

    func testCallbacksKeepPasswordsButNeverShowThem() throws {
        let p = try update(#"{"api_callbacks": [{"name": "My 1st EQP Callback","url": "https://developer.example.com/rest/v1/callback","username": "key","password": "secret"}, {"url": "http://127.0.0.1:9000/cb", "username": "u", "password": "p"}]}"#)
        XCTAssertEqual(p["api_callbacks"], [
            ["name": "My 1st EQP Callback", "url": "https://developer.example.com/rest/v1/callback", "username": "key"],
            ["url": "http://127.0.0.1:9000/cb", "username": "u"],
        ])
        XCTAssertFalse(p.text.contains("\"password\""))
        XCTAssertEqual(try store.callbacks(mageID: user).map(\.password), ["secret", "p"])
        // Sending back what GET showed keeps the passwords.
        _ = try update(#"{"api_callbacks": [{"url": "http://127.0.0.1:9000/cb", "username": "u"}]}"#)
        XCTAssertEqual(try store.callbacks(mageID: user).map(\.password), ["p"])
        assertEQPError(1034) { try update(#"{"api_callbacks": [{"name": "no url"}]}"#) }
        assertEQPError(1033) { try update(#"{"api_callbacks": [{"url": "mailto:x@y.z"}]}"#) }
        assertEQPError(1032) { try update(#"{"api_callbacks": [{"url": "https://x.example", "password": 5}]}"#) }
        let cleared = try update(#"{"api_callbacks": []}"#)
        XCTAssertEqual(cleared["api_callbacks"], [])
    }

    func testProfileImageSetClearAndChecks() throws {
        let cleared = try update(#"{"profile_image_artifact": null}"#)
        XCTAssertEqual(cleared["profile_image_artifact"], .null)
        XCTAssertEqual(try store.file(mageID: user, id: "5c119a03b4ddf6.75124444.0").isProfileImage, false)
        let set = try update(#"{"profile_image_artifact": {"file_upload_id": "5c129cd41ba478.65767699.1"}}"#)
        XCTAssertEqual(set["profile_image_artifact"]?["filename"], "icon.png")
        XCTAssertEqual(try store.file(mageID: user, id: "5c129cd41ba478.65767699.1").isProfileImage, true)
        assertEQPError(1033) { try update(#"{"profile_image_artifact": {"file_upload_id": "5c644d97bb7c41.37505716.6"}}"#) }  // a PDF
        assertEQPError(1033) { try update(#"{"profile_image_artifact": {"file_upload_id": "5c7a1b2c3d4e5f.24681357.3"}}"#) }  // the other user's
        assertEQPError(1034) { try update(#"{"profile_image_artifact": {}}"#) }
        assertEQPError(1032) { try update(#"{"profile_image_artifact": "5c129cd41ba478.65767699.1"}"#) }
    }
}
