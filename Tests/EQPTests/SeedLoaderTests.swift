@testable import EQP
import Formats
import XCTest

final class SeedLoaderTests: XCTestCase {
    func testDefaultSeedIsTheDocsWorld() throws {
        let seed = try TestWorld.seed()
        XCTAssertEqual(seed.mageIDs, [TestWorld.docsUser, TestWorld.otherUser])
        XCTAssertEqual(seed.sourceFiles, ["metrics.json", "packages.json", "users.json"])
        let docs = try XCTUnwrap(seed.users.first)
        XCTAssertEqual(docs.accessKeys.map(\.applicationID), [TestWorld.docsAppID])
        XCTAssertEqual(docs.demoTokens, [TestWorld.demoToken])
        XCTAssertEqual(docs.m2Keys.map(\.label), ["main_key", "key_for_bob", "Key for My Organization"])
        XCTAssertEqual(docs.m1Keys.count, 1)
        XCTAssertEqual(docs.profileImageFileID, "5c119a03b4ddf6.75124444.0")
        let docsFiles = seed.files.filter { $0.ownerMageID == TestWorld.docsUser }.map(\.id)
        for id in ["5c129cd41ba478.65767699.1", "5c11e656057b42.97931218.5", "5c644d97bb7c41.37505716.6",
                   "5c644daf21fee4.39102137.2", "5c644f4dcb1900.18508194.9", "5c644fa344e5d7.04253635.8",
                   "5c648b98446065.77844389.4", "5c648b984d0228.21794482.7", "5c648b98698ed0.64632056.3",
                   "5c648b986a3d98.83415858.0", "5c119a03b4ddf6.75124444.0"] {
            XCTAssertTrue(docsFiles.contains(id), id)
        }
        XCTAssertTrue(seed.files.allSatisfy { $0.status == .pass })
        XCTAssertEqual(docs.profile["personal_profile"]?["last_logged_in"], "2020-07-21 08:09:10")
    }

