import HTTP1
import XCTest

final class MultipartParserTests: XCTestCase {
    private let boundary = "UNIQUE_BOUNDARY_TOKEN"

    private struct Part: Equatable {
        var headers: HTTPHeaders
        var body: [UInt8]
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The four files of the files.md sample, with binary contents that hold CR, LF, NUL,
    /// `--`, partial boundaries, and a whole boundary not at the start of a line.
    private var sampleFiles: [(filename: String, contentType: String, content: [UInt8])] {
        [
            ("acme_one-click-checkout.zip", "application/zip",
             [0x50, 0x4B, 0x03, 0x04] + bytes("\r\n--") + [0x00] + bytes("\r\n--UNIQUE_BOUNDARY_TOKE") + [0xFF, 0x0D]
                 + bytes("\n-x--UNIQUE_BOUNDARY_TOKEN\n\r") + [0x0D]),
            ("icon.png", "image/png",
             [0x89] + bytes("PNG\r\n") + [0x1A, 0x0A, 0, 0, 0, 0x0D] + bytes("IHDR\n\n--UNIQUE\r\n\r\r\n-")),
            ("acme-logo.png", "image/png", []),
            ("user.pdf", "application/pdf", bytes("%PDF-1.4\n%\u{E2}\u{E3}\r\ntrailer\r\n--")),
        ]
    }

    /// The files.md sample body: CRLF line breaks, a trailing CRLF after the close delimiter.
    private var sampleBody: [UInt8] {
        var body: [UInt8] = []
        for file in sampleFiles {
            body += bytes("--\(boundary)\r\n")
            body += bytes("Content-Disposition: form-data; name=\"file[]\"; filename=\"\(file.filename)\"\r\n")
            body += bytes("Content-Type: \(file.contentType)\r\n\r\n")
            body += file.content + bytes("\r\n")
        }
        return body + bytes("--\(boundary)--\r\n")
    }

    private var sampleParts: [Part] {
        sampleFiles.map { file in
            Part(headers: HTTPHeaders([
                ("Content-Disposition", "form-data; name=\"file[]\"; filename=\"\(file.filename)\""),
                ("Content-Type", file.contentType),
            ]), body: file.content)
        }
    }

    /// Feeds `chunks` in order, checking the event grammar, and returns the parts.
    private func collect(_ chunks: [ArraySlice<UInt8>], boundary: String? = nil, maxPartHeaderBytes: Int = 16 * 1024,
                         maxParts: Int = 1000, viaPointer: Bool = false) throws -> [Part] {
        var parser = MultipartParser(boundary: boundary ?? self.boundary, maxPartHeaderBytes: maxPartHeaderBytes,
                                     maxParts: maxParts)
        var parts: [Part] = []
        var current: Part?
        var ended = false
        let onEvent: (MultipartEvent) throws -> Void = { event in
            XCTAssertFalse(ended, "event after end")
            switch event {
            case .headers(let headers):
                XCTAssertNil(current, "headers inside a part")
                current = Part(headers: headers, body: [])
            case .bodyChunk(let chunk):
                XCTAssertNotNil(current, "body outside a part")
                XCTAssertFalse(chunk.isEmpty, "empty chunk")
                current?.body += chunk
            case .partEnd:
                guard let part = current else { return XCTFail("partEnd outside a part") }
                parts.append(part)
                current = nil
            case .end:
                XCTAssertNil(current, "end inside a part")
                ended = true
            }
        }
        for chunk in chunks {
            if viaPointer {
                try Array(chunk).withUnsafeBytes { try parser.feed($0, onEvent) }
            } else {
                try parser.feed(Array(chunk), onEvent)
            }
        }
        try parser.finish()
        XCTAssertTrue(ended)
        XCTAssertTrue(parser.isComplete)
        return parts
    }

    private func collect(_ body: [UInt8], maxPartHeaderBytes: Int = 16 * 1024, maxParts: Int = 1000) throws -> [Part] {
        try collect([body[...]], maxPartHeaderBytes: maxPartHeaderBytes, maxParts: maxParts)
    }

