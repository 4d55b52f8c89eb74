@testable import EQP
import Formats
import XCTest

final class ComposerKeyTests: XCTestCase {
    var store: SandboxStore!
    let user = TestWorld.docsUser
    let org = "000CBA111DCB222@AdobeOrg"

    override func setUpWithError() throws { store = try TestWorld.store() }

    func list(type: String? = nil, label: String? = nil, uid: String? = nil) throws -> ComposerKeyList {
        try store.composerKeys(mageID: user, query: try KeyQuery.parse(type: type, label: label, uid: uid))
    }

    func testListMatchesTheDocs() throws {
        let all = try list(uid: "all")
        XCTAssertEqual(all.json.keys, ["m2", "m1"])
        XCTAssertEqual(all.m2?.map(\.label), ["main_key", "key_for_bob", "Key for My Organization"])
        XCTAssertEqual(all.m2?[1].json, [
            "label": "key_for_bob", "user_key": "4b335b25f8eb3449e7e222e8f9e052b0",
            "password_key": "9ca8abe7376f451bde40513474c13c3c", "is_enabled": false, "uid": "MAG123456789",
        ])
        XCTAssertEqual(all.m1?.first?.json["product_name"], "acme/one-click-checkout-1.0.0")
    }

    func testFilters() throws {
        XCTAssertEqual(try list(type: "m2").json.keys, ["m2"])
        XCTAssertEqual(try list(type: "m1").json.keys, ["m1"])
        XCTAssertEqual(try list(uid: org).m2?.map(\.label), ["Key for My Organization"])
        XCTAssertEqual(try list(uid: org).m1?.count, 0)
        XCTAssertEqual(try list(uid: user).m2?.count, 2)
        XCTAssertEqual(try list(label: "Key for My Organization").m2?.map(\.uid), [org])
        XCTAssertEqual(try list(label: "nope").m2?.count, 0)
        assertEQPError(1150) { try list(type: "m3") }
        assertEQPError(1152) { try list(type: "m1", label: "main_key") }
        let error = assertEQPError(1151) { try list(uid: TestWorld.otherUser) }
        XCTAssertEqual(error?.status, 400)
    }

    func testBatchCreateWithItemErrors() throws {
        let body = try JSON.parse(#"{"m2": [{"label": "key_for_alice"}, {"label": "key_for_charlie", "uid": "MAG123456789"}, {"label": "key_for_my_org", "uid": "000CBA111DCB222@AdobeOrg"}, {"label": "main_key"}, {"label": "key_for_alice"}, {"uid": "MAG123456789"}, {"label": "x", "uid": "MAG000000002"}, 7, {"label": "  "}]}"#)
        let outcomes = try store.createComposerKeys(mageID: user, body: body)
        XCTAssertEqual(outcomes.map { $0.json["code"]?.intValue }, [200, 200, 200, 1153, 1153, 1034, 1151, 1032, 1033])
        guard case .created(let alice) = outcomes[0] else { return XCTFail() }
        XCTAssertEqual(alice.uid, user)
        XCTAssertEqual(alice.userKey.count, 32)
        XCTAssertNotEqual(alice.userKey, alice.passwordKey)
        XCTAssertTrue(alice.isEnabled)
        XCTAssertEqual(outcomes[0].json.keys, ["label", "user_key", "password_key", "is_enabled", "uid", "code", "message"])
        XCTAssertEqual(outcomes[0].json["message"], "Success")
        XCTAssertEqual(outcomes[3].json, ["label": "main_key", "code": 1153, "message": "A key labelled 'main_key' already exists for uid MAG123456789; labels are unique per uid"])
        XCTAssertEqual(outcomes[5].json["message"], "m2[5].label is required")
        XCTAssertEqual(try list(type: "m2").m2?.count, 6)
        // The same label under another uid is fine.
        let again = try store.createComposerKeys(mageID: user, body: try JSON.parse(#"{"m2": [{"label": "main_key", "uid": "000CBA111DCB222@AdobeOrg"}]}"#))
        XCTAssertEqual(again.first?.json["code"], 200)
    }

    func testCreateRequestErrors() {
        assertEQPError(1034) { try store.createComposerKeys(mageID: user, body: [:]) }
        assertEQPError(1032) { try store.createComposerKeys(mageID: user, body: ["m2": "x"]) }
        assertEQPError(1033) { try store.createComposerKeys(mageID: user, body: ["m2": []]) }
        assertEQPError(1032) { try store.createComposerKeys(mageID: user, body: [1]) }
    }

    func testEnableDisable() throws {
        let key = try store.setComposerKeyEnabled(mageID: user, label: "key_for_bob", body: try JSON.parse(#"{ "m2" : [ { "is_enabled" : true, "uid" : "MAG123456789" } ] }"#))
        XCTAssertTrue(key.isEnabled)
        XCTAssertEqual(key.userKey, "4b335b25f8eb3449e7e222e8f9e052b0")
        let off = try store.setComposerKeyEnabled(mageID: user, label: "Key for My Organization", body: try JSON.parse(#"{"m2": [{"is_enabled": false, "uid": "000CBA111DCB222@AdobeOrg"}]}"#))
        XCTAssertFalse(off.isEnabled)
        XCTAssertTrue(try store.setComposerKeyEnabled(mageID: user, label: "main_key", body: ["is_enabled": true]).isEnabled)
        assertEQPError(1154) { try store.setComposerKeyEnabled(mageID: user, label: "Key for My Organization", body: ["m2": [["is_enabled": true]]]) }
        assertEQPError(1155) { try store.setComposerKeyEnabled(mageID: user, label: "main_key", body: ["m2": [["is_enabled": true], ["is_enabled": false]]]) }
        assertEQPError(1034) { try store.setComposerKeyEnabled(mageID: user, label: "main_key", body: ["m2": [["uid": "MAG123456789"]]]) }
        let type = assertEQPError(1032) { try store.setComposerKeyEnabled(mageID: user, label: "main_key", body: ["m2": [["is_enabled": "yes"]]]) }
        XCTAssertEqual(type?.message, "m2[0].is_enabled must be a boolean, got string")
        assertEQPError(1151) { try store.setComposerKeyEnabled(mageID: user, label: "main_key", body: ["m2": [["is_enabled": true, "uid": "MAG000000002"]]]) }
    }

    func testDelete() throws {
        _ = try store.createComposerKeys(mageID: user, body: ["m2": [["label": "key_for_charlie", "uid": "MAG123456789"]]])
        try store.deleteComposerKey(mageID: user, label: "key_for_charlie", uid: user)
        XCTAssertEqual(try list(label: "key_for_charlie").m2?.count, 0)
        assertEQPError(1154) { try store.deleteComposerKey(mageID: user, label: "key_for_charlie", uid: nil) }
        assertEQPError(1154) { try store.deleteComposerKey(mageID: user, label: "Key for My Organization", uid: nil) }
        try store.deleteComposerKey(mageID: user, label: "Key for My Organization", uid: org)
        assertEQPError(1151) { try store.deleteComposerKey(mageID: user, label: "main_key", uid: "MAG000000002") }
    }
}
