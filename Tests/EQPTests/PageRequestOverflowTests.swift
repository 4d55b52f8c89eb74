import EQP
import XCTest

/// A huge `limit` once overflowed `offset + limit` and crashed the process (found by schemathesis).
final class PageRequestOverflowTests: XCTestCase {
    func testHugeLimitWithOffsetDoesNotOverflow() throws {
        let page = try PageRequest.parse(offset: "1", limit: String(Int.max))
        let result = page.apply([1, 2, 3])
        XCTAssertEqual(result.items, [2, 3])
        XCTAssertEqual(result.total, 3)
        XCTAssertEqual(try PageRequest.parse(offset: String(Int.max), limit: String(Int.max)).apply([1]).items, [])
    }
}
