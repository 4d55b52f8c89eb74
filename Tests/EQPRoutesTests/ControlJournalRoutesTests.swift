import EQP
@testable import EQPRoutes
import Formats
import HTTP1
import Server
import XCTest

final class ControlJournalRoutesTests: ControlTestCase {
    func testRecordsRequestsWithUserStatusAndReason() throws {
        XCTAssertEqual(send(.GET, "/rest/v1/users/\(Self.docsUser)?style=summary").status.code, 200)
        XCTAssertEqual(send(.GET, "/rest/v1/users/\(Self.otherUser)").status.code, 404)
        XCTAssertEqual(send(.GET, "/rest/v1/users/\(Self.docsUser)", token: nil).status.code, 401)
        XCTAssertEqual(mintStatus(), 200)
        XCTAssertEqual(control(.GET, "/_sandbox/clock").status.code, 200, "control calls are not journaled")

        let r = control(.GET, "/_sandbox/requests")
        let entries = try XCTUnwrap(assertJSON(r).arrayValue)
        XCTAssertEqual(r.headers["X-Total-Count"], "4")
        XCTAssertEqual(entries.map { $0["id"]?.intValue }, [4, 3, 2, 1], "newest first")
        let first = entries[3]
        XCTAssertEqual(first.keys, ["id", "time", "method", "path", "route", "status", "duration_ms", "mage_id", "error", "fault_id"])
        XCTAssertEqual(first["path"]?.stringValue, "/rest/v1/users/\(Self.docsUser)?style=summary")
        XCTAssertEqual(first["route"], "/rest/v1/users/:mage_id")
        XCTAssertEqual(first["time"], "2024-01-01 00:00:00")
        XCTAssertEqual(first["mage_id"]?.stringValue, Self.docsUser)
        XCTAssertEqual(first["error"], .null)
        XCTAssertEqual(entries[2]["status"], 404)
        XCTAssertEqual(entries[2]["mage_id"]?.stringValue, Self.docsUser, "authenticated, then refused")
        XCTAssertTrue(entries[2]["error"]?.stringValue?.hasPrefix("User MAG000000002 not found") ?? false)
        XCTAssertEqual(entries[1]["mage_id"], .null)
        XCTAssertEqual(entries[1]["status"], 401)
        XCTAssertEqual(entries[0]["mage_id"]?.stringValue, Self.otherUser, "the token endpoint names the key's owner")
    }

    func mintStatus() -> Int { mint("JD42QX7K3M", "5f0c1e3a9b7d2468ace013579bdf2468ace01357").status }

    func testFilters() throws {
        _ = send(.GET, "/rest/v1/users/\(Self.docsUser)")
        _ = send(.GET, "/rest/v1/users/\(Self.docsUser)/keys")
        _ = send(.DELETE, "/rest/v1/users/\(Self.docsUser)/keys/nope")
        _ = mintStatus()
        func ids(_ query: String) -> [Int] {
            (assertJSON(control(.GET, "/_sandbox/requests?\(query)")).arrayValue ?? []).compactMap { $0["id"]?.intValue }
        }
        XCTAssertEqual(ids("method=delete"), [3])
        XCTAssertEqual(ids("path=/rest/v1/users/*/keys*"), [3, 2])
        XCTAssertEqual(ids("path=/rest/v1/users/\(Self.docsUser)"), [1])
        XCTAssertEqual(ids("status=4xx"), [3])
        XCTAssertEqual(ids("status=200"), [4, 2, 1])
        XCTAssertEqual(ids("mage_id=\(Self.otherUser)"), [4])
        XCTAssertEqual(ids("limit=2"), [4, 3])
        XCTAssertEqual(control(.GET, "/_sandbox/requests?limit=1").headers["X-Total-Count"], "4")
        assertError(control(.GET, "/_sandbox/requests?status=oops"), status: 400, code: 1550)
        assertError(control(.GET, "/_sandbox/requests?limit=x"), status: 400, code: 1041)
        XCTAssertEqual(control(.DELETE, "/_sandbox/requests").status.code, 204)
        XCTAssertEqual(ids(""), [])
        _ = send(.GET, "/rest/v1/users/\(Self.docsUser)")
        XCTAssertEqual(ids(""), [5], "ids keep counting after a clear")
    }

