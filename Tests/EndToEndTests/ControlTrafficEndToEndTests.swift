import Formats
import Foundation
import Glibc
import HTTP1
import TestSupport
import XCTest

/// The journal, callback deliveries and faults over real sockets.
final class ControlJournalEndToEndTests: XCTestCase {
    func testJournalFiltersSuggestionsAndClear() throws {
        let c = try SandboxClient()
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/\(SandboxClient.docsUser)?style=summary", token: SandboxClient.demoToken).status, 200)
        let missing = try c.call("PUT", "/rest/v1/user/\(SandboxClient.docsUser)", "{}", token: SandboxClient.demoToken)
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.json["message"], "No route for PUT /rest/v1/user/MAG123456789; did you mean PUT /rest/v1/users/:mage_id?")
        XCTAssertEqual(try c.call("GET", "/rest/v1/files/uploads/nope", token: SandboxClient.demoToken).status, 404)

        let all = try c.call("GET", "/_sandbox/requests")
        XCTAssertEqual(all.response.headers["X-Total-Count"], "3")
        let newest = try XCTUnwrap(all.json[0])
        XCTAssertEqual(newest["method"], "GET")
        XCTAssertEqual(newest["path"], "/rest/v1/files/uploads/nope")
        XCTAssertEqual(newest["route"], "/rest/v1/files/uploads/:file_upload_id")
        XCTAssertEqual(newest["status"], 404)
        XCTAssertEqual(newest["mage_id"]?.stringValue, SandboxClient.docsUser)
        XCTAssertEqual(newest["error"], "No file 'nope' among your uploads")
        XCTAssertNotNil(newest["duration_ms"]?.doubleValue)
        XCTAssertEqual(all.json[2]?["path"]?.stringValue, "/rest/v1/users/\(SandboxClient.docsUser)?style=summary")

        XCTAssertEqual(try c.call("GET", "/_sandbox/requests?status=4xx&method=PUT").json.arrayValue?.count, 1)
        XCTAssertEqual(try c.call("GET", "/_sandbox/requests?path=/rest/v1/files/*").json.arrayValue?.count, 1)
        XCTAssertEqual(try c.call("GET", "/_sandbox/requests?mage_id=\(SandboxClient.docsUser)&limit=2").json.arrayValue?.count, 2)
        XCTAssertEqual(try c.call("DELETE", "/_sandbox/requests").status, 204)
        XCTAssertEqual(try c.call("GET", "/_sandbox/requests").json, [])
    }
}

/// A one-request HTTP receiver for callback deliveries: answers 200 and keeps what it got.
final class CallbackReceiver {
    let port: Int
    private let fd: Int32
    private let lock = NSLock()
    private var received: [String] = []

    init() throws {
        let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var one: Int32 = 1
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr)
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(sock, 8) == 0 else { throw TestError("receiver bind/listen failed") }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(sock, $0, &len) } }
        fd = sock
        port = Int(UInt16(bigEndian: addr.sin_port))
        let thread = Thread { [fd, weak self] in
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 { return }
                var data: [UInt8] = []
                var buf = [UInt8](repeating: 0, count: 65536)
                while true {
                    let n = buf.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
                    if n <= 0 { break }
                    data += buf[0..<n]
                    let text = String(decoding: data, as: UTF8.self)
                    if let end = text.range(of: "\r\n\r\n"),
                       let lengthLine = text[..<end.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                       let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)),
                       text.utf8.count - text[..<end.upperBound].utf8.count >= length { break }
                }
                let reply = Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8)
                _ = reply.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                close(client)
                self?.append(String(decoding: data, as: UTF8.self))
            }
        }
        thread.start()
    }

    private func append(_ s: String) { lock.lock(); received.append(s); lock.unlock() }
    var requests: [String] { lock.lock(); defer { lock.unlock() }; return received }

    deinit {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }
}

