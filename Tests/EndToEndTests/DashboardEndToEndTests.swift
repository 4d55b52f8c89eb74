import Formats
import HTTP1
import TestSupport
import XCTest

/// The dashboard page over real sockets, from the real binary (the page in a browser:
/// ci-tools/dashboard-test.sh).
final class DashboardEndToEndTests: XCTestCase {
    func testThePageAndItsHEADOverRealSockets() throws {
        let c = try SandboxClient(["--clock", "manual", "--log-level", "warn"])
        let page = try c.call("GET", "/_sandbox/")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.response.headers["Content-Type"], "text/html; charset=utf-8")
        XCTAssertEqual(page.response.headers["Content-Length"], String(page.response.body.count))
        XCTAssertTrue(page.text.hasPrefix("<!doctype html>"))
        XCTAssertEqual(try c.call("GET", "/_sandbox").text, page.text)
        // HEAD: the same headers, no body; the keep-alive connection stays usable after it.
        let head = try c.connection.request("HEAD", "/_sandbox/")
        XCTAssertEqual(head.status.code, 200)
        XCTAssertEqual(head.headers["Content-Type"], "text/html; charset=utf-8")
        XCTAssertEqual(head.headers["Content-Length"], String(page.response.body.count))
        XCTAssertTrue(head.body.isEmpty)
        let packages = try c.call("GET", "/_sandbox/packages")
        XCTAssertEqual(packages.status, 200)
        XCTAssertEqual(packages.json[0]?["submission_id"], "f4eacd72be")
        XCTAssertEqual(try c.call("GET", "/_sandbox/files").response.headers["X-Total-Count"], "12")
        // Neither the page nor the listings are journaled.
        XCTAssertEqual(try c.call("GET", "/_sandbox/requests").json, [])
    }

    func testWithAControlTokenThePageIsOpenAndTheDataIsNot() throws {
        let c = try SandboxClient(["--control-token", "page-token", "--log-level", "warn"])
        let page = try c.call("GET", "/_sandbox/")
        XCTAssertEqual(page.status, 200)
        XCTAssertFalse(page.text.contains("page-token"))
        XCTAssertEqual(try c.connection.request("HEAD", "/_sandbox").status.code, 200)
        XCTAssertEqual(try c.call("GET", "/_sandbox/packages").json["code"], 1501)
        XCTAssertEqual(try c.call("GET", "/_sandbox/files", headers: [("X-Sandbox-Token", "nope")]).json["code"], 1502)
        XCTAssertEqual(try c.call("GET", "/_sandbox/packages", headers: [("X-Sandbox-Token", "page-token")]).status, 200)
    }
}
