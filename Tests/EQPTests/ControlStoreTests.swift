@testable import EQP
import Formats
import XCTest

/// The store's control operations: created users, resets, decided scans, export and import.
final class ControlStoreTests: XCTestCase {
    let links = TestWorld.links

    func testCreatedUserGetsAGeneratedIDAndKeyAndIsolation() throws {
        let store = try TestWorld.store()
        let user = try store.createUser(["first_name": "Ann"], links: links)
        XCTAssertTrue(user.mageID.hasPrefix("MAG"))
        XCTAssertEqual(user.origin, .created)
        XCTAssertEqual(user.accessKeys.count, 1)
        let grant = try store.createSession(applicationID: user.accessKeys[0].applicationID,
                                            applicationSecret: user.accessKeys[0].applicationSecret, expiresIn: nil)
        XCTAssertEqual(grant.mageID, user.mageID)
        XCTAssertEqual(store.controlUsers(links: links).map(\.mageID), [TestWorld.docsUser, TestWorld.otherUser, user.mageID])
    }

    func testSameSeedSameGeneratedUsers() throws {
        let a = try TestWorld.store(), b = try TestWorld.store()
        let ua = try a.createUser([:], links: links), ub = try b.createUser([:], links: links)
        XCTAssertEqual(ua.mageID, ub.mageID)
        XCTAssertEqual(ua.accessKeys, ub.accessKeys)
    }

    func testUserResetLeavesOtherUsersAlone() throws {
        let store = try TestWorld.store()
        _ = try store.updateProfile(mageID: TestWorld.otherUser, body: ["first_name": "Janet"], links: links)
        _ = try store.updateProfile(mageID: TestWorld.docsUser, body: ["first_name": "Johnny"], links: links)
        let upload = try store.upload(mageID: TestWorld.docsUser, parts: [UploadPart(name: "file[]", filename: "a.pdf", contentType: "application/pdf", bytes: [1])])
        guard case .stored(let info) = upload[0] else { return XCTFail("not stored") }
        _ = try store.resetUser(mageID: TestWorld.docsUser, links: links)
        XCTAssertEqual(try store.profile(mageID: TestWorld.docsUser, style: .full, links: links)["first_name"], "John")
        XCTAssertEqual(try store.profile(mageID: TestWorld.otherUser, style: .full, links: links)["first_name"], "Janet")
        assertEQPError(1301) { try store.file(mageID: TestWorld.docsUser, id: info.fileUploadID) }
        XCTAssertEqual(try store.authenticate(token: TestWorld.demoToken), TestWorld.docsUser, "demo tokens come back")
        XCTAssertEqual(try store.files(mageID: TestWorld.docsUser, page: PageRequest(limit: -1)).total, 11)
        XCTAssertTrue(store.drainCallbackEvents().isEmpty)
    }

    func testUserResetDropsQueuedCallbacksAndPendingScansOfThatUserOnly() throws {
        let store = try TestWorld.store()
        _ = try store.upload(mageID: TestWorld.docsUser, parts: [UploadPart(name: "file[]", filename: "a.pdf", contentType: "application/pdf", bytes: [1])])
        _ = try store.upload(mageID: TestWorld.otherUser, parts: [UploadPart(name: "file[]", filename: "b.pdf", contentType: "application/pdf", bytes: [2])])
        store.clock.advance(by: 2)
        store.tick()
        _ = try store.resetUser(mageID: TestWorld.docsUser, links: links)
        XCTAssertEqual(store.drainCallbackEvents().map(\.mageID), [TestWorld.otherUser])
    }

    func testDecideScanQueuesTheCallbackAndRefusesFinishedScans() throws {
        let store = try TestWorld.store()
        let outcome = try store.upload(mageID: TestWorld.docsUser, parts: [UploadPart(name: "file[]", filename: "a.pdf", contentType: "application/pdf", bytes: [1])])
        guard case .stored(let info) = outcome[0] else { return XCTFail("not stored") }
        let decided = try store.decideScan(fileID: info.fileUploadID, result: .fail, links: links)
        XCTAssertEqual(decided.owner, TestWorld.docsUser)
        XCTAssertEqual(decided.file["malware_status"], "fail")
        XCTAssertEqual(store.drainCallbackEvents().first?.payload["update_info"]?["tool_result"], "failed")
        XCTAssertNil(store.nextScanDueAt())
        assertEQPError(1521) { try store.decideScan(fileID: info.fileUploadID, result: .pass, links: links) }
        assertEQPError(1520) { try store.decideScan(fileID: "nope", result: .pass, links: links) }
    }

    func testExportImportRoundTrip() throws {
        let store = try TestWorld.store()
        _ = try store.createUser(["mage_id": "MAG000000777", "first_name": "Ann"], links: links)
        _ = try store.createAccessKey(mageID: TestWorld.docsUser, name: "second")
        let exported = store.exportState()
        let other = try TestWorld.store(clock: .manual(at: TestWorld.start + 86_400))
        let summary = try other.importState(exported.serialized())
        XCTAssertEqual(summary, StateSummary(users: 3, files: 12, metrics: 0, packages: 1))
        var again = other.exportState()
        // Only the comment's time differs (the other clock is a day on).
        again["_comment"] = exported["_comment"]
        XCTAssertEqual(again, exported)
        XCTAssertEqual(other.controlUsers(links: links).map(\.origin), [.seed, .seed, .imported])
    }

    func testResetIsFastWithALargeState() throws {
        let store = try TestWorld.store()
        let parts = (0..<200).map { UploadPart(name: "file[]", filename: "f\($0).pdf", contentType: "application/pdf", bytes: [UInt8](repeating: UInt8($0 & 0xFF), count: 256)) }
        for _ in 0..<100 { _ = try store.upload(mageID: TestWorld.docsUser, parts: parts) }
        store.clock.advance(by: 2)
        _ = store.drainCallbackEvents()
        for _ in 0..<500 { _ = try store.createUser([:], links: links) }
        XCTAssertEqual(store.stateCounts().files, 20_012)

        var start = ContinuousClock.now
        _ = try store.resetUser(mageID: TestWorld.otherUser, links: links)
        let userReset = ContinuousClock.now - start
        start = ContinuousClock.now
        store.resetToSeed()
        let fullReset = ContinuousClock.now - start
        XCTAssertEqual(store.stateCounts().files, 12)
        XCTAssertEqual(store.stateCounts().users, 2)
        // Generous bounds for a debug build on a busy CI machine; measured here in milliseconds.
        XCTAssertLessThan(userReset, .milliseconds(500), "\(userReset)")
        XCTAssertLessThan(fullReset, .milliseconds(500), "\(fullReset)")
    }
}
