import XCTest
@testable import HTTP1

final class RequestParserTests: XCTestCase {
    func testHeadComesBeforeAnyBodyByte() throws {
        var parser = HTTPRequestParser()
        XCTAssertFalse(parser.hasPartialRequest)
        parser.append(bytes("PUT /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n"))
        XCTAssertNil(try parser.next())
        XCTAssertTrue(parser.hasPartialRequest)
        XCTAssertFalse(parser.isReadingBody)
        parser.append(bytes("\r\n"))
        guard case .head(let head)? = try parser.next() else { return XCTFail("expected head") }
        XCTAssertTrue(head.expectsContinue)
        XCTAssertTrue(parser.isReadingBody)
        XCTAssertNil(try parser.next())
        parser.append(bytes("ab"))
        XCTAssertNil(try parser.next())
        XCTAssertTrue(parser.isReadingBody)
        parser.append(bytes("cde"))
        guard case .request(let request)? = try parser.next() else { return XCTFail("expected request") }
        XCTAssertEqual(request.body, bytes("abcde"))
        XCTAssertNil(try parser.next())
        XCTAssertFalse(parser.hasPartialRequest)
        XCTAssertFalse(parser.isReadingBody)
    }

    func testRequestWithoutBodyGivesHeadThenRequest() throws {
        var parser = HTTPRequestParser()
        parser.append(bytes("GET / HTTP/1.1\r\nHost: h\r\n\r\n"))
        guard case .head? = try parser.next() else { return XCTFail("expected head") }
        XCTAssertFalse(parser.isReadingBody)
        XCTAssertTrue(parser.hasPartialRequest)
        guard case .request(let r)? = try parser.next() else { return XCTFail("expected request") }
        XCTAssertEqual(r.body, [])
        XCTAssertNil(try parser.next())
        XCTAssertFalse(parser.hasPartialRequest)
        XCTAssertEqual(parser.bufferedByteCount, 0)
    }

    func testZeroContentLengthHasEmptyBody() {
        XCTAssertEqual(requests("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n").map(\.body), [[]])
    }

    func testBlankLinesBetweenRequestsAreIdle() throws {
        var parser = HTTPRequestParser()
        parser.append(bytes("\r\n\r\n"))
        XCTAssertNil(try parser.next())
        XCTAssertFalse(parser.hasPartialRequest)
        parser.append(bytes("G"))
        XCTAssertNil(try parser.next())
        XCTAssertTrue(parser.hasPartialRequest)
    }

    func testUnsafeRawBufferAppend() throws {
        var parser = HTTPRequestParser()
        bytes("GET / HTTP/1.1\r\nHost: h\r\n\r\n").withUnsafeBytes { parser.append($0) }
        guard case .head(let h)? = try parser.next() else { return XCTFail("expected head") }
        XCTAssertEqual(h.path, "/")
    }

    func testManyPipelinedRequestsInSmallReads() {
        var input: [UInt8] = []
        for i in 0..<1000 {
            input += bytes("POST /items/\(i) HTTP/1.1\r\nHost: h\r\nContent-Length: \(String(i).utf8.count)\r\n\r\n\(i)")
        }
        var parser = HTTPRequestParser()
        var got: [HTTPRequest] = []
        var offset = 0
        while offset < input.count {
            let end = min(input.count, offset + 7)
            parser.append(Array(input[offset..<end]))
            offset = end
            while let event = try! parser.next() {
                if case .request(let r) = event { got.append(r) }
            }
        }
        XCTAssertEqual(got.count, 1000)
        XCTAssertEqual(got.last?.pathSegments, ["items", "999"])
        XCTAssertEqual(got.last?.body, bytes("999"))
        XCTAssertEqual(parser.bufferedByteCount, 0)
    }

    func testLargeBodyInReads() throws {
        let body = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var parser = HTTPRequestParser()
        parser.append(bytes("PUT /f HTTP/1.1\r\nHost: h\r\nContent-Length: \(body.count)\r\n\r\n"))
        guard case .head? = try parser.next() else { return XCTFail("expected head") }
        var result: HTTPRequest?
        for start in stride(from: 0, to: body.count, by: 65536) {
            parser.append(Array(body[start..<min(body.count, start + 65536)]))
            if case .request(let r)? = try parser.next() { result = r }
            XCTAssertLessThanOrEqual(parser.bufferedByteCount, 65536)
        }
        XCTAssertEqual(result?.body, body)
    }

