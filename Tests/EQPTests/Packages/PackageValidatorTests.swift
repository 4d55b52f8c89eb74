@testable import EQP
import Formats
import XCTest

/// Draft saves: types and values per field kind, with exact JSON paths.
final class PackageValidatorTests: XCTestCase {
    func validate(_ text: String, _ operation: PackageValidator.Operation = .create) throws -> ValidatedPackageItem {
        try PackageFixtures.validated(text, operation)
    }

    func testTheDocumentedSubmissionIsValid() throws {
        let item = try validate(PackageFixtures.docSubmission)
        XCTAssertEqual(item.actions, PackageActionRequest(technical: .technicalSubmit, marketing: .marketingSubmit))
        XCTAssertEqual(item.version, "1.1.5")
        XCTAssertEqual(item.fields.keys, ["type", "platform", "version_compatibility", "name", "long_description",
                                          "release_notes", "artifact", "documentation_artifacts", "media_artifacts",
                                          "categories", "pricing_model", "prices", "license_type"])
        XCTAssertEqual(item.fileReferences.map(\.path), [
            "artifact", "documentation_artifacts.user", "documentation_artifacts.installation",
            "documentation_artifacts.reference", "media_artifacts.icon_image",
            "media_artifacts.gallery_images[0]", "media_artifacts.gallery_images[1]", "media_artifacts.gallery_images[2]",
            "media_artifacts.gallery_images[3]", "media_artifacts.gallery_images[4]",
        ])
        XCTAssertEqual(item.fileReferences.map(\.role).filter { $0 == .media }.count, 6)
        XCTAssertEqual(item.ignoredFields, [])
    }

