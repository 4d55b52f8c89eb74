@testable import EQP
import XCTest

final class PagingTests: XCTestCase {
    let items = Array(0..<50)

    func testDefaults() throws {
        let page = try PageRequest.parse(offset: nil, limit: nil)
        XCTAssertEqual(page, PageRequest(offset: 0, limit: 20))
        let result = page.apply(items)
        XCTAssertEqual(result.items, Array(0..<20))
        XCTAssertEqual(result.total, 50)
    }

    func testOffsetLimitAndAll() throws {
        XCTAssertEqual(try PageRequest.parse(offset: "45", limit: "10").apply(items).items, Array(45..<50))
        XCTAssertEqual(try PageRequest.parse(offset: "10", limit: "-1").apply(items).items, Array(10..<50))
        XCTAssertEqual(try PageRequest.parse(offset: "60", limit: nil).apply(items).items, [])
        XCTAssertEqual(try PageRequest.parse(offset: "0", limit: "0").apply(items).items, [])
        XCTAssertEqual(try PageRequest.parse(offset: "60", limit: nil).apply(items).total, 50)
    }

    func testInvalidValuesAreClear400s() {
        let negative = assertEQPError(1040) { try PageRequest.parse(offset: "-1", limit: nil) }
        XCTAssertEqual(negative?.status, 400)
        XCTAssertEqual(negative?.message, "offset must be a non-negative integer, got '-1'")
        assertEQPError(1040) { try PageRequest.parse(offset: "abc", limit: nil) }
        assertEQPError(1040) { try PageRequest.parse(offset: "", limit: nil) }
        assertEQPError(1040) { try PageRequest.parse(offset: "1.5", limit: nil) }
        let limit = assertEQPError(1041) { try PageRequest.parse(offset: nil, limit: "-2") }
        XCTAssertTrue(limit?.message.contains("got '-2'") ?? false)
        assertEQPError(1041) { try PageRequest.parse(offset: nil, limit: "ten") }
    }
}
