import EQP
import Formats
import HTTP1
import XCTest

final class FileRoutesTests: APITestCase {
    struct Part {
        var name = "file[]"
        var filename: String?
        var type: String?
        var bytes: [UInt8]
    }

    static func multipart(_ parts: [Part], boundary: String = "UNIQUE_BOUNDARY_TOKEN") -> [UInt8] {
        var out: [UInt8] = []
        for part in parts {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\""
            if let filename = part.filename { head += "; filename=\"\(filename)\"" }
            head += "\r\n"
            if let type = part.type { head += "Content-Type: \(type)\r\n" }
            head += "\r\n"
            out += Array(head.utf8) + part.bytes + Array("\r\n".utf8)
        }
        out += Array("--\(boundary)--\r\n".utf8)
        return out
    }

    func upload(_ parts: [Part], token: String? = APITestCase.demoToken) -> HTTPResponse {
        send(.POST, "/rest/v1/files/uploads", token: token,
             headers: [("Content-Type", "multipart/form-data; boundary=UNIQUE_BOUNDARY_TOKEN")], body: Self.multipart(parts))
    }

    let zip: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]
    let pdf: [UInt8] = Array("%PDF-1.4\n%%EOF\n".utf8)

    func testUploadAnswersInOrderAndScansOnTheClock() throws {
        let r = upload([
            Part(filename: "acme_one-click-checkout.zip", type: "application/zip", bytes: zip),
            Part(filename: "icon.png", type: "image/png", bytes: png),
            Part(filename: "acme-logo.png", type: "image/png", bytes: png + [1]),
            Part(filename: "user.pdf", type: "application/pdf", bytes: pdf),
        ])
        let items = try XCTUnwrap(assertJSON(r).arrayValue)
        XCTAssertEqual(items.map { $0["filename"]?.stringValue }, ["acme_one-click-checkout.zip", "icon.png", "acme-logo.png", "user.pdf"])
        XCTAssertEqual(items.map { $0["size"]?.intValue }, [22, 12, 13, 15])
        XCTAssertEqual(items[0].objectValue?.keys, ["filename", "content_type", "size", "file_upload_id", "code", "message"])
        let id = try XCTUnwrap(items[0]["file_upload_id"]?.stringValue)
        XCTAssertEqual(id.split(separator: ".").map(\.count), [14, 8, 1])

        let pending = assertJSON(send(.GET, "/rest/v1/files/uploads/\(id)"))
        XCTAssertEqual(pending["malware_status"], "in-progress")
        XCTAssertNil(pending["file_hash"])
        clock.advance(by: 2)
        let done = assertJSON(send(.GET, "/rest/v1/files/uploads/\(id)"))
        XCTAssertEqual(done["malware_status"], "pass")
        XCTAssertEqual(done["file_hash"]?.stringValue, MD5.hex(zip))
        XCTAssertEqual(done["submission_ids"], [])
        XCTAssertEqual(done["is_profile_image"], false)
    }

    func testBadPartsAreItemErrors() throws {
        let r = upload([
            Part(filename: "ok.png", type: "image/png", bytes: png),
            Part(filename: "readme.txt", type: "text/plain", bytes: [65]),
            Part(filename: "empty.pdf", type: "application/pdf", bytes: []),
            Part(name: "upload", filename: "x.png", type: "image/png", bytes: png),
        ])
        let items = try XCTUnwrap(assertJSON(r).arrayValue)
        XCTAssertEqual(items.map { $0["code"]?.intValue }, [200, 1308, 1309, 1306])
        XCTAssertEqual(items[1].objectValue?.keys, ["filename", "code", "message"])
        XCTAssertEqual(items[1]["filename"], "readme.txt")
        XCTAssertEqual(items[2]["message"], "'empty.pdf' is empty")
    }

    func testWholeRequestErrors() {
        assertError(send(.POST, "/rest/v1/files/uploads", json: "{}"), status: 415, code: 1302, messageContains: "'application/json'")
        assertError(send(.POST, "/rest/v1/files/uploads", headers: [], body: [1]), status: 415, code: 1302, messageContains: "no Content-Type")
        assertError(send(.POST, "/rest/v1/files/uploads", headers: [("Content-Type", "multipart/form-data")], body: [1]), status: 400, code: 1303)
        assertError(send(.POST, "/rest/v1/files/uploads", headers: [("Content-Type", "multipart/form-data; boundary=XYZ")],
                         body: Array("no boundary here".utf8)), status: 400, code: 1304)
        assertError(send(.POST, "/rest/v1/files/uploads", headers: [("Content-Type", "multipart/form-data; boundary=XYZ")],
                         body: Array("--XYZ--\r\n".utf8)), status: 400, code: 1305)
    }

    func testListIsPagedWithTotalCount() throws {
        let r = send(.GET, "/rest/v1/files/uploads?limit=3")
        let items = try XCTUnwrap(assertJSON(r).arrayValue)
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(r.headers["X-Total-Count"], "11")
        XCTAssertEqual(items[0].objectValue?.keys, ["file_upload_id", "filename", "content_type", "size", "malware_status", "file_hash",
                                                    "submission_ids", "is_profile_image", "url"])
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/files/uploads")).arrayValue?.count, 11)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/files/uploads/?offset=10&limit=-1")).arrayValue?.count, 1)
        assertError(send(.GET, "/rest/v1/files/uploads?offset=-1"), status: 400, code: 1040)
        assertError(send(.GET, "/rest/v1/files/uploads?limit=x"), status: 400, code: 1041)
    }

    func testGetAndDelete() {
        let icon = assertJSON(send(.GET, "/rest/v1/files/uploads/5c129cd41ba478.65767699.1"))
        XCTAssertEqual(icon["filename"], "icon.png")
        XCTAssertEqual(icon["malware_status"], "pass")
        assertError(send(.GET, "/rest/v1/files/uploads/nope"), status: 404, code: 1301)
        // The seed package f4eacd72be (submitted) uses the icon; the profile image is free.
        assertError(send(.DELETE, "/rest/v1/files/uploads/5c129cd41ba478.65767699.1"), status: 409, code: 1310)
        let deleted = send(.DELETE, "/rest/v1/files/uploads/5c119a03b4ddf6.75124444.0")
        XCTAssertEqual(deleted.status.code, 204)
        assertError(send(.GET, "/rest/v1/files/uploads/5c119a03b4ddf6.75124444.0"), status: 404, code: 1301)
        assertError(send(.DELETE, "/rest/v1/files/uploads/5c119a03b4ddf6.75124444.0"), status: 404, code: 1301)
        XCTAssertEqual(send(.GET, "/rest/v1/files/uploads").headers["X-Total-Count"], "10")
    }

    func testURLDownloadsTheExactBytesWithoutAToken() throws {
        let response = upload([Part(filename: "my logo.png", type: "image/png", bytes: png)])
        let id = try XCTUnwrap(assertJSON(response).arrayValue?.first?["file_upload_id"]?.stringValue)
        let elsewhere = router.respond(to: HTTPRequest(method: .GET, target: "/rest/v1/files/uploads/\(id)",
                                                       headers: ["Host": "sandbox.local:9000", "Authorization": "Bearer \(Self.demoToken)"]),
                                       remoteAddress: "")
        XCTAssertEqual(body(elsewhere)["url"]?.stringValue, "http://sandbox.local:9000/_sandbox/files/\(id)/my%20logo.png")
        let record = assertJSON(send(.GET, "/rest/v1/files/uploads/\(id)"))
        let url = try XCTUnwrap(record["url"]?.stringValue)
        XCTAssertEqual(url, "http://127.0.0.1:8080/_sandbox/files/\(id)/my%20logo.png")
        let path = String(url.dropFirst("http://127.0.0.1:8080".count))
        let download = send(.GET, path, token: nil)
        XCTAssertEqual(download.status.code, 200)
        XCTAssertEqual(download.body, png)
        XCTAssertEqual(download.headers["Content-Type"], "image/png")
        assertError(send(.GET, "/_sandbox/files/\(id)/other.png", token: nil), status: 404, code: 1301)
        let seeded = send(.GET, "/_sandbox/files/5c11e656057b42.97931218.5/acme_one-click-checkout.zip", token: nil)
        XCTAssertEqual(seeded.headers["Content-Type"], "application/zip")
        XCTAssertEqual(Array(seeded.body.prefix(2)), [0x50, 0x4B])
    }

    func testEICARUploadFailsItsScan() throws {
        let eicar = Array(#"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"#.utf8)
        let id = try XCTUnwrap(assertJSON(upload([Part(filename: "eicar.zip", type: "application/zip", bytes: eicar)])).arrayValue?.first?["file_upload_id"]?.stringValue)
        clock.advance(by: 60)
        let record = assertJSON(send(.GET, "/rest/v1/files/uploads/\(id)"))
        XCTAssertEqual(record["malware_status"], "fail")
        XCTAssertNil(record["file_hash"])
    }
}