    func testTypeErrorsNameThePath() {
        assertPackageError(1201, "version_compatibility must be an array, got string") {
            try validate(#"{"version_compatibility": "2.4"}"#)
        }
        assertPackageError(1201, "name must be a string, got integer") { try validate(#"{"name": 5}"#) }
        assertPackageError(1201, "launch_on_approval must be a boolean, got string") { try validate(#"{"launch_on_approval": "yes"}"#) }
        assertPackageError(1201, "pricing_model must be an object, got array") { try validate(#"{"pricing_model": []}"#) }
        assertPackageError(1201, "prices[0].price must be a number, got string") {
            try validate(#"{"prices": [{"edition": "CE", "currency_code": "USD", "price": "15.50"}]}"#)
        }
        assertPackageError(1201, "support_tiers[0].monthly_period must be an integer, got string") {
            try validate(#"{"support_tiers": [{"tier": 1, "edition": "CE", "monthly_period": "1"}]}"#)
        }
        assertPackageError(1201, "version_compatibility[0].versions[1] must be a string, got number") {
            try validate(#"{"version_compatibility": [{"edition": "CE", "versions": ["2.3", 2.4]}]}"#)
        }
        assertPackageError(1201, "artifact must be an object, got string") { try validate(#"{"artifact": "5c11e656057b42.97931218.5"}"#) }
        assertPackageError(1201, "media_artifacts.gallery_images must be an array, got object") {
            try validate(#"{"media_artifacts": {"gallery_images": {"file_upload_id": "x"}}}"#)
        }
        assertPackageError(1201, "marketing_options.support_web_api must be a boolean, got integer") {
            try validate(#"{"marketing_options": {"support_web_api": 1}}"#)
        }
        assertPackageError(1201, "action must be an object, got string") { try validate(#"{"action": "submit"}"#) }
        assertPackageError(1201, "item_id must be a string, got integer") { try validate(#"{"item_id": 12}"#) }
    }

    func testValueErrors() {
        assertPackageError(1202, #"prices[1].edition must be one of CE, EE, ECE, got "XE""#) {
            try validate(#"{"prices": [{"edition": "CE", "price": 1}, {"edition": "XE", "price": 2}]}"#)
        }
        assertPackageError(1202, #"type must be one of extension, theme, shared_package, got "plugin""#) { try validate(#"{"type": "plugin"}"#) }
        assertPackageError(1202, #"platform must be one of M2, M1, got "M3""#) { try validate(#"{"platform": "M3"}"#) }
        assertPackageError(1202, #"license_type must be one of afl, apache, bsd, gnu-gpl, gnu-lgpl, mit, mozilla, osl, custom, got "gpl""#) {
            try validate(#"{"license_type": "gpl"}"#)
        }
        assertPackageError(1202, #"stability must be one of stable, beta, got "alpha""#) { try validate(#"{"stability": "alpha"}"#) }
        assertPackageError(1202, #"priority must be one of high, medium, low, got "urgent""#) { try validate(#"{"priority": "urgent"}"#) }
        assertPackageError(1202, #"process_as_patch must be one of yes, no, unknown, got "maybe""#) {
            try validate(#"{"process_as_patch": "maybe"}"#)
        }
        assertPackageError(1201, "process_as_patch must be a string, got boolean") { try validate(#"{"process_as_patch": true}"#) }
        assertPackageError(1202, "pricing_model.payment_period must be one of 1, 12, got 6") {
            try validate(#"{"pricing_model": {"pricing_type": "subscription", "payment_period": 6}}"#)
        }
        assertPackageError(1202, #"pricing_model.pricing_type must be one of one-time, subscription, got "monthly""#) {
            try validate(#"{"pricing_model": {"pricing_type": "monthly"}}"#)
        }
        assertPackageError(1202, #"prices[0].currency_code must be one of USD, got "EUR""#) {
            try validate(#"{"prices": [{"edition": "CE", "currency_code": "EUR", "price": 1}]}"#)
        }
        assertPackageError(1202, "prices[0].price must be a non-negative amount with up to two decimal places, such as 123.45, got 15.555") {
            try validate(#"{"prices": [{"edition": "CE", "price": 15.555}]}"#)
        }
        assertPackageError(1202, "prices[0].installation_price must be a non-negative amount with up to two decimal places, such as 123.45, got -1") {
            try validate(#"{"prices": [{"edition": "CE", "price": 1, "installation_price": -1}]}"#)
        }
        assertPackageError(1202, "support_tiers[0].monthly_period must be one of 1, 3, 6, 9, 12, got 2") {
            try validate(#"{"support_tiers": [{"monthly_period": 2}]}"#)
        }
        assertPackageError(1202, #"requested_launch_date must be a UTC time such as "2020-04-17 16:00:00", got "tomorrow""#) {
            try validate(#"{"requested_launch_date": "tomorrow"}"#)
        }
        assertPackageError(1202, #"custom_license_url must be an http:// or https:// URL, got "ftp://x""#) {
            try validate(#"{"custom_license_url": "ftp://x"}"#)
        }
        assertPackageError(1202, #"media_artifacts.video_urls[0] must be an http:// or https:// URL, got "youtube""#) {
            try validate(#"{"media_artifacts": {"video_urls": ["youtube"]}}"#)
        }
        assertPackageError(1202, "external_services.items may hold at most 1 item, got 2") {
            try validate(#"{"external_services": {"items": [{}, {}]}}"#)
        }
        assertPackageError(1202, #"external_services.items[0].pay_to must be one of self, 3rd_party, both, none, unknown, got "me""#) {
            try validate(#"{"external_services": {"items": [{"pay_to": "me"}]}}"#)
        }
        assertPackageError(1202, "browser_os_compatibility.netscape is not a known browser; use chrome, firefox, safari, opera, edge") {
            try validate(#"{"browser_os_compatibility": {"netscape": {"mac": ["4"]}}}"#)
        }
        assertPackageError(1202, "browser_os_compatibility.chrome.beos is not a known OS; use linux, mac, windows") {
            try validate(#"{"browser_os_compatibility": {"chrome": {"beos": ["4"]}}}"#)
        }
        assertPackageError(1202, #"browsers[1] must be one of chrome, firefox, safari, opera, edge, got "ie""#) {
            try validate(#"{"browsers": ["chrome", "ie"]}"#)
        }
        assertPackageError(1202, "shared_packages[0].artifact needs a file_upload_id, or a sku and a version") {
            try validate(#"{"shared_packages": [{"artifact": {"sku": "acme/lib"}}]}"#)
        }
        assertPackageError(1202, "artifact.file_upload_id is required") { try validate(#"{"artifact": {"filename": "a.zip"}}"#) }
        assertPackageError(1202, #"action.technical must be one of draft, submit, recall, got "publish""#) {
            try validate(#"{"action": {"technical": "publish"}}"#)
        }
        assertPackageError(1202, #"action.overall must be one of remove, cancel, got "submit""#) {
            try validate(#"{"action": {"overall": "submit"}}"#)
        }
        assertPackageError(1202, #"version must be a version such as "2.4" or "1.1.5", got "latest""#) { try validate(#"{"version": "latest"}"#) }
        assertPackageError(1202, "item_id must not be empty") { try validate(#"{"item_id": ""}"#) }
    }

    func testAllProblemsAreReportedTogether() {
        assertPackageError(1201, #"name must be a string, got boolean; type must be one of extension, theme, shared_package, got "x"; artifact.file_upload_id: no file 'nope' among your uploads; upload it with POST /rest/v1/files/uploads and use the file_upload_id it returns"#) {
            try validate(#"{"name": true, "type": "x", "artifact": {"file_upload_id": "nope"}}"#)
        }
    }

    func testFilesMustBeTheCallersOwn() {
        assertPackageError(1203, "media_artifacts.gallery_images[1].file_upload_id: no file 'someone-elses' among your uploads; upload it with POST /rest/v1/files/uploads and use the file_upload_id it returns") {
            try validate(#"{"media_artifacts": {"gallery_images": [{"file_upload_id": "5c644fa344e5d7.04253635.8"}, {"file_upload_id": "someone-elses"}]}}"#)
        }
        // Files still scanning or failed may be saved in a draft; submit checks them.
        XCTAssertNoThrow(try validate(#"{"artifact": {"file_upload_id": "bad.0"}, "documentation_artifacts": {"user": {"file_upload_id": "busy.0"}}}"#))
    }

    func testSkuOnlyOnPostAndOfTheComposerForm() throws {
        XCTAssertEqual(try validate(#"{"sku": "acme/one-click-checkout"}"#).sku, "acme/one-click-checkout")
        assertPackageError(1210, "Invalid SKU given. SKU must be of the form 'vendor_name/package_name'") {
            try validate(#"{"sku": "one-click-checkout"}"#)
        }
        let put = try validate(#"{"sku": "whatever", "submission_id": "f4eacd72be"}"#, .update)
        XCTAssertNil(put.sku)
        XCTAssertEqual(put.submissionID, "f4eacd72be")
        XCTAssertEqual(put.ignoredFields, ["sku"])
    }

    func testReadOnlyAndUnknownFieldsAreIgnored() throws {
        let item = try validate("""
        {"eqp_status": {"overall": "released_to_store"}, "created_at": "2020-01-01 00:00:00", "short_description": "x",
         "actions_now_available": "all", "max_version_launched": {}, "original_launch_date": "x", "is_patch": true,
         "submission_id": "abc", "colour": "blue", "name": "N"}
        """)
        XCTAssertEqual(item.fields.keys, ["name"])
        XCTAssertEqual(item.ignoredFields, ["eqp_status", "created_at", "short_description", "actions_now_available",
                                            "max_version_launched", "original_launch_date", "is_patch", "submission_id", "colour"])
    }

    func testCleaning() throws {
        let item = try validate("""
        {"artifact": {"file_upload_id": "5c11e656057b42.97931218.5", "filename": "x.zip", "size": 1, "url": "u"},
         "prices": [{"edition": "EE", "price": 45, "installation_price": "12.50", "note": "dropped"}],
         "pricing_model": {"pricing_type": "subscription", "payment_period": "12"},
         "requested_launch_date": "2030-01-02T3:04:05",
         "marketing_options": {"support_web_api": true, "unknown_option": true},
         "shared_packages": [{"artifact": {"sku": "acme/lib", "version": "1.0.0", "x": 1}}],
         "media_artifacts": {"icon_image": null, "video_urls": []},
         "long_description": null}
        """)
        XCTAssertEqual(item.fields["artifact"], ["file_upload_id": "5c11e656057b42.97931218.5"])
        XCTAssertEqual(item.fields["prices"], [["edition": "EE", "price": 45, "installation_price": 12.5]])
        XCTAssertEqual(item.fields["pricing_model"], ["pricing_type": "subscription", "payment_period": 12])
        XCTAssertEqual(item.fields["requested_launch_date"], "2030-01-02 03:04:05")
        XCTAssertEqual(item.fields["marketing_options"], ["support_web_api": true])
        XCTAssertEqual(item.fields["shared_packages"], [["artifact": ["sku": "acme/lib", "version": "1.0.0"]]])
        XCTAssertEqual(item.fields["media_artifacts"], ["video_urls": []])
        XCTAssertEqual(item.fields["long_description"], .null)
        XCTAssertEqual(item.fieldNames.last, "long_description")
    }

    func testComposerNames() {
        for good in ["acme/one-click-checkout", "a/b", "my.vendor/pkg_name", "acme/mod--ule", "magento/module-catalog"] {
            XCTAssertTrue(ComposerName.isValid(good), good)
        }
        for bad in ["acme", "Acme/module", "acme/", "/module", "acme/-module", "acme/module-", "ac--me/module",
                    "acme/mod__ule", "acme/mo dule", "a/b/c", ""] {
            XCTAssertFalse(ComposerName.isValid(bad), bad)
        }
    }
}
