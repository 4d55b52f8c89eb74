import XCTest
@testable import HTTP1

final class ResponseParserTests: XCTestCase {
    /// 100 Continue (skipped), Content-Length, chunked, 204, then a body delimited by close.
    private let stream = "HTTP/1.1 100 Continue\r\n\r\n"
        + "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\nhello"
        + "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nT: 1\r\n\r\n"
        + "HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n"
        + "HTTP/1.0 200 Fine by me\r\nServer: old\r\n\r\nuntil the close"

    private func describe(_ r: HTTPResponse) -> String {
        "\(r.status.code) \(r.status.reason) \(r.headers.map { "\($0.name)=\($0.value)" }) \(escaped(r.body))"
    }

    private func feed(_ pieces: [[UInt8]]) -> [String] {
        var parser = HTTPResponseParser()
        var out: [String] = []
        do {
            for piece in pieces {
                parser.append(piece)
                while let r = try parser.next() { out.append(describe(r)) }
            }
            if let r = try parser.finishAtEOF() { out.append(describe(r)) }
            XCTAssertNil(try parser.finishAtEOF())
        } catch {
            out.append("error \(error)")
        }
        return out
    }

    func testStream() {
        XCTAssertEqual(feed([bytes(stream)]), [
            "200 OK [\"Content-Type=application/json\", \"Content-Length=5\"] hello",
            "201 Created [\"Transfer-Encoding=chunked\"] abcde",
            "204 No Content [\"Date=x\"] ",
            "200 Fine by me [\"Server=old\"] until the close",
        ])
    }

    func testSplitAtEveryPositionAndByteByByte() {
        let input = bytes(stream)
        let whole = feed([input])
        for cut in 0...input.count {
            XCTAssertEqual(feed([Array(input[..<cut]), Array(input[cut...])]), whole, "cut at \(cut)")
        }
        XCTAssertEqual(feed(input.map { [$0] }), whole)
    }

    func testHEADResponseHasNoBody() throws {
        var parser = HTTPResponseParser()
        parser.append(bytes("HTTP/1.1 200 OK\r\nContent-Length: 42\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}"))
        XCTAssertEqual(try parser.next(requestWasHEAD: true)?.body, [])
        XCTAssertEqual(try parser.next()?.status.code, 404)
        XCTAssertFalse(parser.hasPartialResponse)
    }

    func testTruncatedResponseThrowsAtEOF() {
        for input in ["HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab",
                      "HTTP/1.1 200 OK\r\nContent-"] {
            var parser = HTTPResponseParser()
            parser.append(bytes(input))
            XCTAssertNil(try parser.next())
            XCTAssertThrowsError(try parser.finishAtEOF()) { XCTAssertEqual(($0 as? HTTPParseError)?.status.code, 502) }
        }
    }

    func testMalformedResponses() {
        for input in ["HTTP/1.1 2000 OK\r\n\r\n", "HTTP/2 200 OK\r\n\r\n", "ICY 200 OK\r\n\r\n",
                      "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", "HTTP/1.1 200 OK\r\nBad Header\r\n\r\n"] {
            var parser = HTTPResponseParser()
            parser.append(bytes(input))
            XCTAssertThrowsError(try parser.next(), input.debugDescription)
        }
    }

    func testBodyLimit() {
        var parser = HTTPResponseParser(maxBodyBytes: 4)
        parser.append(bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"))
        XCTAssertThrowsError(try parser.next())
        var closeDelimited = HTTPResponseParser(maxBodyBytes: 4)
        closeDelimited.append(bytes("HTTP/1.1 200 OK\r\n\r\nhello"))
        XCTAssertThrowsError(try closeDelimited.next())
    }
}