    func testSeedFilesHaveRealBytes() throws {
        let seed = try TestWorld.seed()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        for file in seed.files where file.contentType == "image/png" {
            XCTAssertEqual(Array(file.bytes.prefix(8)), png, file.filename)
        }
        for file in seed.files where file.contentType == "application/pdf" {
            XCTAssertTrue(String(decoding: file.bytes, as: UTF8.self).hasPrefix("%PDF-1.4"), file.filename)
        }
        let zip = try XCTUnwrap(seed.files.first { $0.id == "5c11e656057b42.97931218.5" })
        XCTAssertEqual(Array(zip.bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        // The packages resource reads sku and version from this manifest (SANDBOX-NOTES.md).
        let manifest = try ComposerManifest.read(fromZip: zip.bytes)
        XCTAssertEqual(manifest.name, "acme/one-click-checkout")
        XCTAssertEqual(manifest.version, "1.1.5")
    }

    func testNotJSONNamesFile() {
        assertSeedError(file: "bad.json", path: "", problem: "not valid JSON") { try TestWorld.seed("{", name: "bad.json") }
    }

    func testUnknownSectionNamed() {
        assertSeedError(file: "test.json", path: "user", problem: "not a known seed section") {
            try TestWorld.seed(#"{"user": []}"#)
        }
        XCTAssertNoThrow(try TestWorld.seed(#"{"_comment": "fine", "users": []}"#))
    }

    func testTooManyAccessKeys() {
        let key = { (i: Int) in #"{"application_id": "APP\#(i)", "application_secret": "s"}"# }
        let text = #"{"users": [{"profile": {"mage_id": "MAG1"}, "access_keys": [\#((0..<4).map(key).joined(separator: ","))]}]}"#
        assertSeedError(file: "test.json", path: "users[0].access_keys[3]", problem: "at most 3") { try TestWorld.seed(text) }
    }

    func testProfileTypeErrorNamesPath() {
        assertSeedError(file: "test.json", path: "users[0].profile.personal_profile.bio", problem: "must be a string, got integer") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1", "personal_profile": {"bio": 5}}}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].profile.personal_profile.addresses[0].zip", problem: "not a known field") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1", "personal_profile": {"addresses": [{"zip": "1"}]}}}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].profile.tos_accepted_date", problem: "UTC timestamp") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1", "tos_accepted_date": "yesterday"}}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].profile.mage_id", problem: "is required") {
            try TestWorld.seed(#"{"users": [{"profile": {}}]}"#)
        }
    }

    func testDuplicatesAcrossFilesNameTheFirst() {
        let a = #"{"users": [{"profile": {"mage_id": "MAG1"}}]}"#
        do {
            _ = try SeedLoader.load(documents: [("a.json", Array(a.utf8)), ("b.json", Array(a.utf8))])
            XCTFail("expected a duplicate error")
        } catch let error as SeedError {
            XCTAssertEqual(error.file, "b.json")
            XCTAssertEqual(error.path, "users[0].profile.mage_id")
            XCTAssertTrue(error.problem.contains("already defined in a.json users[0]"), error.problem)
        } catch {
            XCTFail("\(error)")
        }
    }

    func testKeysAndFilesAreChecked() {
        assertSeedError(file: "test.json", path: "users[0].m2_keys[0].uid", problem: "org_ids") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1"}, "m2_keys": [{"label": "a", "user_key": "0123456789abcdef0123456789abcdef", "password_key": "0123456789abcdef0123456789abcdef", "uid": "OTHER"}]}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].m2_keys[0].user_key", problem: "32 lowercase hex") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1"}, "m2_keys": [{"label": "a", "user_key": "xyz", "password_key": "0123456789abcdef0123456789abcdef"}]}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].files[0].content.base64", problem: "not valid base64") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1"}, "files": [{"file_upload_id": "f1", "filename": "a.png", "content_type": "image/png", "content": {"base64": "@@@"}}]}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].files[0].content_type", problem: "not a recognised content type") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1"}, "files": [{"file_upload_id": "f1", "filename": "a.txt", "content_type": "text/plain", "content": {"text": "x"}}]}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].files[0].content", problem: "exactly one of") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1"}, "files": [{"file_upload_id": "f1", "filename": "a.png", "content_type": "image/png", "content": {"text": "x", "base64": "eA=="}}]}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].profile.profile_image_artifact.file_upload_id", problem: "not one of this user's files") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1", "profile_image_artifact": {"file_upload_id": "nope"}}}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].demo_tokens[0]", problem: "session token") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1"}, "demo_tokens": ["short"]}]}"#)
        }
        assertSeedError(file: "test.json", path: "users[0].reports.sales[1]", problem: "record must be an object") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG1"}, "reports": {"sales": [{}, 3]}}]}"#)
        }
    }

    func testContentPathsResolveAgainstTheFolder() throws {
        let seed = try TestWorld.seed(
            #"{"users": [{"profile": {"mage_id": "MAG1"}, "files": [{"file_upload_id": "f1", "filename": "u.json", "content_type": "application/octet-stream", "content": {"path": "users.json"}}]}]}"#,
            directory: TestWorld.seedDirectory)
        XCTAssertEqual(seed.files.first?.bytes, try SeedLoader.readFile(TestWorld.seedDirectory + "/users.json"))
        assertSeedError(file: "test.json", path: "users[0].files[0].content.path", problem: "cannot open") {
            try TestWorld.seed(
                #"{"users": [{"profile": {"mage_id": "MAG1"}, "files": [{"file_upload_id": "f1", "filename": "a.zip", "content_type": "application/zip", "content": {"path": "missing.zip"}}]}]}"#,
                directory: TestWorld.seedDirectory)
        }
        assertSeedError(file: "test.json", path: "users[0].files[0].content.path", problem: "relative path") {
            try TestWorld.seed(
                #"{"users": [{"profile": {"mage_id": "MAG1"}, "files": [{"file_upload_id": "f1", "filename": "a.zip", "content_type": "application/zip", "content": {"path": "../x"}}]}]}"#,
                directory: TestWorld.seedDirectory)
        }
    }

    func testMissingFolder() {
        XCTAssertThrowsError(try SeedLoader.load(directory: "/nonexistent/seed")) { error in
            XCTAssertTrue("\(error)".contains("cannot open the seed folder"), "\(error)")
        }
    }

    func testMetricsAndPackagesSections() throws {
        let seed = try TestWorld.seed(#"{"metrics": [{"name": "pageviews", "records": [{"day": "2024-01-01", "views": 3}]}], "packages": []}"#)
        XCTAssertEqual(seed.metrics.map(\.name), ["pageviews"])
        // Packages are checked since the packages resource (seed-data/README.md, "packages").
        assertSeedError(file: "test.json", path: "packages[0].owner", problem: "is required") {
            try TestWorld.seed(#"{"packages": [{"sku": "x/y"}]}"#)
        }
        assertSeedError(file: "test.json", path: "metrics[1].name", problem: "already defined") {
            try TestWorld.seed(#"{"metrics": [{"name": "a"}, {"name": "a"}]}"#)
        }
    }
}
