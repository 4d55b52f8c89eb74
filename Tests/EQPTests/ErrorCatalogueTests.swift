@testable import EQP
import XCTest

final class ErrorCatalogueTests: XCTestCase {
    func testCodesAreUniqueAndOrdered() {
        let codes = EQPError.catalogue.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count, "a code is listed twice")
        XCTAssertEqual(codes, codes.sorted())
        XCTAssertEqual(Set(EQPError.catalogue.map(\.name)).count, codes.count, "a name is listed twice")
    }

    func testDocumentedPackageErrorsAreExact() {
        // handling-errors.md
        XCTAssertEqual(EQPError.definition(code: 1208)?.template, "Insufficient information for Technical Submission")
        XCTAssertEqual(EQPError.definition(code: 1210)?.template, "Invalid SKU given. SKU must be of the form 'vendor_name/package_name'")
    }

    func testStatusesAreClientErrors() {
        for definition in EQPError.catalogue {
            XCTAssertTrue((400..<500).contains(definition.status), "\(definition.code) has status \(definition.status)")
        }
    }

    func testTemplatesRender() {
        let error = EQPErrorDefinition.invalidFieldType.error(["field": "personal_profile.bio", "expected": "a string", "actual": "integer"])
        XCTAssertEqual(error.message, "personal_profile.bio must be a string, got integer")
        XCTAssertEqual(error.code, 1032)
        XCTAssertEqual(error.status, 400)
        // Unknown placeholders and unbalanced braces stay as written.
        XCTAssertEqual(EQPErrorDefinition(1, 400, "x", "a {b} {c").render(["b": "B"]), "a B {c")
        XCTAssertEqual(EQPErrorDefinition(1, 400, "x", "{zzz} and {b}").render(["b": "B"]), "{zzz} and B")
    }

    func testEveryTemplatePlaceholderIsDocumentable() {
        // Templates must read sensibly with their placeholders named, since the README lists them.
        for definition in EQPError.catalogue {
            XCTAssertFalse(definition.template.isEmpty)
            XCTAssertEqual(definition.template.filter { $0 == "{" }.count, definition.template.filter { $0 == "}" }.count,
                           "unbalanced braces in \(definition.code)")
        }
    }
}
