import Dispatch
import Glibc
@testable import Server
import XCTest

final class LoggerTests: XCTestCase {
    // 2026-11-23 10:31:02 UTC
    let time = 1_795_429_862

    func record(user: String? = "MAG123456789", status: Int? = 200) -> AccessLogRecord {
        AccessLogRecord(time: time, method: "GET", target: "/rest/v1/users/MAG123456789?style=full", status: status,
                        bytes: 2456, durationNanoseconds: 210_000, user: user, peer: "127.0.0.1:51234")
    }

    func testTextAccessLine() {
        XCTAssertEqual(Logger.formatAccess(record(), format: .text),
                       "2026-11-23 10:31:02 GET /rest/v1/users/MAG123456789?style=full 200 2456B 0.21ms user=MAG123456789 peer=127.0.0.1:51234")
        XCTAssertEqual(Logger.formatAccess(record(user: nil, status: nil), format: .text),
                       "2026-11-23 10:31:02 GET /rest/v1/users/MAG123456789?style=full - 2456B 0.21ms user=- peer=127.0.0.1:51234")
    }

    func testJSONAccessLine() {
        XCTAssertEqual(Logger.formatAccess(record(), format: .json),
                       #"{"time":"2026-11-23T10:31:02Z","method":"GET","path":"/rest/v1/users/MAG123456789?style=full","status":200,"bytes":2456,"duration_ms":0.21,"user":"MAG123456789","peer":"127.0.0.1:51234"}"#)
        XCTAssertEqual(Logger.formatAccess(record(user: nil, status: nil), format: .json),
                       #"{"time":"2026-11-23T10:31:02Z","method":"GET","path":"/rest/v1/users/MAG123456789?style=full","status":null,"bytes":2456,"duration_ms":0.21,"user":null,"peer":"127.0.0.1:51234"}"#)
    }

    func testMilliseconds() {
        XCTAssertEqual(Logger.milliseconds(0), "0.00")
        XCTAssertEqual(Logger.milliseconds(4_999), "0.00")
        XCTAssertEqual(Logger.milliseconds(5_000), "0.01")
        XCTAssertEqual(Logger.milliseconds(1_234_567_890), "1234.57")
        XCTAssertEqual(Logger.milliseconds(100_000_000), "100.00")
    }

    func testMessageLines() {
        XCTAssertEqual(Logger.formatMessage(level: .warn, message: "callbacks disabled", fields: [("reason", "no epoll")], time: time, format: .text),
                       #"2026-11-23 10:31:02 WARN callbacks disabled reason="no epoll""#)
        XCTAssertEqual(Logger.formatMessage(level: .info, message: "seed user", fields: [("mage_id", "MAG1"), ("application_id", "AQ")], time: time, format: .json),
                       #"{"time":"2026-11-23T10:31:02Z","level":"info","msg":"seed user","mage_id":"MAG1","application_id":"AQ"}"#)
    }

    func testEscaping() {
        XCTAssertEqual(Logger.quoted("a\"b\\c\nd\u{1}é"), #""a\"b\\c\nd\u0001é""#)
        // A value cannot start a forged second line in text format.
        XCTAssertEqual(Logger.formatMessage(level: .error, message: "bad\nGET / 200", time: time, format: .text),
                       "2026-11-23 10:31:02 ERROR bad\\x0aGET / 200")
    }

    func testLevelsAndAccessSwitch() {
        XCTAssertEqual(LogLevel(name: "WARN"), .warn)
        XCTAssertNil(LogLevel(name: "loud"))
        XCTAssertTrue(Logger(level: .info).logsAccess)
        XCTAssertTrue(Logger(level: .debug).logsAccess)
        XCTAssertFalse(Logger(level: .warn).logsAccess)
        XCTAssertFalse(Logger(level: .info, accessLog: false).logsAccess)
        XCTAssertTrue(Logger(level: .warn).isEnabled(.error))
        XCTAssertFalse(Logger(level: .warn).isEnabled(.info))
    }

    /// Lines written from several threads at once arrive whole, one per write.
    func testConcurrentLinesDoNotInterleave() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let logger = Logger(level: .info, format: .json, fd: fds[1])
        let threads = 8, perThread = 20  // under the 64 KiB pipe buffer: read after writing
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            for i in 0..<perThread {
                logger.access(AccessLogRecord(time: time, method: "GET", target: "/t\(t)/\(i)/" + String(repeating: "x", count: 200),
                                              status: 200, bytes: i, durationNanoseconds: 1, user: nil, peer: "p"))
            }
        }
        close(fds[1])
        var data: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n <= 0 { break }
            data.append(contentsOf: buf[0..<n])
        }
        close(fds[0])
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, threads * perThread)
        for line in lines { XCTAssertTrue(line.hasPrefix("{\"time\"") && line.hasSuffix("\"peer\":\"p\"}"), String(line)) }
    }
}