    func testChunkedDecoding() {
        let r = requests("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n"
            + "1a\r\nabcdefghijklmnopqrstuvwxyz\r\n00A ; a=b ; c\r\n0123456789\r\n0\r\n\r\n")
        XCTAssertEqual(r.map { String(decoding: $0.body, as: UTF8.self) }, ["abcdefghijklmnopqrstuvwxyz0123456789"])
    }

    func testChunkedWithBareLFAndTrailers() {
        let r = requests("POST / HTTP/1.1\nHost: h\nTransfer-Encoding: chunked\n\n3\nabc\n0\nA: 1\nB: 2\n\nGET /next HTTP/1.1\nHost: h\n\n")
        XCTAssertEqual(r.map(\.body), [bytes("abc"), []])
        XCTAssertEqual(r.last?.path, "/next")
    }

    func testEmptyChunkedBody() {
        XCTAssertEqual(requests("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").map(\.body), [[]])
    }

    func testAbsoluteFormIsReducedToPathAndQuery() {
        XCTAssertEqual(requests("GET http://example.com:8080/a/b?c=d HTTP/1.1\r\nHost: example.com\r\n\r\n").map(\.head.target), ["/a/b?c=d"])
        XCTAssertEqual(requests("GET HTTPS://example.com HTTP/1.1\r\nHost: example.com\r\n\r\n").map(\.head.target), ["/"])
        XCTAssertEqual(requests("GET http://example.com?x=1 HTTP/1.1\r\nHost: example.com\r\n\r\n").map(\.head.target), ["/?x=1"])
    }

    func testAsteriskFormWithOptions() {
        XCTAssertEqual(requests("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n").map(\.head.target), ["*"])
    }

    func testHeaderValuesAreTrimmedAndKeepOrderAndCase() {
        let r = requests("GET / HTTP/1.1\r\nHost: h\r\nX-A: \t spaced value \t\r\nx-a:second\r\nX-Empty:\r\n\r\n")[0]
        XCTAssertEqual(r.headers.fields.map(\.name), ["Host", "X-A", "x-a", "X-Empty"])
        XCTAssertEqual(r.headers.values(for: "X-A"), ["spaced value", "second"])
        XCTAssertEqual(r.headers["X-Empty"], "")
    }

    func testRepeatedIdenticalContentLengthIsAccepted() {
        XCTAssertEqual(requests("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok").map(\.body), [bytes("ok")])
    }

    func testHTTP10WithoutHostAndObsTextValue() {
        var input = bytes("GET / HTTP/1.0\r\nX-Name: caf")
        input += [0xC3, 0xA9]
        input += bytes("\r\n\r\n")
        var parser = HTTPRequestParser()
        parser.append(input)
        XCTAssertNoThrow(try parser.next())
    }

    func testLowercaseMethodIsAToken() {
        XCTAssertEqual(requests("get / HTTP/1.1\r\nHost: h\r\n\r\n").map(\.method.rawValue), ["get"])
    }

    func testExactLimitsAreAccepted() {
        let line = "GET /" + String(repeating: "a", count: 27) + " HTTP/1.1"   // 41 bytes
        let limits = HTTPLimits(maxRequestLineBytes: 41, maxHeaderBytes: 18, maxHeaderCount: 2, maxBodyBytes: 5)
        // "Host: h\r\n" (9) + "X-Y: 12\r\n" (9) = 18 bytes of header section
        XCTAssertEqual(requests(line + "\r\nHost: h\r\nX-Y: 12\r\nContent-Length: 5\r\n\r\n12345", limits: HTTPLimits(maxRequestLineBytes: 41, maxHeaderBytes: 100, maxHeaderCount: 3, maxBodyBytes: 5)).count, 1)
        XCTAssertEqual(requests(line + "\r\nHost: h\r\nX-Y: 12\r\n\r\n", limits: limits).count, 1)
    }
}
