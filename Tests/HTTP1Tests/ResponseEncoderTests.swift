import XCTest
@testable import HTTP1

final class ResponseEncoderTests: XCTestCase {
    private let date = "Sun, 06 Nov 1994 08:49:37 GMT"

    private func encode(_ r: HTTPResponse, keepAlive: Bool = true, version: HTTPVersion = .http1_1, isHEAD: Bool = false) -> String {
        String(decoding: HTTPResponseEncoder.encode(r, date: date, keepAlive: keepAlive, requestVersion: version, isHEAD: isHEAD), as: UTF8.self)
    }

    func testJSON200() {
        XCTAssertEqual(encode(.json(.ok, bytes("{\"a\":1}"))),
                       "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\nDate: \(date)\r\n\r\n{\"a\":1}")
    }

    func testContentTypeAddedWhenAbsent() {
        XCTAssertEqual(encode(HTTPResponse(status: .created, headers: ["Location": "/x"], body: bytes("{}"))),
                       "HTTP/1.1 201 Created\r\nLocation: /x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nDate: \(date)\r\n\r\n{}")
        XCTAssertEqual(encode(HTTPResponse(headers: ["content-type": "text/plain"], body: bytes("hi"))),
                       "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nContent-Length: 2\r\nDate: \(date)\r\n\r\nhi")
    }

    func test204HasNoBodyNoLengthNoType() {
        XCTAssertEqual(encode(HTTPResponse(status: .noContent, body: bytes("ignored"))),
                       "HTTP/1.1 204 No Content\r\nDate: \(date)\r\n\r\n")
        XCTAssertEqual(encode(HTTPResponse(status: HTTPStatus(304))),
                       "HTTP/1.1 304 Not Modified\r\nDate: \(date)\r\n\r\n")
    }

    func testHEADKeepsLengthWithoutBody() {
        XCTAssertEqual(encode(.json(.ok, bytes("{\"a\":1}")), isHEAD: true),
                       "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\nDate: \(date)\r\n\r\n")
    }

    func testClose() {
        XCTAssertEqual(encode(.error(.badRequest, message: "Bad"), keepAlive: false),
                       "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 28\r\nDate: \(date)\r\n"
                        + "Connection: close\r\n\r\n{\"code\":400,\"message\":\"Bad\"}")
    }

    func testHTTP10KeepAliveAndClose() {
        XCTAssertEqual(encode(HTTPResponse(body: bytes("x")), version: .http1_0),
                       "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1\r\nDate: \(date)\r\nConnection: keep-alive\r\n\r\nx")
        XCTAssertEqual(encode(HTTPResponse(body: bytes("x")), keepAlive: false, version: .http1_0),
                       "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1\r\nDate: \(date)\r\nConnection: close\r\n\r\nx")
    }

    func testFramingHeadersFromHandlerAreReplaced() {
        let r = HTTPResponse(headers: ["Content-Length": "99", "Connection": "keep-alive", "Date": "x", "Transfer-Encoding": "chunked"], body: bytes("ab"))
        XCTAssertEqual(encode(r, keepAlive: false),
                       "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nDate: \(date)\r\nConnection: close\r\n\r\nab")
    }

    func testHeaderInjectionIsNeutralized() {
        let r = HTTPResponse(status: HTTPStatus(302), headers: ["Location": "/a\r\nSet-Cookie: x=1"])
        XCTAssertEqual(encode(r),
                       "HTTP/1.1 302 Found\r\nLocation: /a  Set-Cookie: x=1\r\nContent-Type: application/json\r\nContent-Length: 0\r\nDate: \(date)\r\n\r\n")
    }

    func testWriteHeadAppends() {
        var out = bytes("prefix")
        HTTPResponseEncoder.writeHead(HTTPResponse(status: HTTPStatus(599, "Custom"), body: bytes("1234567890")), date: date,
                                      keepAlive: true, requestVersion: .http1_1, into: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self),
                       "prefixHTTP/1.1 599 Custom\r\nContent-Type: application/json\r\nContent-Length: 10\r\nDate: \(date)\r\n\r\n")
    }

    func testContinueLine() {
        XCTAssertEqual(HTTPResponseEncoder.continueLine, bytes("HTTP/1.1 100 Continue\r\n\r\n"))
    }

    func testEncodedResponseParsesBack() throws {
        let original = HTTPResponse.error(.notFound, message: "No \"such\" package")
        var parser = HTTPResponseParser()
        parser.append(HTTPResponseEncoder.encode(original, date: date, keepAlive: true, requestVersion: .http1_1, isHEAD: false))
        let parsed = try XCTUnwrap(try parser.next())
        XCTAssertEqual(parsed.status, .notFound)
        XCTAssertEqual(parsed.body, original.body)
        XCTAssertEqual(parsed.headers["Date"], date)
    }
}
