@testable import EQP
import Formats
import XCTest

/// packages.md "Required parameters" and the cross-field rules of a submit.
final class SubmissionRequirementsTests: XCTestCase {
    let files = PackageFixtures.files

    func record(_ edit: (inout JSONObject) -> Void = { _ in }) throws -> PackageRecord {
        try PackageFixtures.docRecord(editing: edit)
    }

    func testTheDocumentedSubmissionPassesBothFlows() throws {
        let r = try record()
        XCTAssertNoThrow(try SubmissionRequirements.check(.technical, r, files: files))
        XCTAssertNoThrow(try SubmissionRequirements.check(.marketing, r, files: files))
        XCTAssertNoThrow(try SubmissionRequirements.check(.overall, r, files: files))
    }

    func testTechnicalListsWhatIsMissing() throws {
        let empty = PackageRecord(submissionID: "s", ownerMageID: "m", sequence: 1, createdAt: 0)
        let error = assertPackageError(1208, "Insufficient information for Technical Submission: missing type, platform, version_compatibility, release_notes, version, artifact, documentation_artifacts") {
            try SubmissionRequirements.checkTechnical(empty, files: files)
        }
        XCTAssertEqual(error?.status, 400)
        assertPackageError(1208, "Insufficient information for Technical Submission: missing release_notes, artifact") {
            try SubmissionRequirements.checkTechnical(record { $0["release_notes"] = "  "; $0["artifact"] = nil }, files: files)
        }
        assertPackageError(1208, "Insufficient information for Technical Submission: missing version_compatibility") {
            try SubmissionRequirements.checkTechnical(record { $0["version_compatibility"] = [] }, files: files)
        }
    }

    func testUserGuideRequiredExceptForSharedPackages() throws {
        let noUserGuide = try record { $0["documentation_artifacts"] = ["installation": ["file_upload_id": "5c644daf21fee4.39102137.2"]] }
        assertPackageError(1214, "documentation_artifacts.user (the user guide) is required for the technical submission of extension packages; only shared packages need none") {
            try SubmissionRequirements.checkTechnical(noUserGuide, files: files)
        }
        let shared = try record { $0["type"] = "shared_package"; $0["documentation_artifacts"] = nil }
        XCTAssertNoThrow(try SubmissionRequirements.checkTechnical(shared, files: files))
    }

    func testVersionComesFromTheArtifactOnceScanned() throws {
        var r = try record { $0["artifact"] = ["file_upload_id": "busy.0"] }
        r.version = nil
        // Still scanning: the scan is the problem, not the version.
        assertPackageError(1221, "artifact refers to file 'busy.0' (scanning.pdf) whose malware scan is still in progress; submit again once its malware_status is pass") {
            try SubmissionRequirements.checkTechnical(r, files: files)
        }
        r.fields["artifact"] = ["file_upload_id": "5c11e656057b42.97931218.5"]
        assertPackageError(1208, "Insufficient information for Technical Submission: missing version") {
            try SubmissionRequirements.checkTechnical(r, files: files)
        }
        // M1 takes sku and version from the request.
        var m1 = try record { $0["platform"] = "M1" }
        m1.sku = nil
        assertPackageError(1208, "Insufficient information for Technical Submission: missing sku") {
            try SubmissionRequirements.checkTechnical(m1, files: files)
        }
    }

    func testMalwareFailAndInProgressAreDistinct() throws {
        assertPackageError(1220, "artifact refers to file 'bad.0' (infected.zip) whose malware scan failed; upload a clean file and refer to it instead") {
            try SubmissionRequirements.checkTechnical(record { $0["artifact"] = ["file_upload_id": "bad.0"] }, files: files)
        }
        // A failure wins over an earlier file still scanning.
        let both = try record {
            $0["artifact"] = ["file_upload_id": "busy.0"]
            $0["documentation_artifacts"] = ["user": ["file_upload_id": "bad.0"]]
        }
        assertPackageError(1220) { try SubmissionRequirements.checkTechnical(both, files: files) }
        // Media files matter to marketing only.
        let media = try record { $0["media_artifacts"] = ["icon_image": ["file_upload_id": "busy.0"],
                                                          "gallery_images": [["file_upload_id": "bad.0"]]] }
        XCTAssertNoThrow(try SubmissionRequirements.checkTechnical(media, files: files))
        assertPackageError(1220, "media_artifacts.gallery_images[0] refers to file 'bad.0' (infected.zip) whose malware scan failed; upload a clean file and refer to it instead") {
            try SubmissionRequirements.checkMarketing(media, files: files)
        }
        // A file that is no longer the caller's.
        let gone = try record { $0["artifact"] = ["file_upload_id": "deleted.1"] }
        assertPackageError(1203) { try SubmissionRequirements.checkTechnical(gone, files: files) }
    }

    func testMarketingListsWhatIsMissing() throws {
        let empty = PackageRecord(submissionID: "s", ownerMageID: "m", sequence: 1, createdAt: 0)
        assertPackageError(1209, "Insufficient information for Marketing Submission: missing name, long_description, documentation_artifacts, categories, media_artifacts, license_type") {
            try SubmissionRequirements.checkMarketing(empty, files: files)
        }
        assertPackageError(1209, "Insufficient information for Marketing Submission: missing categories") {
            try SubmissionRequirements.checkMarketing(record { $0["categories"] = [] }, files: files)
        }
    }

