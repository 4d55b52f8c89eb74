import EQP
import Foundation
import XCTest

final class ErrorCatalogueTests: XCTestCase {
    func testCodesAreUniqueAndDocumentedOnesMatchTheDocs() {
        let all = EQPError.allDefinitions
        XCTAssertEqual(Set(all.map(\.code)).count, all.count, "a code is never reused")
        XCTAssertEqual(Set(all.map(\.name)).count, all.count)
        let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
        // handling-errors.md
        XCTAssertEqual(byCode[1208]?.template, "Insufficient information for Technical Submission")
        XCTAssertEqual(byCode[1210]?.template, "Invalid SKU given. SKU must be of the form 'vendor_name/package_name'")
        for d in all { XCTAssertTrue((400..<500).contains(d.status), "\(d.code) is a client error") }
    }

    /// The README's table is the catalogue: regenerate with `swift run eqp-sandbox errors`.
    func testREADMEListsEveryCode() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for line in EQPError.markdownTable().split(separator: "\n") {
            XCTAssertTrue(text.contains(line), "README.md lacks: \(line) — run `swift run eqp-sandbox errors`")
        }
    }
}