    private func assertThrowsMultipart(_ message: String, _ body: () throws -> Void, file: StaticString = #filePath,
                                       line: UInt = #line) {
        XCTAssertThrowsError(try body(), message, file: file, line: line) { error in
            XCTAssertTrue(error is MultipartError, "\(error)", file: file, line: line)
        }
    }

    // MARK: - The files.md sample

    func testSampleBodyWhole() throws {
        let parts = try MultipartParser.parse(sampleBody, boundary: boundary)
        XCTAssertEqual(parts.count, 4)
        for (part, file) in zip(parts, sampleFiles) {
            XCTAssertEqual(part.name, "file[]")
            XCTAssertEqual(part.filename, file.filename)
            XCTAssertEqual(part.contentType, file.contentType)
            XCTAssertEqual(part.dispositionType, "form-data")
            XCTAssertEqual(part.body, file.content)
        }
        XCTAssertEqual(try collect(sampleBody), sampleParts)
    }

    func testSampleBodySplitAtEveryPosition() throws {
        let body = sampleBody
        let expected = sampleParts
        for split in 0...body.count {
            XCTAssertEqual(try collect([body[..<split], body[split...]]), expected, "split at \(split)")
        }
        for split in stride(from: 0, through: body.count, by: 7) {
            XCTAssertEqual(try collect([body[..<split], body[split...]], viaPointer: true), expected, "split at \(split)")
        }
    }

    func testSampleBodyOneByteAtATime() throws {
        let body = sampleBody
        let chunks = body.indices.map { body[$0...$0] }
        XCTAssertEqual(try collect(chunks), sampleParts)
        XCTAssertEqual(try collect(chunks, viaPointer: true), sampleParts)
    }

    func testSampleBodyInRandomChunks() throws {
        let body = sampleBody
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var chunks: [ArraySlice<UInt8>] = []
            var offset = 0
            while offset < body.count {
                let end = min(body.count, offset + Int.random(in: 0...40, using: &generator))
                chunks.append(body[offset..<end])
                offset = end
            }
            XCTAssertEqual(try collect(chunks), sampleParts)
        }
    }

    func testEventOrder() throws {
        var parser = MultipartParser(boundary: boundary)
        var events: [String] = []
        try parser.feed(sampleBody) { event in
            switch event {
            case .headers: events.append("headers")
            case .bodyChunk: if events.last != "body" { events.append("body") }
            case .partEnd: events.append("partEnd")
            case .end: events.append("end")
            }
        }
        try parser.finish()
        XCTAssertEqual(events, ["headers", "body", "partEnd", "headers", "body", "partEnd",
                                "headers", "partEnd", "headers", "body", "partEnd", "end"])
    }

    // MARK: - Framing

    func testPreambleAndEpilogueAreIgnored() throws {
        let body = bytes("This is the preamble.\r\nIt has --\(boundary) mid-line.\r\n--\(boundary)\r\n")
            + bytes("Content-Disposition: form-data; name=\"a\"\r\n\r\nhello\r\n--\(boundary)--\r\n")
            + bytes("This is the epilogue.\r\n--\(boundary)\r\nnot: a part\r\n\r\n")
        let parts = try collect(body)
        XCTAssertEqual(parts.map(\.body), [bytes("hello")])
    }

    func testEmptyPartBodyAndPartWithoutHeaders() throws {
        let body = bytes("--\(boundary)\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n")
            + bytes("--\(boundary)\r\n\r\nno headers\r\n--\(boundary)--")
        let parts = try MultipartParser.parse(body, boundary: boundary)
        XCTAssertEqual(parts.count, 2)
        XCTAssertEqual(parts[0].name, "empty")
        XCTAssertEqual(parts[0].body, [])
        XCTAssertTrue(parts[1].headers.isEmpty)
        XCTAssertNil(parts[1].name)
        XCTAssertNil(parts[1].contentType)
        XCTAssertEqual(parts[1].body, bytes("no headers"))
    }