    func testTheRingKeepsTheNewest() {
        for _ in 0..<60 { _ = send(.GET, "/rest/v1/apps") }
        let r = control(.GET, "/_sandbox/requests?limit=-1")
        XCTAssertEqual(r.headers["X-Total-Count"], "50")
        XCTAssertEqual(assertJSON(r).arrayValue?.last?["id"], 11)
    }

    func testUnknownRouteSuggestsTheClosest() {
        let message = assertError(send(.GET, "/rest/v1/user/\(Self.docsUser)"), status: 404, code: 404)
        XCTAssertEqual(message, "No route for GET /rest/v1/user/MAG123456789; did you mean GET /rest/v1/users/:mage_id?")
        assertError(send(.GET, "/users/\(Self.docsUser)/keys"), status: 404, code: 404, messageContains: "did you mean GET /rest/v1/users/:mage_id/keys?")
        assertError(send(.POST, "/rest/v1/files/upload"), status: 404, code: 404, messageContains: "did you mean POST /rest/v1/files/uploads?")
        assertError(send(.GET, "/rest/v2/reports/metrics"), status: 404, code: 404, messageContains: "did you mean GET /rest/v1/reports/metrics?")
        let far = assertError(send(.GET, "/wp-admin/install.php"), status: 404, code: 404)
        XCTAssertFalse(far.contains("did you mean"), far)
        let entry = assertJSON(control(.GET, "/_sandbox/requests?limit=1")).arrayValue?.first
        XCTAssertEqual(entry?["route"], .null)
        XCTAssertEqual(entry?["error"], "No route for GET /wp-admin/install.php")
    }

    func testSuggestionsPreferTheSameMethodAndTheDocumentedPackageRoute() {
        let routes: [(method: HTTPMethod, pattern: String)] = [
            (.GET, "/rest/v1/products/packages"), (.POST, "/rest/v1/products/packages"), (.PUT, "/rest/v1/products/packages"),
            (.GET, "/rest/v1/products/packages/:submission_id"), (.PUT, "/rest/v1/products/packages/:submission_id"),
            (.PUT, "/rest/v1/users/:mage_id/keys/:label"),
        ]
        let best = ControlRouteSuggestions.closest(method: .PUT, segments: ["rest", "v1", "products", "package", "f4eacd72be"], routes: routes)
        XCTAssertEqual(best?.method, .PUT)
        XCTAssertEqual(best?.pattern, "/rest/v1/products/packages/:submission_id")
        XCTAssertEqual(ControlRouteSuggestions.closest(method: .DELETE, segments: ["rest", "v1", "products", "packages", "x"], routes: routes)?.pattern,
                       "/rest/v1/products/packages/:submission_id")
    }

    func testRouterListsItsRoutes() {
        let routes = router.routes()
        XCTAssertTrue(routes.contains { $0.method == .GET && $0.pattern == "/rest/v1/users/:mage_id" })
        XCTAssertTrue(routes.contains { $0.method == .POST && $0.pattern == "/_sandbox/users/:mage_id/access-keys/:app_id/regenerate" })
        XCTAssertFalse(routes.contains { $0.method == .HEAD })
    }

    func testGlob() {
        XCTAssertTrue(Glob.matches("/rest/v1/products/packages*", "/rest/v1/products/packages/abc"))
        XCTAssertTrue(Glob.matches("*", ""))
        XCTAssertTrue(Glob.matches("/a/?/c", "/a/b/c"))
        XCTAssertFalse(Glob.matches("/a/?/c", "/a/bb/c"))
        XCTAssertTrue(Glob.matches("*/keys*", "/rest/v1/users/x/keys"))
        XCTAssertFalse(Glob.matches("/rest", "/rest/v1"))
    }
}
