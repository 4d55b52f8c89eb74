import Glibc
import HTTP1
import Server
import TestSupport
import XCTest

final class HTTPClientTests: ServerTestCase {
    func send(_ client: HTTPClient, _ request: OutboundRequest, timeout: Double = 5) -> Result<HTTPResponse, HTTPClientError> {
        let done = expectation(description: "completion")
        nonisolated(unsafe) var result: Result<HTTPResponse, HTTPClientError>?
        client.send(request, timeout: timeout) { r in
            result = r
            done.fulfill()
        }
        wait(for: [done], timeout: timeout + 5)
        return result!
    }

    func testPostsAndReadsTheResponse() throws {
        let client = try HTTPClient()
        defer { client.shutdown() }
        let r = send(client, OutboundRequest(url: "http://127.0.0.1:\(port)/echo", headers: ["Content-Type": "application/json"], body: Array("{\"a\":1}".utf8)))
        XCTAssertEqual(try r.get().status.code, 200)
        XCTAssertEqual(try r.get().bodyText, "{\"a\":1}")
    }

    func testRefusedConnectionIsAnError() throws {
        let client = try HTTPClient()
        defer { client.shutdown() }
        // Bind a port and close it again: nothing listens there afterwards.
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(probe, $0, &len) } }
        let freePort = Int(UInt16(bigEndian: addr.sin_port))
        close(probe)
        let r = send(client, OutboundRequest(url: "http://127.0.0.1:\(freePort)/cb"))
        guard case .failure(let e) = r else { return XCTFail("expected a failure") }
        XCTAssertTrue(e.description.contains("refused"), e.description)
    }

    func testHangingReceiverTimesOut() throws {
        // A listener that accepts nothing and answers nothing.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        listen(fd, 8)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        let client = try HTTPClient()
        defer { client.shutdown() }
        let r = send(client, OutboundRequest(url: "http://127.0.0.1:\(Int(UInt16(bigEndian: addr.sin_port)))/cb"), timeout: 0.3)
        guard case .failure(let e) = r else { return XCTFail("expected a timeout") }
        XCTAssertTrue(e.description.contains("timed out"), e.description)
    }

    func testHTTPSAndBadURLsAreExplained() throws {
        let client = try HTTPClient()
        defer { client.shutdown() }
        guard case .failure(let e) = send(client, OutboundRequest(url: "https://developer.example.com/cb")) else { return XCTFail() }
        XCTAssertTrue(e.description.contains("https"), e.description)
        guard case .failure(let f) = send(client, OutboundRequest(url: "ftp://x")) else { return XCTFail() }
        XCTAssertTrue(f.description.contains("not a valid"), f.description)
    }

    func testURLParsing() {
        XCTAssertEqual(HTTPClient.parseURL("http://127.0.0.1:9000/a?b=1")?.port, 9000)
        XCTAssertEqual(HTTPClient.parseURL("http://example.com")?.target, "/")
        XCTAssertEqual(HTTPClient.parseURL("http://[::1]:81/x")?.host, "::1")
        XCTAssertNil(HTTPClient.parseURL("http://host:0/"))
        XCTAssertNil(HTTPClient.parseURL("http://:80/"))
    }
}
