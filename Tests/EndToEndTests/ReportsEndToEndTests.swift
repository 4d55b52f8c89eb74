import Formats
import Foundation
import HTTP1
import TestSupport
import XCTest

/// User reports (users.md) and marketplace metrics (reports.md) against the real binary, with
/// the default seed (empty, as the real sandbox) and with a seed folder of the test's own.
final class ReportsEndToEndTests: EndToEndTestCase {
    func testUserReportsAndMetricsAreEmptyArraysByDefault() throws {
        let sandbox = try startSandbox()
        let targets = World.userReports.map { "/rest/v1/users/MAG123456789/reports/\($0)" } + ["/rest/v1/reports/metrics"]
        for target in targets {
            for t in [target, target + "?offset=0&limit=-1", target + "/"] {
                let r = try sandbox.get(t)
                XCTAssertEqual(try json(r), [], t)
                XCTAssertEqual(r.headers["X-Total-Count"], "0", t)
            }
        }
    }

    func testUnknownMetricIs404() throws {
        let sandbox = try startSandbox()
        for name in ["pageviews", "no_such_metric", "a%20b"] {
            assertError(try sandbox.get("/rest/v1/reports/metrics/\(name)"), status: 404, code: 1401)
        }
        assertError(try sandbox.get("/rest/v1/users/MAG123456789/reports/payouts"), status: 404)
    }

    func testPagingErrorsOnReports() throws {
        let sandbox = try startSandbox()
        assertError(try sandbox.get("/rest/v1/users/MAG123456789/reports/sales?offset=-3"), status: 400, code: 1040)
        assertError(try sandbox.get("/rest/v1/users/MAG123456789/reports/refunds?limit=x"), status: 400, code: 1041)
        assertError(try sandbox.get("/rest/v1/reports/metrics?limit=-5"), status: 400, code: 1041)
    }

    /// A seed folder written by the test: one user with report records, and two metrics.
    func writeSeed(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eqp-e2e-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir.path
    }

    static let reportsSeed = #"""
    {
      "users": [
        {
          "profile": {"mage_id": "MAG555000111", "first_name": "Rita", "last_name": "Ports", "email": "rita@example.com"},
          "access_keys": [{"application_id": "RP11AB22CD", "application_secret": "0123456789abcdef0123456789abcdef01234567"}],
          "reports": {
            "sales": [
              {"day": "2024-01-01", "sku": "acme/one-click-checkout", "amount": 10.5},
              {"day": "2024-01-02", "sku": "acme/one-click-checkout", "amount": 21},
              {"day": "2024-01-03", "sku": "acme/other", "amount": 0},
              {"day": "2024-01-04", "sku": "acme/other", "amount": 7}
            ],
            "pageviews": [{"day": "2024-01-01", "views": 120}]
          }
        },
        {
          "profile": {"mage_id": "MAG555000222", "first_name": "Otto"},
          "access_keys": [{"application_id": "OT33EF44GH", "application_secret": "89abcdef0123456789abcdef0123456789abcdef"}],
          "reports": {"sales": [{"day": "2024-02-01", "amount": 999}]}
        }
      ]
    }
    """#

    static let metricsSeed = #"""
    {
      "metrics": [
        {"name": "pageviews", "description": "Page views per day", "records": [{"day": "2024-01-01", "views": 120}, {"day": "2024-01-02", "views": 80}, {"day": "2024-01-03", "views": 95}]},
        {"name": "eqp_review_days", "description": "Average review time", "records": []}
      ]
    }
    """#

    func testSeededReportsAndMetricsArePaged() throws {
        let dir = try writeSeed(["users.json": Self.reportsSeed, "metrics.json": Self.metricsSeed])
        let sandbox = try startSandbox(["--seed-data", dir])
        let rita = try mintToken(sandbox, appID: "RP11AB22CD", secret: "0123456789abcdef0123456789abcdef01234567")
        let sales = "/rest/v1/users/MAG555000111/reports/sales"

        let all = try sandbox.get(sales, token: rita)
        XCTAssertEqual(all.headers["X-Total-Count"], "4")
        let records = try XCTUnwrap(try json(all).arrayValue)
        XCTAssertEqual(records.map { $0["day"]?.stringValue }, ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"])
        XCTAssertEqual(records.first, ["day": "2024-01-01", "sku": "acme/one-click-checkout", "amount": 10.5], "served as seeded")

        let page = try sandbox.get(sales + "?offset=1&limit=2", token: rita)
        XCTAssertEqual(page.headers["X-Total-Count"], "4")
        XCTAssertEqual(try json(page).arrayValue, Array(records[1..<3]))
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG555000111/reports/pageviews", token: rita)), [["day": "2024-01-01", "views": 120]])
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG555000111/reports/refunds", token: rita)), [])
        // Otto's records are his own.
        assertError(try sandbox.get("/rest/v1/users/MAG555000222/reports/sales", token: rita), status: 404)
        XCTAssertFalse(try sandbox.get("/rest/v1/users/MAG555000222/reports/sales", token: rita).bodyText.contains("999"))

        let metrics = try sandbox.get("/rest/v1/reports/metrics", token: rita)
        XCTAssertEqual(metrics.headers["X-Total-Count"], "2")
        XCTAssertEqual(try json(metrics), [
            ["metric_name": "pageviews", "description": "Page views per day", "record_count": 3],
            ["metric_name": "eqp_review_days", "description": "Average review time", "record_count": 0],
        ])
        let views = try sandbox.get("/rest/v1/reports/metrics/pageviews?offset=2", token: rita)
        XCTAssertEqual(views.headers["X-Total-Count"], "3")
        XCTAssertEqual(try json(views), [["day": "2024-01-03", "views": 95]])
        XCTAssertEqual(try json(sandbox.get("/rest/v1/reports/metrics/eqp_review_days", token: rita)), [])
        let unknown = assertError(try sandbox.get("/rest/v1/reports/metrics/sales", token: rita), status: 404, code: 1401)
        XCTAssertTrue(unknown.contains("pageviews"), "the 404 names the metrics there are: \(unknown)")
    }

    func testAnInvalidSeedStopsStartUpNamingFileAndPath() throws {
        let bad = Self.reportsSeed.replacingOccurrences(of: #""first_name": "Rita""#, with: #""first_name": 42"#)
        let dir = try writeSeed(["users.json": bad])
        let result = try SandboxProcess.run(["--port", "0", "--seed-data", dir])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "", "no ready line")
        XCTAssertTrue(result.stderr.contains("users.json"), result.stderr)
        XCTAssertTrue(result.stderr.contains("users[0].profile.first_name"), result.stderr)
    }
}
