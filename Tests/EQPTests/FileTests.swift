@testable import EQP
import Formats
import XCTest

final class FileTests: XCTestCase {
    let user = TestWorld.docsUser
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]

    func part(_ filename: String?, _ contentType: String?, _ bytes: [UInt8], name: String? = "file[]") -> UploadPart {
        UploadPart(name: name, filename: filename, contentType: contentType, bytes: bytes)
    }

    func testMD5KnownVectors() {
        // RFC 1321 appendix A.5.
        XCTAssertEqual(MD5.hex([]), "d41d8cd98f00b204e9800998ecf8427e")
        XCTAssertEqual(MD5.hex(Array("abc".utf8)), "900150983cd24fb0d6963f7d28e17f72")
        XCTAssertEqual(MD5.hex(Array("12345678901234567890123456789012345678901234567890123456789012345678901234567890".utf8)),
                       "57edf4a22be3c955ac49da2e2107b67a")
    }

    func testScanLifecycleOnTheManualClock() throws {
        let clock = SandboxClock.manual(at: TestWorld.start)
        let store = try TestWorld.store(options: SandboxStore.Options(scanDelaySeconds: 5), clock: clock)
        let outcomes = try store.upload(mageID: user, parts: [part("abc.zip", "application/zip", Array("abc".utf8))])
        guard case .stored(let info) = outcomes.first else { return XCTFail("\(outcomes)") }
        XCTAssertEqual(info.malwareStatus, .inProgress)
        XCTAssertNil(info.fileHash)
        XCTAssertTrue(info.fileUploadID.hasPrefix("65920080"), info.fileUploadID)  // the clock's time in hex
        XCTAssertEqual(info.json(links: TestWorld.links)["file_hash"], nil)
        clock.advance(by: 4)
        XCTAssertEqual(try store.file(mageID: user, id: info.fileUploadID).malwareStatus, .inProgress)
        XCTAssertEqual(store.nextScanDueAt(), TestWorld.start + 5)
        clock.advance(by: 1)
        let done = try store.file(mageID: user, id: info.fileUploadID)
        XCTAssertEqual(done.malwareStatus, .pass)
        XCTAssertEqual(done.fileHash, "900150983cd24fb0d6963f7d28e17f72")
        XCTAssertNil(store.nextScanDueAt())
        // The owner's callback hears about it (callbacks.md), password included for Basic auth.
        let events = store.drainCallbackEvents()
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.url, "https://developer.example.com/rest/v1/callback")
        XCTAssertEqual(events.first?.username, "key")
        XCTAssertEqual(events.first?.password, "secret")
        XCTAssertEqual(events.first?.payload, [
            "callback_event": "malware_scan_complete",
            "update_info": ["file_upload_id": .string(info.fileUploadID), "tool_result": "passed", "modified_at": "2024-01-01 00:00:05"],
        ])
        XCTAssertTrue(store.drainCallbackEvents().isEmpty)
    }

    func testEICARFails() throws {
        let clock = SandboxClock.manual(at: TestWorld.start)
        let store = try TestWorld.store(clock: clock)
        let infected = Array("prefix ".utf8) + MalwareScanner.eicar + Array(" suffix".utf8)
        let outcomes = try store.upload(mageID: user, parts: [part("evil.zip", "application/zip", infected)])
        guard case .stored(let info) = outcomes.first else { return XCTFail() }
        clock.advance(by: 2)
        store.tick()
        let done = try store.file(mageID: user, id: info.fileUploadID)
        XCTAssertEqual(done.malwareStatus, .fail)
        XCTAssertNil(done.fileHash)
        XCTAssertEqual(store.drainCallbackEvents().first?.payload["update_info"]?["tool_result"], "failed")
        XCTAssertEqual(MalwareScanner.verdict(for: Array(MalwareScanner.eicar.dropLast())), .pass)
    }

    func testZeroDelayFinishesDuringUpload() throws {
        let store = try TestWorld.store(options: SandboxStore.Options(scanDelaySeconds: 0))
        guard case .stored(let info) = try store.upload(mageID: user, parts: [part("a.png", "image/png", png)]).first else { return XCTFail() }
        XCTAssertEqual(info.malwareStatus, .pass)
        XCTAssertNotNil(info.fileHash)
    }

    func testItemErrorsKeepOrder() throws {
        let store = try TestWorld.store()
        let outcomes = try store.upload(mageID: user, parts: [
            part("ok.png", "image/png", png),
            part("notes.txt", "text/plain", [1]),
            part("empty.pdf", "application/pdf", []),
            part("x.png", "image/png", png, name: "file"),
            part(nil, "image/png", png),
            part("C:\\Users\\me\\guessed.jpg", nil, [0xFF, 0xD8]),
            part("pkg.zip", "application/x-zip-compressed; foo=bar", [1, 2]),
        ])
        XCTAssertEqual(outcomes.map { $0.json["code"]?.intValue }, [200, 1308, 1309, 1306, 1307, 200, 200])
        XCTAssertEqual(outcomes[1].json, ["filename": "notes.txt", "code": 1308, "message": .string(EQPErrorDefinition.unrecognisedContentType.error([
            "value": "'text/plain'", "filename": "notes.txt", "accepted": FileContentTypes.recognised.joined(separator: ", "),
        ]).message)])
        XCTAssertEqual(outcomes[3].json["message"], "Part 4 is named 'file'; every part must be named 'file[]'")
        guard case .stored(let guessed) = outcomes[5], case .stored(let zip) = outcomes[6] else { return XCTFail() }
        XCTAssertEqual(guessed.filename, "guessed.jpg")
        XCTAssertEqual(guessed.contentType, "image/jpeg")
        XCTAssertEqual(zip.contentType, "application/x-zip-compressed")
        XCTAssertEqual(outcomes[0].json.keys, ["filename", "content_type", "size", "file_upload_id", "code", "message"])
        assertEQPError(1305) { try store.upload(mageID: user, parts: []) }
    }

    func testListingPagesInUploadOrder() throws {
        let store = try TestWorld.store()
        let all = try store.files(mageID: user, page: PageRequest(offset: 0, limit: -1))
        XCTAssertEqual(all.total, 11)
        XCTAssertEqual(all.items.first?.fileUploadID, "5c119a03b4ddf6.75124444.0")
        XCTAssertEqual(all.items.filter(\.isProfileImage).map(\.filename), ["portrait.png"])
        let page = try store.files(mageID: user, page: PageRequest(offset: 10, limit: 5))
        XCTAssertEqual(page.items.count, 1)
        XCTAssertEqual(page.total, 11)
        _ = try store.upload(mageID: user, parts: [part("new.png", "image/png", png)])
        XCTAssertEqual(try store.files(mageID: user, page: PageRequest(offset: 11, limit: 1)).items.first?.filename, "new.png")
    }

    func testRecordShapeAndDownload() throws {
        let store = try TestWorld.store()
        let icon = try store.file(mageID: user, id: "5c129cd41ba478.65767699.1")
        XCTAssertEqual(icon.json(links: TestWorld.links).keys, [
            "file_upload_id", "filename", "content_type", "size", "malware_status", "file_hash", "submission_ids", "is_profile_image", "url",
        ])
        XCTAssertEqual(icon.json(links: TestWorld.links)["url"], "http://127.0.0.1:8080/_sandbox/files/5c129cd41ba478.65767699.1/icon.png")
        let download = try XCTUnwrap(store.download(id: icon.fileUploadID, filename: "icon.png"))
        XCTAssertEqual(download.contentType, "image/png")
        XCTAssertEqual(MD5.hex(download.bytes), icon.fileHash)
        XCTAssertNil(store.download(id: icon.fileUploadID, filename: "other.png"))
        XCTAssertEqual(DownloadLinks(baseURL: "http://h/").url(fileUploadID: "a.b.c", filename: "my file#1.pdf"),
                       "http://h/_sandbox/files/a.b.c/my%20file%231.pdf")
    }

    func testDelete() throws {
        let store = try TestWorld.store()
        // The seed package f4eacd72be (submitted) uses acme-logo.png.
        assertEQPError(1310) { try store.deleteFile(mageID: user, id: "5c644fa344e5d7.04253635.8") }
        let free = try store.upload(mageID: user, parts: [UploadPart(name: "file[]", filename: "free.pdf", contentType: "application/pdf", bytes: Array("%PDF".utf8))])
        guard case .stored(let info) = free[0] else { return XCTFail("upload failed") }
        try store.deleteFile(mageID: user, id: info.fileUploadID)
        assertEQPError(1301) { try store.file(mageID: user, id: info.fileUploadID) }
        assertEQPError(1301) { try store.deleteFile(mageID: user, id: info.fileUploadID) }
        XCTAssertNil(store.download(id: info.fileUploadID, filename: "free.pdf"))
        // Deleting the profile image unsets it.
        try store.deleteFile(mageID: user, id: "5c119a03b4ddf6.75124444.0")
        XCTAssertEqual(try store.profile(mageID: user, style: .summary, links: TestWorld.links)["profile_image_artifact"], .null)
    }

    func testDeleteRefusedWhileASubmittedPackageUsesTheFile() throws {
        let store = try TestWorld.store()
        store.state.withLock { $0.files["5c11e656057b42.97931218.5"]?.submissionIDs = ["f4eacd72be"] }
        let error = assertEQPError(1310) { try store.deleteFile(mageID: user, id: "5c11e656057b42.97931218.5") }
        XCTAssertEqual(error?.status, 409)
        XCTAssertEqual(try store.file(mageID: user, id: "5c11e656057b42.97931218.5").submissionIDs, ["f4eacd72be"])
    }
}
