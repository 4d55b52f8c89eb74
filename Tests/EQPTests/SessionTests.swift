@testable import EQP
import XCTest

final class SessionTests: XCTestCase {
    func testDocsKeyMintsTokensForItsUser() throws {
        let store = try TestWorld.store()
        let grant = try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: nil)
        XCTAssertEqual(grant.mageID, TestWorld.docsUser)
        XCTAssertEqual(grant.expiresIn, 7200)
        XCTAssertTrue(SessionTokenShape.isValid(grant.token))
        XCTAssertEqual(try store.authenticate(token: grant.token), TestWorld.docsUser)
    }

    func testExpiresInIsCutToTheMaximum() throws {
        let store = try TestWorld.store(options: SandboxStore.Options(sessionMaxSeconds: 600))
        XCTAssertEqual(try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: 99_999).expiresIn, 600)
        XCTAssertEqual(try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: 60).expiresIn, 60)
        assertEQPError(1022) { try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: 0) }
    }

    func testTokensExpireOnTheSandboxClock() throws {
        let clock = SandboxClock.manual(at: TestWorld.start)
        let store = try TestWorld.store(clock: clock)
        let grant = try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: 100)
        clock.advance(by: 99)
        XCTAssertEqual(try store.authenticate(token: grant.token), TestWorld.docsUser)
        clock.advance(by: 1)
        let error = assertEQPError(1004) { try store.authenticate(token: grant.token) }
        XCTAssertEqual(error?.status, 401)
        XCTAssertTrue(error?.message.contains("2024-01-01 00:01:40") ?? false, error?.message ?? "")
    }

    func testManyLiveTokens() throws {
        let store = try TestWorld.store()
        let tokens = try (0..<5).map { _ in try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: nil).token }
        XCTAssertEqual(Set(tokens).count, 5)
        for token in tokens { XCTAssertEqual(try store.authenticate(token: token), TestWorld.docsUser) }
        XCTAssertEqual(store.liveSessionCount(), 6)  // plus the demo token
    }

    func testBadCredentialsAndUnknownTokens() throws {
        let store = try TestWorld.store()
        assertEQPError(1012) { try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: "wrong", expiresIn: nil) }
        assertEQPError(1012) { try store.createSession(applicationID: "NOPE", applicationSecret: TestWorld.docsSecret, expiresIn: nil) }
        assertEQPError(1003) { try store.authenticate(token: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbb") }
    }

    func testDemoTokenNeverExpiresAndCanBeTurnedOff() throws {
        let clock = SandboxClock.manual(at: TestWorld.start)
        let store = try TestWorld.store(clock: clock)
        clock.advance(by: 10 * 365 * 86_400)
        XCTAssertEqual(try store.authenticate(token: TestWorld.demoToken), TestWorld.docsUser)
        let off = try TestWorld.store(options: SandboxStore.Options(demoTokensEnabled: false))
        assertEQPError(1003) { try off.authenticate(token: TestWorld.demoToken) }
    }

    func testRegeneratedAndDeletedKeysStopMintingButTokensLive() throws {
        let store = try TestWorld.store()
        let before = try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: nil)
        let regenerated = try store.regenerateAccessKey(mageID: TestWorld.docsUser, applicationID: TestWorld.docsAppID)
        XCTAssertNotEqual(regenerated.applicationID, TestWorld.docsAppID)
        XCTAssertNotNil(regenerated.regeneratedAt)
        assertEQPError(1012) { try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: nil) }
        XCTAssertEqual(try store.authenticate(token: before.token), TestWorld.docsUser)
        let after = try store.createSession(applicationID: regenerated.applicationID, applicationSecret: regenerated.applicationSecret, expiresIn: nil)
        try store.deleteAccessKey(mageID: TestWorld.docsUser, applicationID: regenerated.applicationID)
        assertEQPError(1012) { try store.createSession(applicationID: regenerated.applicationID, applicationSecret: regenerated.applicationSecret, expiresIn: nil) }
        XCTAssertEqual(try store.authenticate(token: after.token), TestWorld.docsUser)
        assertEQPError(1171) { try store.deleteAccessKey(mageID: TestWorld.docsUser, applicationID: "NOPE") }
    }

    func testAtMostThreeAccessKeys() throws {
        let store = try TestWorld.store()
        _ = try store.createAccessKey(mageID: TestWorld.docsUser, name: "second")
        let third = try store.createAccessKey(mageID: TestWorld.docsUser, name: "third")
        XCTAssertEqual(third.createdAt, TestWorld.start)
        let error = assertEQPError(1170) { try store.createAccessKey(mageID: TestWorld.docsUser, name: "fourth") }
        XCTAssertEqual(error?.status, 409)
        XCTAssertEqual(try store.accessKeys(mageID: TestWorld.docsUser).map(\.name), ["Docs example key", "second", "third"])
        let minted = try store.createSession(applicationID: third.applicationID, applicationSecret: third.applicationSecret, expiresIn: nil)
        XCTAssertEqual(minted.mageID, TestWorld.docsUser)
        assertEQPError(1105) { try store.createAccessKey(mageID: "MAG404", name: "x") }
    }

    func testResetForgetsSessionsAndChanges() throws {
        let store = try TestWorld.store()
        let grant = try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: nil)
        _ = try store.createAccessKey(mageID: TestWorld.docsUser, name: "extra")
        store.reset()
        assertEQPError(1003) { try store.authenticate(token: grant.token) }
        XCTAssertEqual(try store.accessKeys(mageID: TestWorld.docsUser).count, 1)
        XCTAssertEqual(try store.authenticate(token: TestWorld.demoToken), TestWorld.docsUser)
    }
}
