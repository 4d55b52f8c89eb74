@testable import EQP
import Formats
import XCTest

final class ReportTests: XCTestCase {
    func testEmptyByDefault() throws {
        let store = try TestWorld.store()
        for kind in UserReportKind.allCases {
            let page = try store.userReport(mageID: TestWorld.docsUser, kind: kind, page: PageRequest())
            XCTAssertEqual(page.items, [])
            XCTAssertEqual(page.total, 0)
        }
        XCTAssertEqual(store.metrics(page: PageRequest()).items, [])
        let error = assertEQPError(1401) { try store.metricRecords(name: "pageviews", page: PageRequest()) }
        XCTAssertEqual(error?.status, 404)
        XCTAssertEqual(error?.message, "No marketplace metric named 'pageviews'; available: none")
    }

    func testSeededRecordsArePaged() throws {
        let seed = try TestWorld.seed(#"""
        {"users": [{"profile": {"mage_id": "MAG1"}, "reports": {"sales": [{"n": 1}, {"n": 2}, {"n": 3}]}}],
         "metrics": [{"name": "pageviews", "description": "All page views", "records": [{"day": "2024-01-01", "views": 10}]}]}
        """#)
        let store = SandboxStore(seed: seed, clock: .manual(at: 0), ids: .seeded(1))
        let sales = try store.userReport(mageID: "MAG1", kind: .sales, page: PageRequest(offset: 1, limit: 1))
        XCTAssertEqual(sales.items, [["n": 2]])
        XCTAssertEqual(sales.total, 3)
        XCTAssertEqual(store.metrics(page: PageRequest()).items.map(\.summaryJSON),
                       [["metric_name": "pageviews", "description": "All page views", "record_count": 1]])
        XCTAssertEqual(try store.metricRecords(name: "pageviews", page: PageRequest()).items, [["day": "2024-01-01", "views": 10]])
        assertEQPError(1401) { try store.metricRecords(name: "sales", page: PageRequest()) }
    }
}