    func testIconAndGallery() throws {
        assertPackageError(1215, "media_artifacts.icon_image is required for the marketing submission") {
            try SubmissionRequirements.checkMarketing(record { $0["media_artifacts"] = ["gallery_images": [["file_upload_id": "5c644fa344e5d7.04253635.8"]]] }, files: files)
        }
        let noGallery = try record { $0["media_artifacts"] = ["icon_image": ["file_upload_id": "5c129cd41ba478.65767699.1"], "gallery_images": []] }
        assertPackageError(1216, "media_artifacts.gallery_images needs at least one image for the marketing submission of extension packages; only shared packages need none") {
            try SubmissionRequirements.checkMarketing(noGallery, files: files)
        }
        var shared = noGallery
        shared.fields["type"] = "shared_package"
        shared.fields["documentation_artifacts"] = nil
        XCTAssertNoThrow(try SubmissionRequirements.checkMarketing(shared, files: files))
    }

    func testCustomLicence() throws {
        assertPackageError(1217, "license_type 'custom' needs custom_license_name and custom_license_url") {
            try SubmissionRequirements.checkMarketing(record { $0["license_type"] = "custom" }, files: files)
        }
        assertPackageError(1217, "license_type 'custom' needs custom_license_url") {
            try SubmissionRequirements.checkTechnical(record { $0["license_type"] = "custom"; $0["custom_license_name"] = "ACME EULA" }, files: files)
        }
        XCTAssertNoThrow(try SubmissionRequirements.checkMarketing(record {
            $0["license_type"] = "custom"; $0["custom_license_name"] = "ACME EULA"; $0["custom_license_url"] = "https://acme.test/eula"
        }, files: files))
    }

    func testPricesMustMatchCompatibilityEditions() throws {
        assertPackageError(1218, "The editions in prices (CE, EE, ECE) must match the editions in version_compatibility (CE, EE)") {
            try SubmissionRequirements.checkMarketing(record {
                $0["version_compatibility"] = [["edition": "CE", "versions": ["2.4"]], ["edition": "EE", "versions": ["2.4"]]]
            }, files: files)
        }
        assertPackageError(1218) {
            try SubmissionRequirements.checkTechnical(record { $0["prices"] = [["edition": "CE", "price": 1]] }, files: files)
        }
        assertPackageError(1202, #"prices[1].edition repeats "CE"; give one price per edition"#) {
            try SubmissionRequirements.checkEditions(PackageFixtures.object(#"{"prices": [{"edition": "CE"}, {"edition": "CE"}], "version_compatibility": [{"edition": "CE"}]}"#))
        }
        // Free packages have no prices to compare.
        XCTAssertNoThrow(try SubmissionRequirements.checkMarketing(record { $0["prices"] = nil }, files: files))
    }

    func testCategories() throws {
        XCTAssertEqual(SubmissionRequirements.mainCategory(of: "//Extensions//Payments & Security//Checkout Enhancements"), "Payments & Security")
        XCTAssertEqual(SubmissionRequirements.mainCategory(of: "//Extension//Marketing//SEO/SEM"), "Marketing")
        XCTAssertEqual(SubmissionRequirements.mainCategory(of: "//Marketing//SEO/SEM"), "Marketing")
        XCTAssertNil(SubmissionRequirements.mainCategory(of: "//Extensions"))
        XCTAssertNil(SubmissionRequirements.mainCategory(of: "Extensions//Marketing"))
        XCTAssertNil(SubmissionRequirements.mainCategory(of: "//Extensions////SEO"))
        XCTAssertNoThrow(try SubmissionRequirements.checkCategories([
            "//Extensions//Marketing//SEO/SEM", "//Extensions//Marketing//Email Marketing", "//Extensions//Marketing",
        ]))
        assertPackageError(1219, "categories must list 1 to 3 categories, got 4") {
            try SubmissionRequirements.checkCategories(["//E//A//1", "//E//A//2", "//E//A//3", "//E//A//4"])
        }
        assertPackageError(1219, #"categories must all be from the same main category, got "Marketing" (categories[0]) and "Payments & Security" (categories[1])"#) {
            try SubmissionRequirements.checkCategories(["//Extensions//Marketing//SEO/SEM", "//Extensions//Payments & Security//Checkout Enhancements"])
        }
        assertPackageError(1219, #"categories[0] must be a path such as "//Extensions//Payments & Security//Checkout Enhancements", got "Marketing""#) {
            try SubmissionRequirements.checkCategories(["Marketing"])
        }
        assertPackageError(1219, #"categories[1] repeats "//Extensions//Marketing""#) {
            try SubmissionRequirements.checkCategories(["//Extensions//Marketing", "//Extensions//Marketing"])
        }
        assertPackageError(1219) { try SubmissionRequirements.checkMarketing(record { $0["categories"] = ["//A", "//B", "//C", "//D"] }, files: files) }
    }

    func testPricingModelPeriod() throws {
        assertPackageError(1202, #"pricing_model.payment_period must be 12 for pricing_type "subscription", got 1"#) {
            try SubmissionRequirements.checkMarketing(record { $0["pricing_model"] = ["pricing_type": "subscription", "payment_period": 1] }, files: files)
        }
    }

    func testComposerNameIs1210() {
        assertPackageError(1210, "Invalid SKU given. SKU must be of the form 'vendor_name/package_name'") {
            try SubmissionRequirements.checkComposerName("OneClickCheckout")
        }
        assertPackageError(1210) { try SubmissionRequirements.checkComposerName(nil) }
        XCTAssertNoThrow(try SubmissionRequirements.checkComposerName("acme/one-click-checkout"))
    }
}