final class ControlCallbacksEndToEndTests: XCTestCase {
    func testDeliveriesAreListedAndCleared() throws {
        let receiver = try CallbackReceiver()
        let c = try SandboxClient(["--clock", "manual"])
        let user = try c.createUser(#"{"first_name": "Hook", "api_callbacks": [{"name": "ci", "url": "http://127.0.0.1:\#(receiver.port)/cb", "username": "u", "password": "p"}]}"#)
        let token = try c.token(user.appID, user.secret)
        let ids = try c.upload([("a.pdf", "application/pdf", Array("%PDF-1.4".utf8))], token: token)
        XCTAssertEqual(try c.call("POST", "/_sandbox/files/\(ids[0])/scan", #"{"result": "pass"}"#).status, 200)

        XCTAssertTrue(try eventually { (try c.call("GET", "/_sandbox/callbacks").json.arrayValue?.count ?? 0) >= 1 }, "no delivery recorded")
        let attempts = try c.call("GET", "/_sandbox/callbacks?mage_id=\(user.mageID)")
        let attempt = try XCTUnwrap(attempts.json[0])
        XCTAssertEqual(attempt["status"], 200)
        XCTAssertEqual(attempt["error"], .null)
        XCTAssertEqual(attempt["callback_event"], "malware_scan_complete")
        XCTAssertEqual(attempt["url"]?.stringValue, "http://127.0.0.1:\(receiver.port)/cb")
        XCTAssertEqual(attempt["payload"]?["update_info"]?["file_upload_id"]?.stringValue, ids[0])
        XCTAssertEqual(attempt["payload"]?["update_info"]?["tool_result"], "passed")
        XCTAssertTrue(receiver.requests.first?.contains("Authorization: Basic dTpw") ?? false, receiver.requests.first ?? "nothing received")
        XCTAssertEqual(try c.call("GET", "/_sandbox/callbacks?event=other").json, [])

        XCTAssertEqual(try c.call("DELETE", "/_sandbox/callbacks").status, 204)
        XCTAssertEqual(try c.call("GET", "/_sandbox/callbacks").json, [])
    }
}

final class ControlFaultsEndToEndTests: XCTestCase {
    func testErrorStatusWithACountLetsARetrySucceed() throws {
        let c = try SandboxClient()
        let fault = try c.call("POST", "/_sandbox/faults", #"{"method": "GET", "path": "/rest/v1/users/*", "status": 503, "count": 2}"#)
        XCTAssertEqual(fault.status, 201, fault.text)
        var statuses: [Int] = []
        for _ in 0..<3 { statuses.append(try c.call("GET", "/rest/v1/users/\(SandboxClient.docsUser)", token: SandboxClient.demoToken).status) }
        XCTAssertEqual(statuses, [503, 503, 200])
        XCTAssertEqual(try c.call("GET", "/_sandbox/faults").json[0]?["applied"], 2)
        XCTAssertEqual(try c.call("GET", "/_sandbox/health").status, 200)
        XCTAssertEqual(try c.call("DELETE", "/_sandbox/faults/1").status, 204)
        XCTAssertEqual(try c.call("DELETE", "/_sandbox/faults/1").json["code"], 1530)
        XCTAssertEqual(try c.call("POST", "/_sandbox/faults", #"{"path": "/x", "status": 500}"#).status, 201)
        XCTAssertEqual(try c.call("DELETE", "/_sandbox/faults").status, 204)
        XCTAssertEqual(try c.call("GET", "/_sandbox/faults").json, [])
    }

    func testLatencyHoldsOneAnswerWhileTheLoopServesOthers() throws {
        // One event loop: the held connection and the other one share it.
        let c = try SandboxClient(["--event-loops", "1"])
        XCTAssertEqual(try c.call("POST", "/_sandbox/faults", #"{"path": "/rest/v1/apps", "latency_ms": 800}"#).status, 201)
        let slow = try TestConnection(port: c.port)
        let started = Date()
        try slow.send("GET /rest/v1/apps HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(SandboxClient.demoToken)\r\n\r\n")
        let other = try TestConnection(port: c.port)
        XCTAssertEqual(try other.request("GET", "/_sandbox/health").status.code, 200)
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.6, "the other connection was not held up")
        let answer = try slow.readResponse()
        XCTAssertEqual(answer.status.code, 200)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.8)
        XCTAssertNil(answer.headers["X-Sandbox-Internal-Delay-Ms"], "directives never reach the client")
        // Pipelined requests behind a held answer keep their order.
        try slow.send("GET /rest/v1/apps HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(SandboxClient.demoToken)\r\n\r\nGET /_sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try slow.readResponse().headers["X-Total-Count"], "1")
        XCTAssertEqual(try slow.readResponse().bodyText, #"{"status":"ok"}"#)
        // An answer pipelined ahead of a held one is not held with it.
        let ahead = Date()
        try slow.send("GET /_sandbox/health HTTP/1.1\r\nHost: x\r\n\r\nGET /rest/v1/apps HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(SandboxClient.demoToken)\r\n\r\n")
        XCTAssertEqual(try slow.readResponse().status.code, 200)
        XCTAssertLessThan(Date().timeIntervalSince(ahead), 0.6)
        XCTAssertEqual(try slow.readResponse().status.code, 200)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(ahead), 0.8)
    }

    func testDropAfterLatency() throws {
        let c = try SandboxClient()
        XCTAssertEqual(try c.call("POST", "/_sandbox/faults", #"{"path": "/rest/v1/apps", "latency_ms": 200, "drop": true}"#).status, 201)
        let conn = try TestConnection(port: c.port)
        let started = Date()
        try conn.send("GET /rest/v1/apps HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(SandboxClient.demoToken)\r\n\r\n")
        XCTAssertEqual(try conn.readToEnd(), [])
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.2)
    }

    func testDropClosesTheConnectionWithoutAnAnswer() throws {
        let c = try SandboxClient()
        XCTAssertEqual(try c.call("POST", "/_sandbox/faults", #"{"method": "PUT", "path": "/rest/v1/users/*", "drop": true, "count": 1}"#).status, 201)
        let conn = try TestConnection(port: c.port)
        let body = Array(#"{"first_name": "Lost"}"#.utf8)
        try conn.send(Array("PUT /rest/v1/users/\(SandboxClient.docsUser) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(SandboxClient.demoToken)\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
        XCTAssertEqual(try conn.readToEnd(), [], "closed with no bytes")
        // The retry goes through; the dropped request was never processed.
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/\(SandboxClient.docsUser)", token: SandboxClient.demoToken).json["first_name"], "John")
        XCTAssertEqual(try c.call("PUT", "/rest/v1/users/\(SandboxClient.docsUser)", #"{"first_name": "Retried"}"#, token: SandboxClient.demoToken).status, 200)
        let journal = try c.call("GET", "/_sandbox/requests?method=PUT").json
        XCTAssertEqual(journal.arrayValue?.map { $0["status"] }, [200, .null])
        XCTAssertEqual(journal[1]?["fault_id"], 1)
    }
}
