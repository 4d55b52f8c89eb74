@testable import EQP
import Formats
import XCTest

/// A token reaches only its own user's data (SANDBOX-NOTES.md): the first seed user never
/// sees or changes the second's.
final class IsolationTests: XCTestCase {
    let me = TestWorld.docsUser, other = TestWorld.otherUser
    let otherFile = "5c7a1b2c3d4e5f.24681357.3"

    func testAnotherUsersMageIDIsNotFound() {
        let error = assertEQPError(1101) { try SandboxStore.requireSameUser(caller: me, requested: other) }
        XCTAssertEqual(error?.status, 404)
        XCTAssertNoThrow(try SandboxStore.requireSameUser(caller: me, requested: me))
    }

    func testFilesOfAnotherUser() throws {
        let store = try TestWorld.store()
        assertEQPError(1301) { try store.file(mageID: me, id: otherFile) }
        assertEQPError(1301) { try store.deleteFile(mageID: me, id: otherFile) }
        XCTAssertFalse(try store.files(mageID: me, page: PageRequest(offset: 0, limit: -1)).items.contains { $0.fileUploadID == otherFile })
        XCTAssertEqual(try store.files(mageID: other, page: PageRequest()).items.map(\.fileUploadID), [otherFile])
        XCTAssertEqual(try store.file(mageID: other, id: otherFile).filename, "jane-logo.png")
    }

    func testKeysOfAnotherUser() throws {
        let store = try TestWorld.store()
        // Both users have a key labelled main_key; each reaches only their own.
        _ = try store.setComposerKeyEnabled(mageID: me, label: "main_key", body: ["is_enabled": false])
        XCTAssertEqual(try store.composerKeys(mageID: other, query: KeyQuery(type: .m2)).m2?.first?.isEnabled, true)
        assertEQPError(1151) { try store.composerKeys(mageID: me, query: KeyQuery(uid: "000FED222ABC333@AdobeOrg")) }
        let outcome = try store.createComposerKeys(mageID: me, body: ["m2": [["label": "x", "uid": "000FED222ABC333@AdobeOrg"]]])
        XCTAssertEqual(outcome.first?.json["code"], 1151)
        try store.deleteComposerKey(mageID: me, label: "main_key", uid: nil)
        XCTAssertEqual(try store.composerKeys(mageID: other, query: KeyQuery(type: .m2)).m2?.map(\.label), ["main_key"])
    }

    func testSessionsBelongToTheKeyOwner() throws {
        let store = try TestWorld.store()
        let grant = try store.createSession(applicationID: TestWorld.otherAppID, applicationSecret: TestWorld.otherSecret, expiresIn: nil)
        XCTAssertEqual(grant.mageID, other)
        // One user's secret does not open the other's application ID.
        assertEQPError(1012) { try store.createSession(applicationID: TestWorld.otherAppID, applicationSecret: TestWorld.docsSecret, expiresIn: nil) }
    }

    func testScanCallbacksGoOnlyToTheOwner() throws {
        let clock = SandboxClock.manual(at: TestWorld.start)
        let store = try TestWorld.store(clock: clock)
        _ = try store.upload(mageID: other, parts: [UploadPart(name: "file[]", filename: "j.png", contentType: "image/png", bytes: [1])])
        clock.advance(by: 2)
        let events = store.drainCallbackEvents()
        XCTAssertEqual(events.map(\.mageID), [other])
        XCTAssertEqual(events.map(\.url), ["https://ci.jane.example.org/eqp-callback"])
    }

    func testProfileImageCannotPointAtAnotherUsersFile() throws {
        let store = try TestWorld.store()
        assertEQPError(1033) {
            try store.updateProfile(mageID: me, body: ["profile_image_artifact": ["file_upload_id": .string(otherFile)]], links: TestWorld.links)
        }
    }
}
