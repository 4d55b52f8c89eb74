import XCTest
@testable import HTTP1

/// Every limit and every malformed case, each with its exact status.
final class RequestParserErrorTests: XCTestCase {
    private func assertStatus(_ input: String, _ code: Int, limits: HTTPLimits = HTTPLimits(),
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(parseError(input, limits: limits)?.status.code, code, input.debugDescription, file: file, line: line)
    }

    private let small = HTTPLimits(maxRequestLineBytes: 32, maxHeaderBytes: 64, maxHeaderCount: 3, maxBodyBytes: 10)

    // MARK: limits

    func testLongRequestLineIs414BeforeItsEnd() {
        let error = parseError("GET /" + String(repeating: "a", count: 40), limits: small)
        XCTAssertEqual(error?.status.code, 414)
        XCTAssertEqual(error?.message, "Request line exceeds 32 bytes")
        assertStatus("GET /" + String(repeating: "a", count: 40) + " HTTP/1.1\r\nHost: h\r\n\r\n", 414, limits: small)
        // 32 bytes and a CR are not yet too long
        XCTAssertNil(parseError("GET /" + String(repeating: "a", count: 27) + "\r", limits: small))
        XCTAssertEqual(parseError("GET /" + String(repeating: "a", count: 28), limits: small)?.status.code, 414)
    }

