import EQP
import Formats
import XCTest

final class PackageStoreTests: XCTestCase {
    func testSubmitReviewsAndReleasesAtOnceWithPaceZero() throws {
        let w = try PackageWorld()
        let answer = try w.post(try w.completeItem())[0]
        XCTAssertEqual(answer["code"], 200, "\(answer)")
        XCTAssertEqual(answer["sku"]?.stringValue, "acme/fast-cart")
        XCTAssertEqual(answer["version"]?.stringValue, "1.0.0")
        XCTAssertEqual(answer.statusTriple, "released_to_store/approved/approved")
        XCTAssertEqual(answer["original_launch_date"]?.stringValue, "2024-01-01 00:00:00")
        XCTAssertEqual(answer["max_version_launched"]?["version"]?.stringValue, "1.0.0")
        XCTAssertEqual(answer["actions_now_available"]?.stringValue, "marketing.draft,marketing.submit,overall.remove")
        let id = try XCTUnwrap(answer["submission_id"]?.stringValue)
        let runs = try w.store.testResults(mageID: w.user, key: .submissionID(id))
        XCTAssertEqual(runs.arrayValue?.map { $0["name"]?.stringValue ?? "" }, ["phpcs", "varnish", "marketing"])
        // The files know the package.
        let artifact = try XCTUnwrap(answer["artifact"]?["file_upload_id"]?.stringValue)
        XCTAssertEqual(try w.store.file(mageID: w.user, id: artifact).submissionIDs, [id])
        assertEQPError(1310) { try w.store.deleteFile(mageID: w.user, id: artifact) }
    }

    func testReviewStepsFollowThePaceOnTheSandboxClock() throws {
        let w = try PackageWorld(pace: 2)
        let id = try XCTUnwrap(try w.post(try w.completeItem())[0]["submission_id"]?.stringValue)
        XCTAssertEqual(try w.get(id).statusTriple, "in_progress/in_automation/awaiting_marketing_review")
        w.clock.advance(by: 2)
        XCTAssertEqual(try w.get(id).statusTriple, "in_progress/approved/in_marketing_review")
        w.clock.advance(by: 2)
        XCTAssertEqual(try w.get(id).statusTriple, "in_progress/approved/approved")
        w.clock.advance(by: 2)
        XCTAssertEqual(try w.get(id).statusTriple, "approved/approved/approved")
        w.clock.advance(by: 100)
        let released = try w.get(id)
        XCTAssertEqual(released.statusTriple, "released_to_store/approved/approved")
        XCTAssertEqual(released["latest_launch_date"]?.stringValue, "2024-01-01 00:00:08")
    }

