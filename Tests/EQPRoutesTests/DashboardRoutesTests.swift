@testable import EQPRoutes
import Foundation
import Formats
import HTTP1
import Server
import XCTest

/// `GET /_sandbox/`: the dashboard page, self-contained and escaping what it shows.
final class DashboardRoutesTests: ControlTestCase {
    var page: String { String(decoding: control(.GET, "/_sandbox/").body, as: UTF8.self) }

    func testThePageIsServedAsHTMLWithAndWithoutTheTrailingSlash() {
        for path in ["/_sandbox/", "/_sandbox", "/_sandbox//"] {
            let r = control(.GET, path)
            XCTAssertEqual(r.status.code, 200, path)
            XCTAssertEqual(r.headers["Content-Type"], "text/html; charset=utf-8", path)
            XCTAssertEqual(r.headers["Cache-Control"], "no-store")
            XCTAssertEqual(r.body, DashboardRoutes.body, path)
        }
        XCTAssertTrue(page.hasPrefix("<!doctype html>"))
        XCTAssertTrue(page.hasSuffix("</html>\n") || page.hasSuffix("</html>"))
        let head = control(.HEAD, "/_sandbox/")
        XCTAssertEqual(head.status.code, 200)
        XCTAssertEqual(head.headers["Content-Type"], "text/html; charset=utf-8")
        assertError(control(.POST, "/_sandbox/"), status: 405, code: 405)
        // Compact, as the issue asks: a few hundred lines.
        XCTAssertLessThan(page.split(separator: "\n").count, 400)
    }

    func testThePageLoadsNothingFromElsewhere() {
        let html = page
        XCTAssertFalse(html.contains("http://"), "no absolute http URLs")
        XCTAssertFalse(html.contains("https://"), "no absolute https URLs")
        for pattern in [#"(src|href|action)\s*=\s*["']?\s*(//|[a-z][a-z0-9+.-]*:)(?!,)"#, #"<script[^>]*\ssrc"#,
                        #"<link[^>]*stylesheet"#, #"@import"#, #"url\("#, #"<iframe"#, #"<img"#] {
            XCTAssertNil(html.range(of: pattern, options: [.regularExpression, .caseInsensitive]), pattern)
        }
        // The only link element is the empty inline icon (no favicon request to journal as a 404).
        XCTAssertTrue(html.contains(#"<link rel="icon" href="data:,">"#))
        let csp = control(.GET, "/_sandbox/").headers["Content-Security-Policy"] ?? ""
        XCTAssertTrue(csp.contains("default-src 'none'"), csp)
        XCTAssertTrue(csp.contains("connect-src 'self'"), csp)
    }

    func testTheScriptNeverWritesMarkup() {
        let html = page
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"] {
            XCTAssertFalse(html.contains(sink), sink)
        }
        XCTAssertTrue(html.contains("textContent"))
    }

    /// Every fixed control path the script calls is a registered route for that method.
    func testTheScriptCallsExistingControlRoutes() throws {
        let html = page
        let regex = try NSRegularExpression(pattern: #""(GET|POST|PUT|DELETE)", "(/[^"]*)"\s*([,)+])"#)
        let matches = regex.matches(in: html, range: NSRange(html.startIndex..., in: html))
        var calls: Set<String> = []
        for m in matches {
            let method = String(html[Range(m.range(at: 1), in: html)!])
            let literal = String(html[Range(m.range(at: 2), in: html)!])
            // `"/packages/" + id + ...` is a prefix completed with data (checked below); a query
            // string completed with a filter is a whole path.
            if html[Range(m.range(at: 3), in: html)!] == "+" && !literal.contains("?") { continue }
            let path = literal.split(separator: "?").first.map(String.init) ?? ""
            calls.insert("\(method) \(path)")
            let allowed = router.allowedMethods(for: "/_sandbox" + path).map(\.rawValue)
            XCTAssertTrue(allowed.contains(method), "\(method) /_sandbox\(path) is not a route (allowed: \(allowed))")
        }
        for expected in ["GET /clock", "GET /config", "GET /users", "GET /packages", "GET /files", "GET /requests",
                         "GET /callbacks", "GET /faults", "POST /clock/advance", "POST /reset"] {
            XCTAssertTrue(calls.contains(expected), "the page calls \(expected)")
        }
        // Paths built from data: review, scan, user reset, fault removal; and the clear buttons.
        for fragment in [#""/packages/" + encodeURIComponent(id) + "/review""#, #""/files/" + encodeURIComponent(f.file_upload_id) + "/scan""#,
                         #""/users/" + encodeURIComponent(u.mage_id) + "/reset""#, #""/faults/" + f.id"#,
                         #"data-clear="/requests""#, #"data-clear="/callbacks""#, #"data-clear="/faults""#] {
            XCTAssertTrue(html.contains(fragment), fragment)
        }
    }

    func testThePageIsNotJournaled() {
        XCTAssertEqual(control(.GET, "/_sandbox/").status.code, 200)
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/requests")), [])
    }
}

/// With `--control-token`: the page needs no token (it holds no data and asks for it), the data does.
final class DashboardTokenRoutesTests: ControlTestCase {
    override var controlToken: String? { "dash-token" }

    func testThePageIsOpenAndSendsTheTokenItIsGiven() {
        let r = control(.GET, "/_sandbox/")
        XCTAssertEqual(r.status.code, 200)
        XCTAssertEqual(r.headers["Content-Type"], "text/html; charset=utf-8")
        XCTAssertEqual(control(.HEAD, "/_sandbox").status.code, 200)
        let html = String(decoding: r.body, as: UTF8.self)
        XCTAssertFalse(html.contains("dash-token"), "the page never carries the token")
        XCTAssertTrue(html.contains(#"headers["X-Sandbox-Token"] = token()"#))
        XCTAssertTrue(html.contains("sessionStorage"))
        XCTAssertTrue(html.contains(#"id="token-box""#))
        for path in ["/_sandbox/packages", "/_sandbox/files", "/_sandbox/users", "/_sandbox/clock"] {
            assertError(control(.GET, path), status: 401, code: 1501)
            assertError(control(.GET, path, headers: [("X-Sandbox-Token", "wrong")]), status: 401, code: 1502)
            XCTAssertEqual(control(.GET, path, headers: [("X-Sandbox-Token", "dash-token")]).status.code, 200, path)
        }
    }
}
