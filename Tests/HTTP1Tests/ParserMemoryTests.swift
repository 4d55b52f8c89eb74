import XCTest
@testable import HTTP1

/// Between requests a parser holds a small allocation, whatever came before: a server keeps
/// one parser per keep-alive connection, and an idle connection must not keep the buffer a
/// large body or a burst of pipelined requests grew (the load test of issue 6 found 2,000 idle
/// connections holding 66 MiB after one 32 KiB upload each).
final class ParserMemoryTests: XCTestCase {
    /// Feeds `input` in pieces of at most `piece` bytes, as a socket read would, and collects
    /// the requests.
    private func parse(_ parser: inout HTTPRequestParser, _ input: [UInt8], piece: Int) throws -> [HTTPRequest] {
        var requests: [HTTPRequest] = []
        var start = 0
        while start < input.count {
            let end = min(start + piece, input.count)
            parser.append(Array(input[start..<end]))
            while let event = try parser.next() {
                if case .request(let r) = event { requests.append(r) }
            }
            start = end
        }
        return requests
    }

    func testLargeBodyLeavesNoLargeBufferBehind() throws {
        var parser = HTTPRequestParser()
        let body = [UInt8](repeating: 0x61, count: 200_000)
        let request = bytes("POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: 200000\r\n\r\n") + body
        let done = try parse(&parser, request, piece: 64 * 1024)
        XCTAssertEqual(done.count, 1)
        XCTAssertEqual(done.first?.body.count, 200_000)
        XCTAssertFalse(parser.hasPartialRequest)
        XCTAssertLessThanOrEqual(parser.bufferCapacity, InputBuffer.retainedCapacity)
    }

    func testChunkedBodyLeavesNoLargeBufferBehind() throws {
        var parser = HTTPRequestParser()
        var request = bytes("POST /upload HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in 0..<4 { request += bytes("8000\r\n") + [UInt8](repeating: 0x62, count: 0x8000) + bytes("\r\n") }
        request += bytes("0\r\nX-Trailer: t\r\n\r\n")
        let done = try parse(&parser, request, piece: 64 * 1024)
        XCTAssertEqual(done.first?.body.count, 4 * 0x8000)
        XCTAssertLessThanOrEqual(parser.bufferCapacity, InputBuffer.retainedCapacity)
    }

    func testPipelinedBurstLeavesNoLargeBufferBehind() throws {
        var parser = HTTPRequestParser()
        let one = bytes("GET /rest/v1/users/MAG123456789?style=summary HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer x\r\n\r\n")
        let burst = Array(repeating: one, count: 500).flatMap { $0 }
        XCTAssertGreaterThan(burst.count, 40_000)
        let done = try parse(&parser, burst, piece: 64 * 1024)
        XCTAssertEqual(done.count, 500)
        XCTAssertLessThanOrEqual(parser.bufferCapacity, InputBuffer.retainedCapacity)
    }

    func testSmallRequestsStillWorkAfterTheBufferIsGivenBack() throws {
        var parser = HTTPRequestParser()
        let big = bytes("PUT /a HTTP/1.1\r\nHost: h\r\nContent-Length: 70000\r\n\r\n") + [UInt8](repeating: 0x63, count: 70_000)
        // The next request's first bytes arrive in the same read as the end of the body.
        let next = bytes("GET /b HTTP/1.1\r\nHost: h\r\n\r\n")
        let done = try parse(&parser, big + next + next, piece: 1000)
        XCTAssertEqual(done.map(\.head.target), ["/a", "/b", "/b"])
        XCTAssertEqual(done[0].body.count, 70_000)
        XCTAssertLessThanOrEqual(parser.bufferCapacity, InputBuffer.retainedCapacity)
    }
}