    func testMarkerFailsPhpcsThenFixAndResubmitPasses() throws {
        let w = try PackageWorld()
        let answer = try w.post(try w.completeItem(releaseNotes: "Broken [eqp-sandbox:fail=phpcs]"))[0]
        XCTAssertEqual(answer.statusTriple, "in_progress/rejected/approved")
        let id = try XCTUnwrap(answer["submission_id"]?.stringValue)
        let summary = try w.store.testResults(mageID: w.user, key: .submissionID(id)).arrayValue ?? []
        let phpcs = try XCTUnwrap(summary.first { $0["name"]?.stringValue == "phpcs" })
        XCTAssertEqual(phpcs["status"]?.stringValue, "fail")
        let detail = try w.store.testResult(mageID: w.user, submissionID: id, tool: "phpcs", runID: phpcs["tool_run_id"]!.stringValue!)
        XCTAssertEqual(detail["status"]?.stringValue, "FAIL")
        let fixed = try w.put(id, #"{"release_notes": "Fixed", "action": {"technical": "submit"}}"#)
        XCTAssertEqual(fixed.statusTriple, "released_to_store/approved/approved")
    }

    func testBatchItemsAreIndependentAndEchoItemID() throws {
        let w = try PackageWorld()
        let answers = try w.post(#"{"item_id": "bad", "type": 7}"#, try w.completeItem(action: #"{"technical": "draft"}"#, extra: #", "item_id": "good""#),
                                 #"{"item_id": "no-tech", "type": "extension", "platform": "M2", "name": "Other", "action": {"technical": "submit"}}"#)
        XCTAssertEqual(answers.map { $0["code"]?.intValue ?? 0 }, [1201, 200, 1208])
        XCTAssertEqual(answers.map { $0["item_id"]?.stringValue ?? "" }, ["bad", "good", "no-tech"])
        XCTAssertEqual(answers[1].statusTriple, "draft/draft/draft")
        XCTAssertEqual(try w.list().total, 2)  // the seed package and the good one
    }

    func testNewVersionBySkuCarriesFieldsOverAndVersionsAreUnique() throws {
        let w = try PackageWorld()
        _ = try w.post(try w.completeItem())
        let zip = try w.upload("v2.zip", "application/zip", PackageWorld.moduleZip(version: "1.1.0"))
        let answer = try w.post(#"{"action": {"technical": "submit", "marketing": "submit"}, "sku": "acme/fast-cart", "release_notes": "v2", "artifact": {"file_upload_id": "\#(zip)"}}"#)[0]
        XCTAssertEqual(answer["code"], 200, "\(answer)")
        XCTAssertEqual(answer["name"]?.stringValue, "Fast Cart")
        XCTAssertEqual(answer["version"]?.stringValue, "1.1.0")
        XCTAssertEqual(answer["max_version_launched"]?["version"]?.stringValue, "1.1.0")
        let again = try w.upload("v2b.zip", "application/zip", PackageWorld.moduleZip(version: "1.1.0", compress: false))
        let dup = try w.post(#"{"sku": "acme/fast-cart", "artifact": {"file_upload_id": "\#(again)"}}"#)[0]
        XCTAssertEqual(dup["code"], 1225)
        XCTAssertEqual(try w.post(#"{"sku": "acme/nothing", "type": "extension"}"#)[0]["code"], 1224)
        XCTAssertEqual(try w.store.packages(mageID: w.user, query: [], sku: "acme/fast-cart", links: TestWorld.links).total, 2)
        XCTAssertEqual(try w.store.packages(mageID: w.user, query: [(name: "version", value: "1.1.0")], sku: "acme/fast-cart",
                                            links: TestWorld.links).total, 1)
    }

    func testArtifactProblems() throws {
        let w = try PackageWorld()
        let notZip = try w.upload("x.zip", "application/zip", Array("not a zip".utf8))
        XCTAssertEqual(try w.post(#"{"name": "X", "artifact": {"file_upload_id": "\#(notZip)"}}"#)[0]["code"], 1227)
        var zip = ZipWriter()
        zip.add(path: "readme.txt", data: Array("hi".utf8))
        let noComposer = try w.upload("y.zip", "application/zip", zip.finish())
        XCTAssertEqual(try w.post(#"{"name": "Y", "artifact": {"file_upload_id": "\#(noComposer)"}}"#)[0]["code"], 1227)
        let badName = try w.upload("z.zip", "application/zip", PackageWorld.moduleZip(sku: "nosl"))
        XCTAssertEqual(try w.post(#"{"name": "Z", "artifact": {"file_upload_id": "\#(badName)"}}"#)[0]["code"], 1210)
        let other = try w.upload("o.zip", "application/zip", PackageWorld.moduleZip(), as: TestWorld.otherUser)
        XCTAssertEqual(try w.post(#"{"name": "O", "artifact": {"file_upload_id": "\#(other)"}}"#)[0]["code"], 1203)
    }

    func testUniqueNameAndItemIDAndIllegalAction() throws {
        let w = try PackageWorld()
        XCTAssertEqual(try w.post(#"{"name": "One Click Checkout", "type": "extension"}"#)[0]["code"], 1222)
        XCTAssertEqual(try w.post(#"{"name": "A", "item_id": "x"}"#)[0]["code"], 200)
        XCTAssertEqual(try w.post(#"{"name": "B", "item_id": "x"}"#)[0]["code"], 1223)
        XCTAssertEqual(try w.post(#"{"name": "C", "action": {"technical": "recall"}}"#)[0]["code"], 1211)
    }

    /// The per-user lookups behind 1222/1223 follow renames, item_id changes and resets.
    func testIdentityChecksFollowUpdates() throws {
        let w = try PackageWorld()
        let a = try w.post(#"{"name": "Alpha", "item_id": "a"}"#)[0]
        let id = try XCTUnwrap(a["submission_id"]?.stringValue)
        XCTAssertEqual(try w.post(#"{"name": "alpha", "item_id": "b"}"#)[0]["code"], 1222)
        XCTAssertEqual(try w.put(id, #"{"name": "Beta", "item_id": "a2"}"#)["name"]?.stringValue, "Beta")
        // The old name and item_id are free again, the new ones taken.
        XCTAssertEqual(try w.post(#"{"name": "ALPHA", "item_id": "a"}"#)[0]["code"], 200)
        XCTAssertEqual(try w.post(#"{"name": "beta"}"#)[0]["code"], 1222)
        XCTAssertEqual(try w.post(#"{"name": "Gamma", "item_id": "a2"}"#)[0]["code"], 1223)
        XCTAssertEqual(try w.store.package(mageID: w.user, itemID: "a2", links: TestWorld.links)["submission_id"]?.stringValue, id)
        // Another user's names and item_ids are theirs alone.
        XCTAssertEqual(try w.post(#"{"name": "Beta", "item_id": "a2"}"#, as: TestWorld.otherUser)[0]["code"], 200)
    }

    /// M1 packages (a TGZ artifact, as the seed documents describe) take sku and version from
    /// the request; versions stay unique per sku, and a new version carries fields over.
    func testM1PackagesNameTheirOwnSkuAndVersion() throws {
        let w = try PackageWorld()
        let tgz = try w.upload("classic.tgz", "application/octet-stream", [0x1F, 0x8B, 8, 0, 1, 2, 3])
        let first = try w.post(try w.completeItem(sku: "unused/zip", name: "Classic Cart", extra: """
            , "platform": "M1", "sku": "acme/classic-cart", "version": "1.4.2", "artifact": {"file_upload_id": "\(tgz)"}
            """))[0]
        XCTAssertEqual(first["code"], 200, "\(first)")
        XCTAssertEqual(first["platform"]?.stringValue, "M1")
        XCTAssertEqual(first["sku"]?.stringValue, "acme/classic-cart")
        XCTAssertEqual(first["version"]?.stringValue, "1.4.2")
        XCTAssertEqual(first.statusTriple, "released_to_store/approved/approved")
        // The same version again is 1225; a new one is another version of the same extension.
        let again = try w.upload("classic2.tgz", "application/octet-stream", [0x1F, 0x8B, 8, 0, 4, 5, 6])
        let dup = try w.post(#"{"platform": "M1", "sku": "acme/classic-cart", "version": "1.4.2", "artifact": {"file_upload_id": "\#(again)"}}"#)[0]
        XCTAssertEqual(dup["code"], 1225, "\(dup)")
        let next = try w.post(#"{"platform": "M1", "sku": "acme/classic-cart", "version": "1.5.0", "release_notes": "1.5", "artifact": {"file_upload_id": "\#(again)"}, "action": {"technical": "submit", "marketing": "submit"}}"#)[0]
        XCTAssertEqual(next["code"], 200, "\(next)")
        XCTAssertEqual(next["name"]?.stringValue, "Classic Cart")
        XCTAssertEqual(next["max_version_launched"]?["version"]?.stringValue, "1.5.0")
        XCTAssertEqual(try w.list([("sku", "acme/classic-cart")]).total, 2)
        // Without a sku an M1 submission cannot go to technical review.
        let noSKU = try w.post(#"{"platform": "M1", "type": "extension", "name": "No Sku", "action": {"technical": "submit"}}"#)[0]
        XCTAssertEqual(noSKU["code"], 1208, "\(noSKU)")
        XCTAssertTrue(noSKU["message"]?.stringValue?.contains("sku") ?? false, "\(noSKU)")
    }

    /// `launch_on_approval: false` with a `requested_launch_date`: approved, then released on
    /// that date by the sandbox clock; without a date it waits for the developer.
    func testRequestedLaunchDateHoldsTheReleaseUntilThen() throws {
        let w = try PackageWorld(pace: 1)
        let answer = try w.post(try w.completeItem(extra: #", "launch_on_approval": false, "requested_launch_date": "2024-01-02 00:00:00""#))[0]
        XCTAssertEqual(answer["code"], 200, "\(answer)")
        let id = try XCTUnwrap(answer["submission_id"]?.stringValue)
        w.clock.advance(by: 60)
        XCTAssertEqual(try w.get(id).statusTriple, "approved/approved/approved")
        XCTAssertNil(try w.get(id)["original_launch_date"])
        w.clock.set(TestWorld.start + 86_400)
        let released = try w.get(id)
        XCTAssertEqual(released.statusTriple, "released_to_store/approved/approved")
        XCTAssertEqual(released["original_launch_date"]?.stringValue, "2024-01-02 00:00:00")
        XCTAssertEqual(released["latest_launch_date"]?.stringValue, "2024-01-02 00:00:00")

        let held = try w.post(try w.completeItem(sku: "acme/held-cart", name: "Held Cart", extra: #", "launch_on_approval": false"#))[0]
        let heldID = try XCTUnwrap(held["submission_id"]?.stringValue)
        w.clock.advance(by: 86_400 * 30)
        XCTAssertEqual(try w.get(heldID).statusTriple, "approved/approved/approved")
    }

    func testStatusChangesQueueCallbacks() throws {
        let w = try PackageWorld()
        _ = w.store.drainCallbackEvents()
        _ = try w.post(try w.completeItem())
        let events = w.store.drainCallbackEvents().filter { $0.event == "eqp_status_update" }
        let flows = events.map { "\($0.payload["update_info"]?["eqp_flow"]?.stringValue ?? ""):\($0.payload["update_info"]?["current_status"]?.stringValue ?? "")" }
        XCTAssertEqual(flows, ["technical:in_automation", "marketing:awaiting_marketing_review", "overall:in_progress",
                               "technical:approved", "marketing:in_marketing_review", "marketing:approved",
                               "overall:approved", "overall:released_to_store"])
        XCTAssertEqual(events.first?.username, "key")
        XCTAssertNotNil(events.first?.payload["update_info"]?["eqp_status"]?["overall"])
    }

    func testProductionLikeModeRunsPhpcpdAndManualQA() throws {
        let w = try PackageWorld(mode: .productionLike)
        let answer = try w.post(try w.completeItem())[0]
        XCTAssertEqual(answer.statusTriple, "released_to_store/approved/approved")
        let id = try XCTUnwrap(answer["submission_id"]?.stringValue)
        let names = try w.store.testResults(mageID: w.user, key: .submissionID(id)).arrayValue?.map { $0["name"]?.stringValue ?? "" }
        XCTAssertEqual(names, ["phpcpd", "phpcs", "varnish", "marketing", "manual_qa"])
    }

    func testSeedPackageAndAnotherUsersView() throws {
        let w = try PackageWorld()
        let seed = try w.get("f4eacd72be")
        XCTAssertEqual(seed.statusTriple, "in_progress/rejected/approved")
        XCTAssertEqual(seed["created_at"]?.stringValue, "2020-04-17 16:00:00")
        assertEQPError(1206) { try w.store.package(mageID: TestWorld.otherUser, submissionID: "f4eacd72be", links: TestWorld.links) }
        XCTAssertEqual(try w.store.packages(mageID: TestWorld.otherUser, query: [], links: TestWorld.links).total, 0)
        let summary = try w.store.testResults(mageID: w.user, key: .sku("acme/one-click-checkout"))
        XCTAssertEqual(summary.arrayValue?.count, 4)
        let qa = try w.store.testResult(mageID: w.user, submissionID: "f4eacd72be", tool: "manual_qa", runID: "9")
        XCTAssertEqual(qa["reports"]?["date"]?.stringValue, "2020-01-14 07:21:57")
        assertEQPError(1233) { try w.store.testResult(mageID: w.user, submissionID: "f4eacd72be", tool: "phpcpd", runID: "5") }
    }

    func testInvalidSeedPackageNamesFileAndPath() {
        assertSeedError(file: "test.json", path: "packages[0].owner", problem: "no seed user") {
            try TestWorld.seed(#"{"packages": [{"owner": "MAG999", "submission_id": "x"}]}"#)
        }
        assertSeedError(file: "test.json", path: "packages[0].colour", problem: "not a package field") {
            try TestWorld.seed(#"{"users": [{"profile": {"mage_id": "MAG000000009"}}], "packages": [{"owner": "MAG000000009", "submission_id": "x", "colour": 1}]}"#)
        }
    }
}