    func testNoPartsAtAll() throws {
        XCTAssertEqual(try collect(bytes("--\(boundary)--")), [])
    }

    func testBareLineFeedsAreTolerated() throws {
        let body = bytes("--\(boundary)\nContent-Disposition: form-data; name=\"a\"\nContent-Type: text/plain\n\n")
            + bytes("line one\nline two\n-\n--\(boundary)\n\nsecond\r\n--\(boundary)--\n")
        let parts = try collect(body)
        XCTAssertEqual(parts.map(\.body), [bytes("line one\nline two\n-"), bytes("second")])
        XCTAssertEqual(parts[0].headers["content-type"], "text/plain")
    }

    func testTransportPaddingAfterBoundaries() throws {
        let body = bytes("--\(boundary) \t \r\nX-A: 1\r\n\r\nbody\r\n--\(boundary)-- \r\n")
        XCTAssertEqual(try collect(body), [Part(headers: ["X-A": "1"], body: bytes("body"))])
    }

    func testHeaderContinuationLine() throws {
        let body = bytes("--\(boundary)\r\nContent-Disposition: form-data;\r\n name=\"folded\"\r\n\r\nx\r\n--\(boundary)--")
        let parts = try MultipartParser.parse(body, boundary: boundary)
        XCTAssertEqual(parts.first?.name, "folded")
    }

    /// Body bytes that might begin a delimiter are held back, but never more than boundary + 4.
    func testHoldBackIsBounded() throws {
        var parser = MultipartParser(boundary: boundary)
        var emitted = 0
        try parser.feed(bytes("--\(boundary)\r\n\r\n")) { _ in }
        let content = bytes("abc\r\n--UNIQUE_BOUNDARY_TOKE\r\r\n-") + [UInt8](repeating: 0x0D, count: 50)
        for (index, byte) in content.enumerated() {
            try parser.feed([byte]) { event in
                if case .bodyChunk(let chunk) = event { emitted += chunk.count }
            }
            XCTAssertGreaterThanOrEqual(emitted, index + 1 - (boundary.utf8.count + 4), "after byte \(index)")
        }
        try parser.feed(bytes("\r\n--\(boundary)--")) { event in
            if case .bodyChunk(let chunk) = event { emitted += chunk.count }
        }
        try parser.finish()
        XCTAssertEqual(emitted, content.count)
    }

    // MARK: - Content-Disposition

    private func part(disposition: String) throws -> MultipartPart {
        let body = bytes("--\(boundary)\r\nContent-Disposition: \(disposition)\r\n\r\nx\r\n--\(boundary)--")
        let parts = try MultipartParser.parse(body, boundary: boundary)
        XCTAssertEqual(parts.count, 1)
        return parts[0]
    }

