@testable import EQP
import XCTest

final class PackageErrorsTests: XCTestCase {
    func testPackageCodesAreUniqueOrderedAndInRange() {
        let all = EQPError.packageCatalogue + [.insufficientTechnical, .invalidSKU]
        let codes = EQPError.packageCatalogue.map(\.code)
        XCTAssertEqual(codes, codes.sorted())
        XCTAssertEqual(Set(all.map(\.code)).count, all.count, "a code is used twice")
        XCTAssertEqual(Set(all.map(\.name)).count, all.count, "a name is used twice")
        for definition in all {
            XCTAssertTrue((1201...1299).contains(definition.code), "\(definition.code)")
            XCTAssertTrue((400..<500).contains(definition.status), "\(definition.code)")
            XCTAssertEqual(definition.template.filter { $0 == "{" }.count, definition.template.filter { $0 == "}" }.count)
        }
        XCTAssertFalse(codes.contains(1208))
        XCTAssertFalse(codes.contains(1210))
    }

    func testInsufficientMessagesExtendTheDocumentedText() {
        let error = EQPError.insufficient(.insufficientTechnical, missing: ["release_notes", "artifact"])
        XCTAssertEqual(error.message, "Insufficient information for Technical Submission: missing release_notes, artifact")
        XCTAssertEqual(error.code, 1208)
        XCTAssertEqual(error.status, 400)
    }
}