    func testHeaderSectionTooLargeIs431BeforeItsEnd() {
        assertStatus("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "b", count: 80), 431, limits: small)
        assertStatus("GET / HTTP/1.1\r\nHost: h\r\nX-A: " + String(repeating: "b", count: 30) + "\r\nX-B: " + String(repeating: "c", count: 30) + "\r\n\r\n", 431, limits: small)
    }

    func testTooManyHeadersIs431() {
        let error = parseError("GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: small)
        XCTAssertEqual(error?.status.code, 431)
        XCTAssertEqual(error?.message, "More than 3 header fields")
    }

    func testContentLengthTooLargeIs413BeforeHead() throws {
        var parser = HTTPRequestParser(limits: small)
        parser.append(bytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n"))
        XCTAssertThrowsError(try parser.next()) { XCTAssertEqual(($0 as? HTTPParseError)?.status.code, 413) }
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999999\r\n\r\n", 413)
    }

    func testChunkedTotalTooLargeIs413() {
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n5\r\n", 413, limits: small)
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nb\r\n", 413, limits: small)
    }

    func testTrailerSectionCountsAgainstHeaderLimits() {
        let chunkedHead = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n"
        assertStatus(chunkedHead + "T: " + String(repeating: "t", count: 70), 431, limits: small)
        assertStatus(chunkedHead + "A: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", 431, limits: small)
        assertStatus(chunkedHead + "no colon\r\n\r\n", 400)
    }

    func testParserKeepsThrowingAfterAnError() {
        var parser = HTTPRequestParser()
        parser.append(bytes("BAD\r\n"))
        XCTAssertThrowsError(try parser.next())
        parser.append(bytes("GET / HTTP/1.1\r\nHost: h\r\n\r\n"))
        XCTAssertThrowsError(try parser.next())
    }

    // MARK: request line

    func testMalformedRequestLines() {
        assertStatus("GET\r\n\r\n", 400)
        assertStatus("GET /\r\n\r\n", 400)
        assertStatus("GET  HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus(" GET / HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("\r\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("G@T / HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GE(T / HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        XCTAssertEqual(parseError("G@T / HTTP/1.1\r\n\r\n")?.message, "Invalid method: 'G@T'")
    }

    func testTargetForms() {
        assertStatus("GET foo HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET * HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("CONNECT example.com:443 HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET ftp://example.com/a HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET http:///a HTTP/1.1\r\nHost: h\r\n\r\n", 400)
    }

    func testBadCharactersInTarget() {
        assertStatus("GET /a\u{01}b HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /a\tb HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /a b HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /caf\u{e9} HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /a\u{7f} HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /a\rb HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /a\0 HTTP/1.1\r\nHost: h\r\n\r\n", 400)
    }

    func testMalformedPercentEscapes() {
        assertStatus("GET /a%zz HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /a%2 HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /?q=%g1 HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET /%FF HTTP/1.1\r\nHost: h\r\n\r\n", 400)
        XCTAssertEqual(parseError("GET /a%zz HTTP/1.1\r\n\r\n")?.message, "Malformed percent-encoding in request target: '/a%zz'")
    }

    func testVersions() {
        assertStatus("GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505)
        assertStatus("GET / HTTP/3\r\nHost: h\r\n\r\n", 505)
        assertStatus("GET / HTTP/1.2\r\nHost: h\r\n\r\n", 505)
        assertStatus("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505)
        assertStatus("GET / HTTP/1.1x\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET / http/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET / HTTPS/1.1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1 \r\nHost: h\r\n\r\n", 400)
        assertStatus("GET / banana\r\nHost: h\r\n\r\n", 400)
    }

    // MARK: header fields

    func testMalformedFieldLines() {
        assertStatus("GET / HTTP/1.1\r\nHost : h\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\nHost\t: h\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\nHost: h\r\nX-A: b\r\n  c\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\n\tX: 1\r\nHost: h\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\0b\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\rb\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\nHost: h\r\nNo colon here\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\nHost: h\r\n: empty\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\nHost: h\r\nX(y): 1\r\n\r\n", 400)
        XCTAssertEqual(parseError("GET / HTTP/1.1\r\nHost : h\r\n\r\n")?.message, "Whitespace between header name and colon: 'Host : h'")
        XCTAssertEqual(parseError("GET / HTTP/1.1\r\nHost: h\r\nX-A: b\r\n  c\r\n\r\n")?.message, "Obsolete line folding is not allowed: '  c'")
    }

    func testHost() {
        assertStatus("GET / HTTP/1.1\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n", 400)
        assertStatus("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n", 400)
        XCTAssertEqual(parseError("GET / HTTP/1.1\r\n\r\n")?.message, "Missing Host header")
    }

    func testContentLength() {
        let error = parseError("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n")
        XCTAssertEqual(error?.status.code, 400)
        XCTAssertEqual(error?.message, "Invalid Content-Length header: 'abc'")
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400)
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +5\r\n\r\n", 400)
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5, 5\r\n\r\n", 400)
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x5\r\n\r\n", 400)
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length:\r\n\r\n", 400)
        assertStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400)
    }

    func testTransferEncoding() {
        let head = "POST / HTTP/1.1\r\nHost: h\r\n"
        assertStatus(head + "Transfer-Encoding: gzip\r\n\r\n", 501)
        assertStatus(head + "Transfer-Encoding: gzip, chunked\r\n\r\n", 501)
        assertStatus(head + "Transfer-Encoding: chunked, gzip\r\n\r\n", 501)
        assertStatus(head + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 400)
        assertStatus(head + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400)
        assertStatus("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400)
        assertStatus(head + "Transfer-Encoding: chunked, chunked\r\n\r\n", 400)
        assertStatus(head + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", 400)
        assertStatus(head + "Transfer-Encoding: \r\n\r\n", 400)
    }

    // MARK: chunked body

    func testMalformedChunks() {
        let head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
        assertStatus(head + "zz\r\n", 400)
        assertStatus(head + "\r\n", 400)
        assertStatus(head + " 5\r\nhello\r\n", 400)
        assertStatus(head + "5x\r\nhello\r\n", 400)
        assertStatus(head + "-5\r\n", 400)
        assertStatus(head + "ffffffffffffffffff\r\n", 400)
        assertStatus(head + "3\r\nabcX\r\n", 400)
        assertStatus(head + "3\r\nabc\rX", 400)
        assertStatus(head + "3;" + String(repeating: "e", count: 5000), 400)
        XCTAssertEqual(parseError(head + "3\r\nabcX\r\n")?.message, "Missing CRLF after chunk data")
        XCTAssertEqual(parseError(head + "zz\r\n")?.message, "Invalid chunk size: 'zz'")
    }

    func testErrorsAreTheSameWhateverTheSplit() {
        let inputs = [
            "GET /" + String(repeating: "a", count: 40) + " HTTP/1.1\r\n",
            "GET / HTTP/1.1\r\nX-Big: " + String(repeating: "b", count: 80) + "\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n8\r\nabcdefgh\r\n0\r\n\r\n",
        ]
        for input in inputs {
            let b = bytes(input)
            let whole = feed([b], limits: small)
            XCTAssertTrue(whole.last!.hasPrefix("error"), "\(whole)")
            for cut in 0...b.count {
                XCTAssertEqual(feed([Array(b[..<cut]), Array(b[cut...])], limits: small), whole, "cut \(cut)")
            }
        }
    }
}
