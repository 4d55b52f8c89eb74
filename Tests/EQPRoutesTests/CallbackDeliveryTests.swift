import EQP
import EQPRoutes
import Formats
import Foundation
import Glibc
import HTTP1
import Server
import Synchronization
import XCTest

/// Callback delivery (callbacks.md) to real receivers over sockets: one that answers, one that
/// accepts the connection and never answers, and a port where nothing listens.
final class CallbackDeliveryTests: APITestCase {
    final class Receiver: @unchecked Sendable {
        let received = Mutex<[HTTPRequest]>([])
        let arrived: XCTestExpectation
        let server: HTTPServer

        init(arrived: XCTestExpectation) throws {
            self.arrived = arrived
            let router = Router()
            var config = ServerConfiguration()
            config.port = 0
            config.eventLoops = 1
            server = HTTPServer(configuration: config, responder: router)
            router.post("/callback") { [unowned self] ctx in
                self.received.withLock { $0.append(ctx.request) }
                self.arrived.fulfill()
                return .json(.ok, Array("{}".utf8))
            }
            try server.start()
        }
    }

    /// A listening socket nobody accepts from: connects succeed, answers never come.
    func hangingPort() -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        listen(fd, 8)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return (fd, Int(UInt16(bigEndian: addr.sin_port)))
    }

    /// A port that was free a moment ago: connecting is refused.
    func refusedPort() -> Int {
        let (fd, port) = hangingPort()
        close(fd)
        return port
    }

    func testDeliversWithBasicAuthAndRecordsHangingAndRefusedReceivers() throws {
        let arrived = expectation(description: "callback received")
        let receiver = try Receiver(arrived: arrived)
        defer { receiver.server.shutdown() }
        let hanging = hangingPort()
        defer { close(hanging.fd) }
        let refused = refusedPort()

        let callbacks = """
        {"api_callbacks": [
          {"name": "ok", "url": "http://127.0.0.1:\(receiver.server.port)/callback", "username": "key", "password": "secret"},
          {"name": "hangs", "url": "http://127.0.0.1:\(hanging.port)/callback", "username": "key", "password": "secret"},
          {"name": "refuses", "url": "http://127.0.0.1:\(refused)/callback", "username": "key", "password": "secret"}
        ]}
        """
        XCTAssertEqual(send(.PUT, "/rest/v1/users/MAG123456789", json: callbacks).status.code, 200)

        let body = FileRoutesTests.multipart([.init(filename: "icon.png", type: "image/png", bytes: [0x89, 0x50, 0x4E, 0x47])])
        let upload = send(.POST, "/rest/v1/files/uploads", headers: [("Content-Type", "multipart/form-data; boundary=UNIQUE_BOUNDARY_TOKEN")], body: body)
        XCTAssertEqual(upload.status.code, 200)
        let fileID = try XCTUnwrap(self.body(upload)[0]?["file_upload_id"]?.stringValue ?? self.body(upload).arrayValue?.first?["file_upload_id"]?.stringValue)

        let client = try HTTPClient()
        defer { client.shutdown() }
        let dispatcher = CallbackDispatcher(client: client, store: store, maxAttempts: 2, firstBackoff: 0.05, timeout: 0.5)
        // The scan finishes on the sandbox clock; nothing is sent before it does.
        dispatcher.pump()
        XCTAssertTrue(dispatcher.attempts.isEmpty)
        clock.advance(by: 10)
        dispatcher.pump()

        wait(for: [arrived], timeout: 10)
        let request = try XCTUnwrap(receiver.received.withLock { $0.first })
        XCTAssertEqual(request.headers["Authorization"], "Basic a2V5OnNlY3JldA==", "callbacks.md's example header")
        XCTAssertEqual(request.headers["Content-Type"], "application/json")
        let payload = try JSON.parse(request.body)
        XCTAssertEqual(payload["callback_event"], "malware_scan_complete")
        XCTAssertEqual(payload["update_info"]?["file_upload_id"]?.stringValue, fileID)

        // Two attempts each for the hanging and the refusing receiver, then they give up.
        let deadline = Date().addingTimeInterval(10)
        while dispatcher.attempts.filter({ $0.error != nil && !$0.willRetry }).count < 2 && Date() < deadline {
            RunLoop.current.run(until: Date().addingTimeInterval(0.05))
        }
        let attempts = dispatcher.attempts
        let toHanging = attempts.filter { $0.url.contains(":\(hanging.port)/") }
        let toRefused = attempts.filter { $0.url.contains(":\(refused)/") }
        XCTAssertEqual(toHanging.map(\.attempt), [1, 2])
        XCTAssertEqual(toRefused.map(\.attempt), [1, 2])
        XCTAssertTrue(toHanging.allSatisfy { $0.error?.contains("timed out") == true }, "\(toHanging.map(\.error))")
        XCTAssertTrue(toRefused.allSatisfy { $0.error?.contains("refused") == true }, "\(toRefused.map(\.error))")
        XCTAssertEqual(toRefused.map(\.willRetry), [true, false])
        let toReceiver = attempts.filter { $0.url.contains(":\(receiver.server.port)/") }
        XCTAssertEqual(toReceiver.map(\.status), [200])
        XCTAssertEqual(toReceiver.first?.willRetry, false)
    }
}
