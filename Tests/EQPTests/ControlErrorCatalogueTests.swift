@testable import EQP
import XCTest

final class ControlErrorCatalogueTests: XCTestCase {
    func testControlCodesAreInTheirRangeAndInTheCatalogue() {
        let codes = EQPError.controlCatalogue.map(\.code)
        XCTAssertEqual(codes, codes.sorted())
        XCTAssertEqual(Set(codes).count, codes.count)
        for definition in EQPError.controlCatalogue {
            XCTAssertTrue((1500...1599).contains(definition.code), "\(definition.code)")
            XCTAssertEqual(EQPError.definition(code: definition.code), definition)
        }
        XCTAssertEqual(EQPError.definition(code: 1501)?.status, 401)
        XCTAssertEqual(EQPErrorDefinition.identifierInUse.error(["path": "files[0].file_upload_id", "what": "file_upload_id", "value": "a", "owner": "B"]).message,
                       "files[0].file_upload_id: file_upload_id 'a' is already used by user B")
    }
}
