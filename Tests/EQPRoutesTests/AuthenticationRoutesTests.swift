import EQP
import EQPRoutes
import Server
import HTTP1
import XCTest

/// Every `/rest/v1` endpoint but the token endpoint needs a valid bearer token (auth.md).
final class AuthenticationRoutesTests: APITestCase {
    let protected: [(HTTPMethod, String)] = [
        (.GET, "/rest/v1/apps"),
        (.GET, "/rest/v1/users/MAG123456789"), (.PUT, "/rest/v1/users/MAG123456789"),
        (.GET, "/rest/v1/users/MAG123456789/keys"), (.POST, "/rest/v1/users/MAG123456789/keys"),
        (.PUT, "/rest/v1/users/MAG123456789/keys/main_key"), (.DELETE, "/rest/v1/users/MAG123456789/keys/main_key"),
        (.GET, "/rest/v1/files/uploads"), (.POST, "/rest/v1/files/uploads"),
        (.GET, "/rest/v1/files/uploads/5c129cd41ba478.65767699.1"), (.DELETE, "/rest/v1/files/uploads/5c129cd41ba478.65767699.1"),
        (.GET, "/rest/v1/users/MAG123456789/reports/pageviews"), (.GET, "/rest/v1/users/MAG123456789/reports/totals"),
        (.GET, "/rest/v1/users/MAG123456789/reports/sales"), (.GET, "/rest/v1/users/MAG123456789/reports/refunds"),
        (.GET, "/rest/v1/reports/metrics"), (.GET, "/rest/v1/reports/metrics/pageviews"),
    ]

    func testMissingMalformedUnknownAndExpiredAreDistinct() throws {
        let short = try token()
        clock.advance(by: 7200)
        for (method, path) in protected {
            let missing = send(method, path, token: nil)
            assertError(missing, status: 401, code: 1001)
            XCTAssertEqual(missing.headers["WWW-Authenticate"], "Bearer realm=\"EQP API\"")
            assertError(send(method, path, token: nil, headers: [("Authorization", "Basic abc")]), status: 401, code: 1002, messageContains: "'Basic'")
            assertError(send(method, path, token: "not-a-token"), status: 401, code: 1002, messageContains: "not shaped")
            assertError(send(method, path, token: nil, headers: [("Authorization", "Bearer")]), status: 401, code: 1002)
            let unknown = send(method, path, token: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbb")
            assertError(unknown, status: 401, code: 1003)
            XCTAssertEqual(unknown.headers["WWW-Authenticate"], "Bearer realm=\"EQP API\", error=\"invalid_token\"")
            assertError(send(method, path, token: short), status: 401, code: 1004, messageContains: "2024-01-01 02:00:00")
        }
    }

    func testSchemeIsCaseInsensitive() {
        XCTAssertEqual(send(.GET, "/rest/v1/apps", token: nil, headers: [("Authorization", "bearer \(Self.demoToken)")]).status.code, 200)
    }

    func testDemoTokenCanBeTurnedOff() throws {
        let off = SandboxStore(seed: store.seed, clock: clock, ids: .seeded(1), options: SandboxStore.Options(demoTokensEnabled: false))
        let router = Router()
        EQPAPI.register(on: router, store: off)
        let r = router.respond(to: HTTPRequest(method: .GET, target: "/rest/v1/users/MAG123456789",
                                               headers: ["Authorization": "Bearer \(Self.demoToken)"]), remoteAddress: "")
        XCTAssertEqual(r.status.code, 401)
    }
}