    func testFilenameForms() throws {
        XCTAssertEqual(try part(disposition: #"form-data; name="file[]"; filename="a b.zip""#).filename, "a b.zip")
        XCTAssertEqual(try part(disposition: #"form-data; name=file; filename=plain.zip"#).filename, "plain.zip")
        XCTAssertEqual(try part(disposition: #"form-data; name=file; filename=plain.zip"#).name, "file")
        XCTAssertEqual(try part(disposition: #"form-data; filename="say \"hi\" \\ now.zip"; name="f""#).filename,
                       #"say "hi" \ now.zip"#)
        // A browser's unescaped Windows path keeps its backslashes.
        XCTAssertEqual(try part(disposition: #"form-data; name="f"; filename="C:\dir\a.zip""#).filename, #"C:\dir\a.zip"#)
        XCTAssertEqual(try part(disposition: #"form-data; name="f"; filename="semi;colon.zip""#).filename,
                       "semi;colon.zip")
        XCTAssertEqual(try part(disposition: "form-data; name=\"f\"; filename=\"caf\u{E9}.zip\"").filename, "caf\u{E9}.zip")
        XCTAssertEqual(try part(disposition: #"Form-Data; NAME="f"; FileName="upper.zip""#).filename, "upper.zip")
        XCTAssertEqual(try part(disposition: #"Form-Data; NAME="f"; FileName="upper.zip""#).dispositionType, "form-data")
    }

    func testRFC5987FilenameIsPreferred() throws {
        let utf8 = try part(disposition: #"form-data; name="f"; filename="fallback.zip"; filename*=UTF-8''na%C3%AFve%20file.zip"#)
        XCTAssertEqual(utf8.filename, "na\u{EF}ve file.zip")
        let first = try part(disposition: #"form-data; filename*=utf-8'en'%E2%82%AC.txt; name="f"; filename="euro.txt""#)
        XCTAssertEqual(first.filename, "\u{20AC}.txt")
        let latin1 = try part(disposition: #"form-data; name="f"; filename*=ISO-8859-1''%A3%20rates.pdf"#)
        XCTAssertEqual(latin1.filename, "\u{A3} rates.pdf")
        let badEscape = try part(disposition: #"form-data; name="f"; filename="fallback.zip"; filename*=UTF-8''bad%G1"#)
        XCTAssertEqual(badEscape.filename, "fallback.zip")
        let badUTF8 = try part(disposition: #"form-data; name="f"; filename="fallback.zip"; filename*=UTF-8''%FF.zip"#)
        XCTAssertEqual(badUTF8.filename, "fallback.zip")
    }

    func testMalformedDispositionLeavesFieldsNil() throws {
        let unterminated = try part(disposition: #"form-data; name="f"; filename="open.zip"#)
        XCTAssertNil(unterminated.filename)
        XCTAssertNil(unterminated.name)
        XCTAssertEqual(unterminated.body, bytes("x"))
    }

    // MARK: - Boundary extraction

    func testBoundaryFromContentType() {
        let cases: [(String, String?)] = [
            ("multipart/form-data; boundary=UNIQUE_BOUNDARY_TOKEN", "UNIQUE_BOUNDARY_TOKEN"),
            ("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", "----WebKitFormBoundary7MA4YWxkTrZu0gW"),
            (#"multipart/form-data; boundary="quoted:with space""#, "quoted:with space"),
            ("multipart/form-data; charset=utf-8; boundary=xyz", "xyz"),
            ("multipart/form-data; boundary=xyz; charset=utf-8", "xyz"),
            ("Multipart/Form-Data; BOUNDARY=xyz", "xyz"),
            ("  multipart/form-data ;boundary=xyz  ", "xyz"),
            ("multipart/form-data; boundary=" + String(repeating: "b", count: 70), String(repeating: "b", count: 70)),
            ("multipart/form-data; boundary=" + String(repeating: "b", count: 71), nil),
            ("multipart/form-data", nil),
            ("multipart/form-data; charset=utf-8", nil),
            ("multipart/form-data; boundary=", nil),
            (#"multipart/form-data; boundary="""#, nil),
            (#"multipart/form-data; boundary="trailing ""#, nil),
            (#"multipart/form-data; boundary="a@b""#, nil),
            (#"multipart/form-data; boundary="unterminated"#, nil),
            ("multipart/mixed; boundary=xyz", nil),
            ("application/json", nil),
            ("", nil),
        ]
        for (contentType, expected) in cases {
            XCTAssertEqual(MultipartParser.boundary(fromContentType: contentType), expected, contentType)
        }
    }

    // MARK: - Errors

    func testMissingCloseDelimiter() {
        let part = bytes("--\(boundary)\r\nX-A: 1\r\n\r\ndata")
        for body in [part, part + bytes("\r\n"), part + bytes("\r\n--\(boundary)"), part + bytes("\r\n--\(boundary)-"),
                     part + bytes("\r\n--\(boundary)\r\n"), bytes("no delimiter at all"), []] {
            assertThrowsMultipart(String(decoding: body, as: UTF8.self)) {
                _ = try MultipartParser.parse(body, boundary: boundary)
            }
        }
    }

    func testTooManyParts() throws {
        let one = bytes("--\(boundary)\r\nX-A: 1\r\n\r\nx\r\n")
        let close = bytes("--\(boundary)--")
        XCTAssertEqual(try collect(one + one + close, maxParts: 2).count, 2)
        assertThrowsMultipart("three parts") { _ = try self.collect(one + one + one + close, maxParts: 2) }
    }

    func testOversizedPartHeaders() throws {
        let field = "X-Long: " + String(repeating: "v", count: 90) + "\r\n" // 100 bytes
        let atLimit = bytes("--\(boundary)\r\n\(field)\r\n\r\n--\(boundary)--") // 102-byte block
        XCTAssertEqual(try collect(atLimit, maxPartHeaderBytes: 102).count, 1)
        assertThrowsMultipart("one over") { _ = try self.collect(atLimit, maxPartHeaderBytes: 101) }
        // With no line break in sight, the parser must stop without buffering the whole line.
        let endless = bytes("--\(boundary)\r\nX-Long: ") + [UInt8](repeating: 0x76, count: 10_000)
        var parser = MultipartParser(boundary: boundary, maxPartHeaderBytes: 1024)
        assertThrowsMultipart("endless line") {
            for byte in endless { try parser.feed([byte]) { _ in } }
        }
    }

    func testMalformedHeaderLines() {
        for line in ["NoColonHere", ": empty name", "Bad Name: x", " continuation first", "X-A: bad\rvalue"] {
            let body = bytes("--\(boundary)\r\n\(line)\r\n\r\nx\r\n--\(boundary)--")
            assertThrowsMultipart(line) { _ = try MultipartParser.parse(body, boundary: boundary) }
        }
    }

    func testMalformedBoundaryLine() {
        for tail in ["X", "-x", " x"] {
            let body = bytes("--\(boundary)\(tail)\r\n\r\nx\r\n--\(boundary)--")
            assertThrowsMultipart(tail) { _ = try MultipartParser.parse(body, boundary: boundary) }
        }
    }

    func testErrorsAreSticky() throws {
        var parser = MultipartParser(boundary: boundary)
        XCTAssertThrowsError(try parser.feed(bytes("--\(boundary)\r\nno colon\r\n")) { _ in })
        XCTAssertThrowsError(try parser.feed(bytes("\r\n--\(boundary)--")) { _ in })
        XCTAssertThrowsError(try parser.finish())
    }

    // MARK: - Large binary parts

    func testFiveMegabyteRandomPartRoundTrips() throws {
        var generator = SystemRandomNumberGenerator()
        var content = [UInt8](repeating: 0, count: 5 * 1024 * 1024)
        for i in stride(from: 0, to: content.count, by: 8) {
            withUnsafeBytes(of: generator.next() as UInt64) { word in
                for k in 0..<8 { content[i + k] = word[k] }
            }
        }
        // Plant delimiter look-alikes so the slow path runs too.
        let lookAlike = bytes("\r\n--UNIQUE_BOUNDARY_TOKx\n")
        for offset in stride(from: 1000, to: content.count - 100, by: 100_003) {
            content.replaceSubrange(offset..<(offset + lookAlike.count), with: lookAlike)
        }
        let body = bytes("preamble\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\"big.bin\"\r\n")
            + bytes("Content-Type: application/octet-stream\r\n\r\n") + content
            + bytes("\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\"small.txt\"\r\n\r\n")
            + bytes("small\r\n--\(boundary)--\r\n")

        let parts = try MultipartParser.parse(body, boundary: boundary)
        XCTAssertEqual(parts.count, 2)
        XCTAssertEqual(parts[0].filename, "big.bin")
        XCTAssertTrue(parts[0].body == content)
        XCTAssertEqual(parts[1].body, bytes("small"))

        var chunks: [ArraySlice<UInt8>] = []
        var offset = 0
        while offset < body.count {
            let end = min(body.count, offset + 65_536 + offset % 7)
            chunks.append(body[offset..<end])
            offset = end
        }
        let streamed = try collect(chunks)
        XCTAssertEqual(streamed.count, 2)
        XCTAssertTrue(streamed[0].body == content)
    }
}
