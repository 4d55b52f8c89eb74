@testable import EQP
import Formats
import XCTest

/// Shared data for the package tests: the docs' example files and submission.
enum PackageFixtures {
    static let now = UTCTimestamp.parse("2020-04-17 16:00:00")!

    static func file(_ id: String, _ name: String, _ type: String, _ size: Int, _ hash: String,
                     status: MalwareStatus = .pass) -> ReferencedFile {
        ReferencedFile(fileUploadID: id, filename: name, contentType: type, size: size, malwareStatus: status,
                       fileHash: status == .pass ? hash : nil,
                       url: "http://127.0.0.1:8080/rest/v1/files/download/\(id)/\(name)")
    }

    /// The files of packages.md "Get package details".
    static let docFiles: [ReferencedFile] = [
        file("5c11e656057b42.97931218.5", "acme_one-click-checkout.zip", "application/zip", 182934, "f53f5db985b8815f1ce6fd4b48a0439a"),
        file("5c644d97bb7c41.37505716.6", "user.pdf", "application/pdf", 48392, "7f99e16a20457859fc0c86b5676a62ca"),
        file("5c644daf21fee4.39102137.2", "installation.pdf", "application/pdf", 34876, "94392b98f02c56083995d23f02e460ab"),
        file("5c644f4dcb1900.18508194.9", "reference.pdf", "application/pdf", 23845, "ec78ded664c71d80acf0e29f5dbafe2b"),
        file("5c129cd41ba478.65767699.1", "icon.png", "image/png", 37492, "dd0d04057cd1420afb76d6afa838d394"),
        file("5c644fa344e5d7.04253635.8", "acme-logo.png", "image/png", 23947, "515f2eaf3cd4e43c32fda89a004306aa"),
        file("5c648b98446065.77844389.4", "catalog_demo.png", "image/png", 37492, "8da78313887fdc3d2506f39c46ccde4e"),
        file("5c648b984d0228.21794482.7", "cart-demo.png", "image/png", 38023, "30b6fef138e1433e6f8ff23a45b2fbb9"),
        file("5c648b98698ed0.64632056.3", "click-demo.png", "image/png", 48293, "0ced4d071dddc6e354acfa11f56a56f1"),
        file("5c648b986a3d98.83415858.0", "click-success.png", "image/png", 39482, "dfa3183472cc265a5510be1da0fe444c"),
        file("bad.0", "infected.zip", "application/zip", 68, "", status: .fail),
        file("busy.0", "scanning.pdf", "application/pdf", 1000, "", status: .inProgress),
    ]

    static let files = FileLookup(docFiles)

    /// The POST example of packages.md "Submit a package", as one item.
    static let docSubmission = """
    {
        "action" : { "technical" : "submit", "marketing" : "submit" },
        "type" : "extension",
        "platform" : "M2",
        "version_compatibility" : [
          { "edition" : "CE", "versions" : ["2.3", "2.4"] },
          { "edition" : "EE", "versions" : ["2.3", "2.4"] },
          { "edition" : "ECE", "versions" : ["2.3", "2.4"] }
        ],
        "name" : "One Click Checkout",
        "long_description" : "<Long description here>",
        "release_notes" : "<Release notes here>",
        "version" : "1.1.5",
        "artifact" : { "file_upload_id" : "5c11e656057b42.97931218.5" },
        "documentation_artifacts" : {
          "user" : { "file_upload_id" : "5c644d97bb7c41.37505716.6" },
          "installation" : { "file_upload_id" : "5c644daf21fee4.39102137.2" },
          "reference" : { "file_upload_id" : "5c644f4dcb1900.18508194.9" }
        },
        "media_artifacts" : {
          "icon_image" : { "file_upload_id" : "5c129cd41ba478.65767699.1" },
          "gallery_images" : [
            { "file_upload_id" : "5c644fa344e5d7.04253635.8" },
            { "file_upload_id" : "5c648b98446065.77844389.4" },
            { "file_upload_id" : "5c648b984d0228.21794482.7" },
            { "file_upload_id" : "5c648b98698ed0.64632056.3" },
            { "file_upload_id" : "5c648b986a3d98.83415858.0" }
          ],
          "video_urls" : [
            "https://www.youtube.com/watch?v=l33T2-YC4tk",
            "https://www.youtube.com/watch?v=682p52tFcmY"
          ]
        },
        "categories" : [ "//Extensions//Payments & Security//Checkout Enhancements" ],
        "pricing_model" : { "pricing_type" : "one-time", "payment_period" : 1 },
        "prices" : [
          { "edition" : "CE", "currency_code" : "USD", "price" : 15.50 },
          { "edition" : "EE", "currency_code" : "USD", "price" : 45.00, "installation_price" : 0.00 },
          { "edition" : "ECE", "currency_code" : "USD", "price" : 30.00, "installation_price" : 0.00 }
        ],
        "license_type" : "bsd"
    }
    """

    static func object(_ text: String) -> JSONObject {
        guard let o = try? JSON.parse(text).objectValue else { fatalError("bad fixture JSON: \(text)") }
        return o
    }

    static func validated(_ text: String, _ operation: PackageValidator.Operation = .create) throws -> ValidatedPackageItem {
        try PackageValidator.validate(object(text), operation: operation, files: files)
    }

    /// A record built from the docs' submission (sku as composer.json would give it).
    static func docRecord(status: EQPStatus = .draft, sequence: Int = 1) throws -> PackageRecord {
        var record = PackageRecord(submissionID: "f4eacd72be", ownerMageID: "MAG123456789", sequence: sequence,
                                   now: now, item: try validated(docSubmission))
        record.sku = "acme/one-click-checkout"
        record.status = status
        return record
    }

    /// The record with `edit` applied to its stored fields.
    static func docRecord(editing edit: (inout JSONObject) -> Void) throws -> PackageRecord {
        var record = try docRecord()
        edit(&record.fields)
        return record
    }
}

/// Asserts `body` throws an `EQPError` with `code` (and `message`, when given); returns it.
@discardableResult
func assertPackageError<T>(_ code: Int, _ message: String? = nil, file: StaticString = #filePath, line: UInt = #line,
                           _ body: () throws -> T) -> EQPError? {
    do {
        let value = try body()
        XCTFail("expected error \(code), got \(value)", file: file, line: line)
    } catch let error as EQPError {
        XCTAssertEqual(error.code, code, error.message, file: file, line: line)
        if let message { XCTAssertEqual(error.message, message, file: file, line: line) }
        return error
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
    return nil
}

/// The keys and value kinds of a JSON document, recursively (array shapes from their first
/// element), for comparing generated documents with the docs' examples field for field.
func jsonShape(_ json: JSON) -> String {
    switch json {
    case .null: return "null"
    case .bool: return "bool"
    case .int, .double: return "number"
    case .string: return "string"
    case .array(let a): return "[" + (a.first.map(jsonShape) ?? "") + "]"
    case .object(let o): return "{" + o.members.map { "\($0.key):\(jsonShape($0.value))" }.joined(separator: ",") + "}"
    }
}
