import Formats
import Glibc
import HTTP1
import TestSupport
import XCTest

/// `/rest/v1/files/uploads` (files.md) against the real binary: multipart uploads with real
/// bytes, records, the paged list, malware scans, downloads and deletion.
final class FilesEndToEndTests: EndToEndTestCase {
    let uploads = "/rest/v1/files/uploads"

    /// Uploads `parts`, asserts every item succeeded, and answers the new IDs in order.
    func uploadAll(_ sandbox: Sandbox, _ parts: [FormPart], file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let items = try XCTUnwrap(try json(sandbox.upload(parts), file: file, line: line).arrayValue, file: file, line: line)
        XCTAssertEqual(items.map { $0["code"] }, parts.map { _ in 200 }, file: file, line: line)
        return items.compactMap { $0["file_upload_id"]?.stringValue }
    }

    func testUploadOfTheDocsSampleAnswersInOrderAndEveryRecordIsTrue() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let parts = SampleFiles.docsUpload
        let items = try XCTUnwrap(try json(sandbox.upload(parts)).arrayValue)
        XCTAssertEqual(items.count, 4)
        XCTAssertEqual(items.map { $0["filename"]?.stringValue }, ["acme_one-click-checkout.zip", "icon.png", "acme-logo.png", "user.pdf"])
        XCTAssertEqual(items.map { $0["content_type"]?.stringValue }, ["application/zip", "image/png", "image/png", "application/pdf"])
        XCTAssertEqual(items.map { $0["size"]?.intValue }, parts.map { $0.bytes.count })
        XCTAssertEqual(items.map { $0["code"] }, [200, 200, 200, 200])
        let ids = items.compactMap { $0["file_upload_id"]?.stringValue }
        XCTAssertEqual(ids.count, 4)
        XCTAssertEqual(Set(ids).count, 4)
        for id in ids { XCTAssertTrue(matchesWhole(id, fileUploadIDPattern), id) }

