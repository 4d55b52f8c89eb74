import XCTest
@testable import HTTP1

/// Each sample parsed whole, split in two at every position, and a byte at a time must give
/// the same events.
final class RequestParserSplitTests: XCTestCase {
    static let samples: [(name: String, input: String, requests: Int)] = [
        ("GET with query",
         "GET /rest/v1/users/acme%2Fone/packages?limit=10&q=a+b%21 HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n", 1),
        ("POST with Content-Length",
         "POST /rest/v1/files HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"a\":\"bcd\"}", 1),
        ("chunked with extension and trailer",
         "POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;name=\"v\"\r\nhello\r\n6\r\n world\r\nA \r\n0123456789\r\n0\r\nX-Checksum: abc\r\n\r\n", 1),
        ("HTTP/1.0", "GET /legacy HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 1),
        ("Expect: 100-continue",
         "PUT /big HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nabcd", 1),
        ("pipelined trio, bare LF, leading blank lines",
         "\r\n\nGET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\nHost: x\nContent-Length: 3\n\nxyz"
            + "DELETE /c?x=1 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\nz\r\n0\r\n\r\n", 3),
    ]

    func testSamplesParseWhole() {
        for sample in Self.samples {
            let events = feed([bytes(sample.input)])
            XCTAssertEqual(events.count, 2 * sample.requests + 1, sample.name + ": \(events)")
            XCTAssertEqual(events.last, "partial=false body=false buffered=0", sample.name)
            XCTAssertFalse(events.contains { $0.hasPrefix("error") }, sample.name)
        }
    }

    func testSplitAtEveryPosition() {
        for sample in Self.samples {
            let input = bytes(sample.input)
            let whole = feed([input])
            for cut in 0...input.count {
                XCTAssertEqual(feed([Array(input[..<cut]), Array(input[cut...])]), whole, "\(sample.name), cut at \(cut)")
            }
        }
    }

    func testOneByteAtATime() {
        for sample in Self.samples {
            let input = bytes(sample.input)
            XCTAssertEqual(feed(input.map { [$0] }), feed([input]), sample.name)
        }
    }

    func testSampleContents() {
        let get = requests(Self.samples[0].input)[0]
        XCTAssertEqual(get.method, .GET)
        XCTAssertEqual(get.head.target, "/rest/v1/users/acme%2Fone/packages?limit=10&q=a+b%21")
        XCTAssertEqual(get.path, "/rest/v1/users/acme/one/packages")
        XCTAssertEqual(get.pathSegments, ["rest", "v1", "users", "acme/one", "packages"])
        XCTAssertEqual(get.queryValue("limit"), "10")
        XCTAssertEqual(get.queryValue("q"), "a b!")
        XCTAssertEqual(get.headers["host"], "localhost")
        XCTAssertTrue(get.head.keepAlive)

        let post = requests(Self.samples[1].input)[0]
        XCTAssertEqual(post.body, bytes("{\"a\":\"bcd\"}"))
        XCTAssertEqual(post.headers["Content-Type"], "application/json")

        let chunked = requests(Self.samples[2].input)[0]
        XCTAssertEqual(String(decoding: chunked.body, as: UTF8.self), "hello world0123456789")
        XCTAssertNil(chunked.headers["X-Checksum"], "trailers are discarded")

        let old = requests(Self.samples[3].input)[0]
        XCTAssertEqual(old.head.version, .http1_0)
        XCTAssertTrue(old.head.keepAlive)

        let expect = requests(Self.samples[4].input)[0]
        XCTAssertTrue(expect.head.expectsContinue)
        XCTAssertEqual(expect.body, bytes("abcd"))

        let trio = requests(Self.samples[5].input)
        XCTAssertEqual(trio.map(\.method), [.GET, .POST, .DELETE])
        XCTAssertEqual(trio.map(\.path), ["/a", "/b", "/c"])
        XCTAssertEqual(trio.map(\.body), [[], bytes("xyz"), bytes("z")])
        XCTAssertEqual(trio.map(\.head.keepAlive), [true, true, false])
    }
}
