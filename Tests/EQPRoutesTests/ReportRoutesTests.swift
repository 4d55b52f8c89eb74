import EQP
import EQPRoutes
import Formats
import HTTP1
import Server
import XCTest

final class ReportRoutesTests: APITestCase {
    func testUserReportsAreEmptyListsByDefault() {
        for kind in ["pageviews", "totals", "sales", "refunds"] {
            let r = send(.GET, "/rest/v1/users/MAG123456789/reports/\(kind)")
            XCTAssertEqual(assertJSON(r), [])
            XCTAssertEqual(r.headers["X-Total-Count"], "0")
        }
        XCTAssertEqual(send(.GET, "/rest/v1/users/MAG123456789/reports/bogus").status.code, 404)
        assertError(send(.GET, "/rest/v1/users/MAG123456789/reports/sales?limit=-3"), status: 400, code: 1041)
    }

    func testMetrics() {
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/reports/metrics")), [])
        assertError(send(.GET, "/rest/v1/reports/metrics/pageviews"), status: 404, code: 1401)
    }

    func testSeededRecordsArePaged() throws {
        let seed = try SeedLoader.load(documents: [("r.json", Array(#"""
        {"users": [{"profile": {"mage_id": "MAG1"}, "demo_tokens": ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBB"],
                    "reports": {"pageviews": [{"n": 1}, {"n": 2}, {"n": 3}]}}],
         "metrics": [{"name": "eqp_submissions", "description": "Submissions per day", "records": [{"day": "2024-01-01", "count": 4}]}]}
        """#.utf8))])
        let store = SandboxStore(seed: seed, clock: .manual(at: 0), ids: .seeded(1))
        let router = Router()
        EQPAPI.register(on: router, store: store)
        func get(_ target: String) -> HTTPResponse {
            router.respond(to: HTTPRequest(method: .GET, target: target, headers: ["Authorization": "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBB"]), remoteAddress: "")
        }
        let page = get("/rest/v1/users/MAG1/reports/pageviews?offset=1&limit=1")
        XCTAssertEqual(try JSON.parse(page.body), [["n": 2]])
        XCTAssertEqual(page.headers["X-Total-Count"], "3")
        XCTAssertEqual(try JSON.parse(get("/rest/v1/reports/metrics").body),
                       [["metric_name": "eqp_submissions", "description": "Submissions per day", "record_count": 1]])
        XCTAssertEqual(try JSON.parse(get("/rest/v1/reports/metrics/eqp_submissions").body), [["day": "2024-01-01", "count": 4]])
    }
}