        for (id, part) in zip(ids, parts) {
            let record = try json(sandbox.get("\(uploads)/\(id)"))
            XCTAssertEqual(record["file_upload_id"], .string(id))
            XCTAssertEqual(record["filename"], .string(part.filename!))
            XCTAssertEqual(record["content_type"], .string(part.contentType!))
            XCTAssertEqual(record["size"], .int(part.bytes.count))
            XCTAssertEqual(record["malware_status"], "pass")
            XCTAssertEqual(record["file_hash"], .string(MD5.hex(part.bytes)))
            XCTAssertEqual(record["submission_ids"], [])
            XCTAssertEqual(record["is_profile_image"], false)
            let downloaded = try download(try XCTUnwrap(record["url"]?.stringValue), from: sandbox)
            XCTAssertEqual(downloaded.status.code, 200)
            XCTAssertEqual(downloaded.headers["Content-Type"], .some(part.contentType!))
            XCTAssertEqual(downloaded.body, part.bytes, "\(part.filename!): the url serves the exact bytes")
        }
        // The ZIP is a real one: its composer.json comes back intact.
        let zipRecord = try json(sandbox.get("\(uploads)/\(ids[0])"))
        let zipBytes = try download(try XCTUnwrap(zipRecord["url"]?.stringValue), from: sandbox).body
        let archive = try ZipArchive(zipBytes)
        XCTAssertEqual(try archive.extract(try XCTUnwrap(archive.entry(named: "composer.json"))), SampleFiles.composerJSON)
    }

    func testFileHashIsTheRealMD5() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        // RFC 1321 style vectors, independent of the sandbox's own MD5 code.
        let vectors: [(String, String)] = [
            ("The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6"),
            ("a", "0cc175b9c0f1b6a831c399e269772661"),
            ("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"),
        ]
        let ids = try uploadAll(sandbox, vectors.enumerated().map { i, v in
            FormPart(filename: "vector\(i).zip", contentType: "application/octet-stream", bytes: Array(v.0.utf8))
        })
        for (id, vector) in zip(ids, vectors) {
            XCTAssertEqual(try json(sandbox.get("\(uploads)/\(id)"))["file_hash"], .string(vector.1))
        }
    }

    func testScanIsInProgressUntilItsDelayHasPassedOnTheSandboxClock() throws {
        let sandbox = try startSandbox(["--clock", "manual", "--scan-delay", "30"])
        let ids = try uploadAll(sandbox, [FormPart(filename: "icon.png", contentType: "image/png", bytes: SampleFiles.icon),
                                          FormPart(filename: "eicar.zip", contentType: "application/zip", bytes: SampleFiles.eicar)])
        for id in ids {
            let record = try json(sandbox.get("\(uploads)/\(id)"))
            XCTAssertEqual(record["malware_status"], "in-progress")
            XCTAssertNil(record["file_hash"], "file_hash is only set once the scan passed")
        }
        let record = try json(sandbox.get("\(uploads)/\(ids[0])"))
        XCTAssertEqual(try download(try XCTUnwrap(record["url"]?.stringValue), from: sandbox).body, SampleFiles.icon, "downloadable while scanning")

        XCTAssertEqual(try sandbox.sendJSON("POST", "/_sandbox/clock/advance", #"{"seconds": 29}"#, token: nil).status.code, 200)
        XCTAssertEqual(try json(sandbox.get("\(uploads)/\(ids[0])"))["malware_status"], "in-progress")
        XCTAssertEqual(try sandbox.sendJSON("POST", "/_sandbox/clock/advance", #"{"seconds": 1}"#, token: nil).status.code, 200)
        let passed = try json(sandbox.get("\(uploads)/\(ids[0])"))
        XCTAssertEqual(passed["malware_status"], "pass")
        XCTAssertEqual(passed["file_hash"], .string(MD5.hex(SampleFiles.icon)))
        let failed = try json(sandbox.get("\(uploads)/\(ids[1])"))
        XCTAssertEqual(failed["malware_status"], "fail")
        XCTAssertNil(failed["file_hash"])
    }

    func testEICARContentFailsTheScan() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        var infected = SampleFiles.zip
        infected.insert(contentsOf: SampleFiles.eicar, at: infected.count / 2)
        let ids = try uploadAll(sandbox, [
            FormPart(filename: "infected.zip", contentType: "application/zip", bytes: infected),
            FormPart(filename: "eicar.pdf", contentType: "application/pdf", bytes: SampleFiles.eicar),
            FormPart(filename: "clean.zip", contentType: "application/zip", bytes: SampleFiles.zip),
        ])
        let statuses = try ids.map { try json(sandbox.get("\(uploads)/\($0)")) }
        XCTAssertEqual(statuses.map { $0["malware_status"] }, ["fail", "fail", "pass"])
        XCTAssertNil(statuses[0]["file_hash"])
        XCTAssertNil(statuses[1]["file_hash"])
        XCTAssertEqual(statuses[2]["file_hash"], .string(MD5.hex(SampleFiles.zip)))
    }

    func testBadPartsAreItemErrorsWhileTheOthersSucceed() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let r = try sandbox.upload([
            FormPart(filename: "icon.png", contentType: "image/png", bytes: SampleFiles.icon),
            FormPart(filename: "notes.txt", contentType: "text/plain", bytes: Array("hello".utf8)),
            FormPart(filename: "empty.png", contentType: "image/png", bytes: []),
            FormPart(name: "upload", filename: "user.pdf", contentType: "application/pdf", bytes: SampleFiles.pdf),
            FormPart(filename: nil, contentType: "application/pdf", bytes: SampleFiles.pdf),
            FormPart(filename: "user.pdf", contentType: "application/pdf", bytes: SampleFiles.pdf),
        ])
        let items = try XCTUnwrap(try json(r).arrayValue)
        XCTAssertEqual(items.map { $0["code"]?.intValue }, [200, 1308, 1309, 1306, 1307, 200])
        XCTAssertEqual(items.map { $0["filename"]?.stringValue }, ["icon.png", "notes.txt", "empty.png", "user.pdf", nil, "user.pdf"])
        for item in items {
            XCTAssertNotNil(item["message"]?.stringValue)
            XCTAssertEqual(item["file_upload_id"] != nil, item["code"] == 200, item.text)
        }
        XCTAssertTrue(items[1]["message"]?.stringValue?.contains("text/plain") ?? false)
        XCTAssertTrue(items[3]["message"]?.stringValue?.contains("file[]") ?? false)

        let list = try sandbox.get("\(uploads)?limit=-1")
        XCTAssertEqual(totalCount(list), World.seededFileCount + 2, "only the two good parts were stored")
        let stored = try json(list).arrayValue?.suffix(2).map { $0["file_upload_id"] }
        XCTAssertEqual(stored, [items[0]["file_upload_id"], items[5]["file_upload_id"]])
    }

    func testWholeRequestErrors() throws {
        let sandbox = try startSandbox()
        let body = Multipart.body(SampleFiles.docsUpload)
        func post(_ contentType: String?, _ body: [UInt8]) throws -> HTTPResponse {
            try sandbox.send("POST", uploads, headers: [Sandbox.bearer(World.demoToken)] + (contentType.map { [("Content-Type", $0)] } ?? []), body: body)
        }
        assertError(try post("application/json", Array("{}".utf8)), status: 415, code: 1302)
        assertError(try post(nil, body), status: 415, code: 1302)
        assertError(try post("multipart/form-data", body), status: 400, code: 1303)
        assertError(try post(Multipart.contentType(boundary: "OTHER_BOUNDARY"), body), status: 400, code: 1304)
        assertError(try post(Multipart.contentType(), Array("garbage".utf8)), status: 400, code: 1304)
        assertError(try post(Multipart.contentType(), Array("--UNIQUE_BOUNDARY_TOKEN--\r\n".utf8)), status: 400, code: 1305)
        assertError(try post(Multipart.contentType(), []), status: 400)
        assertError(try sandbox.upload(SampleFiles.docsUpload, token: nil), status: 401, code: 1001)
        XCTAssertEqual(totalCount(try sandbox.get(uploads)), World.seededFileCount, "nothing was stored")
    }

    func testQuotedBoundaryAndParameters() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
        let body = Multipart.body([FormPart(filename: "icon.png", contentType: "image/png", bytes: SampleFiles.icon)], boundary: boundary)
        let r = try sandbox.send("POST", uploads, headers: [Sandbox.bearer(World.demoToken),
                                                           ("Content-Type", "multipart/form-data; charset=utf-8; boundary=\"\(boundary)\"")], body: body)
        XCTAssertEqual(try json(r).arrayValue?.first?["code"], 200)
    }

    func testBodyOverTheLimitIs413() throws {
        let sandbox = try startSandbox(["--max-body-bytes", "1K", "--scan-delay", "0"])
        let big = [FormPart(filename: "big.png", contentType: "image/png", bytes: SampleFiles.png(width: 24, height: 24, rgb: (1, 2, 3)))]
        XCTAssertGreaterThan(Multipart.body(big).count, 1024)
        assertError(try sandbox.upload(big), status: 413, code: 413, messageContains: "1024")

        // A client that asks first (curl does for large bodies) is refused before it sends the body.
        let c = try sandbox.connect()
        try c.send(sandbox.requestBytes("POST", uploads, headers: [Sandbox.bearer(World.demoToken), ("Content-Type", Multipart.contentType()),
                                                                    ("Content-Length", "5000000"), ("Expect", "100-continue")], body: nil))
        assertError(try c.readResponse(), status: 413, code: 413)

        // A JSON body over the limit is refused the same way.
        let bio = String(repeating: "x", count: 2000)
        assertError(try sandbox.sendJSON("PUT", "/rest/v1/users/MAG123456789", #"{"personal_profile": {"bio": "\#(bio)"}}"#), status: 413, code: 413)

        // The sandbox is fine afterwards and takes bodies under the limit.
        let small = try json(sandbox.upload([FormPart(filename: "user.pdf", contentType: "application/pdf", bytes: Array("%PDF-1.4 tiny".utf8))]))
        XCTAssertEqual(small.arrayValue?.first?["code"], 200)
        XCTAssertEqual(totalCount(try sandbox.get(uploads)), World.seededFileCount + 1)
    }

    func testPagedList() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let ids = try uploadAll(sandbox, (0..<10).map {
            FormPart(filename: "gallery-\($0).png", contentType: "image/png", bytes: SampleFiles.png(width: 2, height: 2, rgb: (UInt8($0), 9, 9)))
        })
        let total = World.seededFileCount + 10

        let all = try sandbox.get("\(uploads)?limit=-1")
        XCTAssertEqual(totalCount(all), total)
        let everything = try XCTUnwrap(try json(all).arrayValue)
        XCTAssertEqual(everything.count, total)
        XCTAssertEqual(everything.prefix(3).map { $0["file_upload_id"] }, [.string(World.portraitFileID), .string(World.zipFileID), .string(World.iconFileID)])
        XCTAssertEqual(everything.suffix(10).map { $0["file_upload_id"]?.stringValue }, ids, "upload order")
        for record in everything {
            XCTAssertEqual(record.objectValue?.keys, ["file_upload_id", "filename", "content_type", "size", "malware_status", "file_hash",
                                                      "submission_ids", "is_profile_image", "url"])
        }

        let firstPage = try sandbox.get(uploads)
        XCTAssertEqual(totalCount(firstPage), total)
        XCTAssertEqual(try json(firstPage).arrayValue, Array(everything.prefix(20)), "limit defaults to 20")

        let cases: [(String, ArraySlice<JSON>)] = [
            ("offset=2&limit=3", everything[2..<5]),
            ("offset=11&limit=-1", everything[11...]),
            ("offset=19", everything[19...]),
            ("offset=0&limit=0", everything[0..<0]),
            ("limit=1", everything[0..<1]),
            ("offset=\(total)", everything[0..<0]),
            ("offset=1000&limit=5", everything[0..<0]),
        ]
        for (query, expected) in cases {
            let r = try sandbox.get("\(uploads)?\(query)")
            XCTAssertEqual(totalCount(r), total, query)
            XCTAssertEqual(try json(r).arrayValue, Array(expected), query)
        }
        for (query, code) in [("offset=-1", 1040), ("offset=abc", 1040), ("limit=-2", 1041), ("limit=ten", 1041), ("limit=1.5", 1041)] {
            assertError(try sandbox.get("\(uploads)?\(query)"), status: 400, code: code)
        }
    }

    func testGetOfAnUnknownIDIs404() throws {
        let sandbox = try startSandbox()
        for id in ["5c0000000000aa.00000000.0", "nope"] {
            assertError(try sandbox.get("\(uploads)/\(id)"), status: 404, code: 1301, messageContains: id)
        }
    }

    func testDeleteOfAnUnusedFile() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let ids = try uploadAll(sandbox, [FormPart(filename: "acme-logo.png", contentType: "image/png", bytes: SampleFiles.logo)])
        let record = try json(sandbox.get("\(uploads)/\(ids[0])"))
        let url = try XCTUnwrap(record["url"]?.stringValue)
        XCTAssertEqual(totalCount(try sandbox.get(uploads)), World.seededFileCount + 1)

        let deleted = try sandbox.delete("\(uploads)/\(ids[0])")
        XCTAssertEqual(deleted.status.code, 204)
        XCTAssertEqual(deleted.body, [])
        assertError(try sandbox.get("\(uploads)/\(ids[0])"), status: 404, code: 1301)
        XCTAssertEqual(totalCount(try sandbox.get(uploads)), World.seededFileCount)
        XCTAssertEqual(try download(url, from: sandbox).status.code, 404, "the link goes with the file")
        assertError(try sandbox.delete("\(uploads)/\(ids[0])"), status: 404, code: 1301)

        // A seeded file no package uses can go too; the profile image is then unset.
        XCTAssertEqual(try sandbox.delete("\(uploads)/\(World.portraitFileID)").status.code, 204)
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG123456789?style=summary"))["profile_image_artifact"], .null)
    }

    func testDeleteOfAFileASubmittedPackageUsesIsRefused() throws {
        let sandbox = try startSandbox()
        let record = try json(sandbox.get("\(uploads)/\(World.iconFileID)"))
        let submissions = try XCTUnwrap(record["submission_ids"]?.arrayValue)
        try XCTSkipIf(submissions.isEmpty, "the seed links no package to icon.png")
        let message = assertError(try sandbox.delete("\(uploads)/\(World.iconFileID)"), status: 409, code: 1310)
        XCTAssertTrue(message.contains(submissions[0].stringValue ?? "?"), message)
        XCTAssertEqual(try json(sandbox.get("\(uploads)/\(World.iconFileID)")), record, "still there, unchanged")
    }

    func testBinarySafeUploadSentChunked() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        // Every byte value, CR/LF runs, and near-misses of the delimiter inside the file.
        var tricky: [UInt8] = (0...255).map { UInt8($0) }
        // (A line starting with the whole boundary would be a delimiter: RFC 2046 §5.1.1 says senders never put one in a body.)
        tricky += Array("\r\n--UNIQUE_BOUNDARY_TOKE\r\n--UNIQUE_BOUNDARY\r\n-UNIQUE_BOUNDARY_TOKEN\r\n\r\n\n--\r".utf8)
        tricky += (0...255).reversed().map { UInt8($0) }
        let body = Multipart.body([
            FormPart(filename: "tricky.zip", contentType: "application/zip", bytes: tricky),
            FormPart(filename: "icon.png", contentType: "image/png", bytes: SampleFiles.icon),
        ])
        // Chunked transfer coding in 97-byte chunks, as a streaming client sends it.
        var chunked: [UInt8] = []
        var offset = 0
        while offset < body.count {
            let n = min(97, body.count - offset)
            chunked += Array(String(n, radix: 16).utf8) + [13, 10] + body[offset..<offset + n] + [13, 10]
            offset += n
        }
        chunked += Array("0\r\n\r\n".utf8)
        let r = try sandbox.send("POST", uploads, headers: [Sandbox.bearer(World.demoToken), ("Content-Type", Multipart.contentType()),
                                                           ("Transfer-Encoding", "chunked")], body: chunked)
        let items = try XCTUnwrap(try json(r).arrayValue)
        XCTAssertEqual(items.map { $0["size"]?.intValue }, [tricky.count, SampleFiles.icon.count])
        let record = try json(sandbox.get("\(uploads)/\(try XCTUnwrap(items[0]["file_upload_id"]?.stringValue))"))
        XCTAssertEqual(record["file_hash"], .string(MD5.hex(tricky)))
        XCTAssertEqual(try download(try XCTUnwrap(record["url"]?.stringValue), from: sandbox).body, tricky)
    }

    func testLargeUploadAfter100Continue() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        // 3 MiB of pseudo-random bytes (xorshift), so no accidental structure helps the parser.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var big = [UInt8](repeating: 0, count: 3 << 20)
        for i in 0..<big.count {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            big[i] = UInt8(truncatingIfNeeded: state)
        }
        let body = Multipart.body([FormPart(filename: "acme_big.zip", contentType: "application/zip", bytes: big),
                                   FormPart(filename: "icon.png", contentType: "image/png", bytes: SampleFiles.icon)])
        // curl sends large bodies only after the server invites them (RFC 9110 §10.1.1).
        let c = try sandbox.connect()
        try c.send(sandbox.requestBytes("POST", uploads, headers: [Sandbox.bearer(World.demoToken), ("Content-Type", Multipart.contentType()),
                                                                    ("Content-Length", String(body.count)), ("Expect", "100-continue")], body: nil))
        var interim: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while !interim.suffix(4).elementsEqual([13, 10, 13, 10]) {
            let n = buffer.withUnsafeMutableBytes { recv(c.fd, $0.baseAddress, 1, 0) }
            guard n == 1 else { return XCTFail("no 100 Continue before the body (recv \(n))") }
            interim.append(buffer[0])
        }
        XCTAssertTrue(String(decoding: interim, as: UTF8.self).hasPrefix("HTTP/1.1 100 Continue\r\n"), String(decoding: interim, as: UTF8.self))
        try c.send(body)
        let items = try XCTUnwrap(try json(c.readResponse()).arrayValue)
        XCTAssertEqual(items.map { $0["size"]?.intValue }, [big.count, SampleFiles.icon.count])
        let record = try json(sandbox.get("\(uploads)/\(try XCTUnwrap(items[0]["file_upload_id"]?.stringValue))"))
        XCTAssertEqual(record["file_hash"], .string(MD5.hex(big)))
        let downloaded = try download(try XCTUnwrap(record["url"]?.stringValue), from: sandbox)
        XCTAssertEqual(downloaded.body.count, big.count)
        XCTAssertTrue(downloaded.body == big, "the exact bytes")
    }

    func testFilenamesKeepOnlyTheirLastPathComponent() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let items = try json(sandbox.upload([
            FormPart(filename: "../../etc/user guide.pdf", contentType: "application/pdf", bytes: SampleFiles.pdf),
        ])).arrayValue ?? []
        XCTAssertEqual(items.map { $0["filename"]?.stringValue }, ["user guide.pdf"])
        let record = try json(sandbox.get("\(uploads)/\(try XCTUnwrap(items.last?["file_upload_id"]?.stringValue))"))
        let url = try XCTUnwrap(record["url"]?.stringValue)
        XCTAssertTrue(url.hasSuffix("/user%20guide.pdf"), url)
        XCTAssertEqual(try download(url, from: sandbox).body, SampleFiles.pdf)
    }

    func testSeededFilesServeTheirRealBytes() throws {
        let sandbox = try startSandbox()
        let record = try json(sandbox.get("\(uploads)/\(World.zipFileID)"))
        XCTAssertEqual(record["filename"], "acme_one-click-checkout.zip")
        XCTAssertEqual(record["malware_status"], "pass")
        let bytes = try download(try XCTUnwrap(record["url"]?.stringValue), from: sandbox).body
        XCTAssertEqual(record["size"], .int(bytes.count))
        XCTAssertEqual(record["file_hash"], .string(MD5.hex(bytes)))
        let archive = try ZipArchive(bytes)
        let manifest = try JSON.parse(try archive.extract(try XCTUnwrap(archive.entry(named: "composer.json"))))
        XCTAssertEqual(manifest["name"], "acme/one-click-checkout")
        XCTAssertEqual(manifest["version"], "1.1.5")
    }
}
