import Foundation
import Glibc
import TestSupport
import XCTest

/// The logs on stderr (README, "Logs"): the start-up banner, one access line per request (the
/// parser's refusals included), text or JSON, and `--log-level warn` silencing access lines.
final class LoggingEndToEndTests: XCTestCase {
    /// An authenticated 200, an unauthenticated 401 and a malformed request (400 from the parser).
    func makeTraffic(_ port: Int) throws {
        let c = try TestConnection(port: port)
        let ok = try c.request("GET", "/rest/v1/users/\(World.mageID)?style=summary",
                               headers: [("Authorization", "Bearer \(World.demoToken)")])
        XCTAssertEqual(ok.status.code, 200)
        let denied = try c.request("GET", "/rest/v1/users/\(World.mageID)")
        XCTAssertEqual(denied.status.code, 401)
        let bad = try TestConnection(port: port)
        try bad.send("NOT A REQUEST LINE\r\n\r\n")
        XCTAssertEqual(try bad.readResponse().status.code, 400)
    }

    func testTextAccessLinesAndStartupBanner() throws {
        let sandbox = try SandboxProcess()
        try makeTraffic(sandbox.port)
        // The 400's line is written right after its answer; wait for it before stopping.
        XCTAssertNotNil(sandbox.stderr.waitForLine { $0.contains(" - - 400 ") })
        XCTAssertEqual(sandbox.stop(), 0)
        let lines = sandbox.readStderr().split(separator: "\n").map(String.init)

        // Banner: base URL, seed, state, clock, the docs' user with its access key, the demo token.
        XCTAssertTrue(lines.contains { $0.contains("INFO eqp-sandbox") && $0.contains("serving http://127.0.0.1:\(sandbox.port)") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("INFO seed data from ") })
        XCTAssertTrue(lines.contains { $0.contains("state is in memory") })
        XCTAssertTrue(lines.contains { $0.contains("INFO clock system") })
        XCTAssertTrue(lines.contains { $0.contains("mage_id=\(World.mageID) application_id=\(World.appID) application_secret=\(World.appSecret)") })
        XCTAssertTrue(lines.contains { $0.contains("demo token mage_id=\(World.mageID) token=\(World.demoToken)") })

        let pattern = #"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GET /rest/v1/users/MAG123456789\?style=summary 200 \d+B \d+\.\d\dms user=MAG123456789 peer=127\.0\.0\.1:\d+$"#
        XCTAssertTrue(lines.contains { $0.range(of: pattern, options: .regularExpression) != nil }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains(" GET /rest/v1/users/MAG123456789 401 ") && $0.contains(" user=- peer=127.0.0.1:") })
        XCTAssertTrue(lines.contains { $0.range(of: #" - - 400 \d+B 0\.00ms user=- peer=127\.0\.0\.1:\d+$"#, options: .regularExpression) != nil })
        XCTAssertTrue(lines.contains { $0.contains("INFO received SIGTERM") })
    }

    func testJSONLines() throws {
        let sandbox = try SandboxProcess(arguments: ["--port", "0", "--log-format", "json"])
        try makeTraffic(sandbox.port)
        XCTAssertNotNil(sandbox.stderr.waitForLine { $0.contains(#""status":400"#) })
        XCTAssertEqual(sandbox.stop(), 0)
        let lines = sandbox.readStderr().split(separator: "\n").map(String.init)
        var objects: [[String: Any]] = []
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            XCTAssertNotNil(object, "not a JSON object: \(line)")
            if let object { objects.append(object) }
        }
        let access = objects.filter { $0["method"] != nil }
        XCTAssertEqual(access.count, 3, "\(lines)")
        let ok = try XCTUnwrap(access.first { $0["status"] as? Int == 200 })
        XCTAssertEqual(ok["method"] as? String, "GET")
        XCTAssertEqual(ok["path"] as? String, "/rest/v1/users/MAG123456789?style=summary")
        XCTAssertEqual(ok["user"] as? String, World.mageID)
        XCTAssertGreaterThan(ok["bytes"] as? Int ?? 0, 100)
        XCTAssertNotNil(ok["duration_ms"] as? Double)
        XCTAssertTrue((ok["peer"] as? String ?? "").hasPrefix("127.0.0.1:"))
        XCTAssertTrue((ok["time"] as? String ?? "").hasSuffix("Z"))
        let denied = try XCTUnwrap(access.first { $0["status"] as? Int == 401 })
        XCTAssertTrue(denied["user"] is NSNull)
        let refused = try XCTUnwrap(access.first { $0["status"] as? Int == 400 })
        XCTAssertEqual(refused["method"] as? String, "-")
        XCTAssertTrue(objects.contains {
            $0["msg"] as? String == "seed user" && $0["mage_id"] as? String == World.mageID && $0["application_id"] as? String == World.appID
                && $0["application_secret"] as? String == World.appSecret && $0["level"] as? String == "info"
        })
    }

    func testWarnLevelPrintsNoAccessLinesAndNoBanner() throws {
        let sandbox = try SandboxProcess(arguments: ["--port", "0"], environment: ["EQP_SANDBOX_LOG_LEVEL": "warn"])
        try makeTraffic(sandbox.port)
        XCTAssertEqual(sandbox.stop(), 0)
        let err = sandbox.readStderr()
        XCTAssertEqual(err, "", err)
    }

    func testAccessLogFalseKeepsTheBanner() throws {
        let sandbox = try SandboxProcess(arguments: ["--port", "0", "--access-log", "false"])
        try makeTraffic(sandbox.port)
        XCTAssertEqual(sandbox.stop(), 0)
        let err = sandbox.readStderr()
        XCTAssertTrue(err.contains(World.appID), err)
        XCTAssertFalse(err.contains("/rest/v1/users/MAG123456789?style"), err)
        XCTAssertFalse(err.contains(" - - 400 "), err)
    }

    func testBadLogOptionsAreUsageErrors() throws {
        let level = try SandboxProcess.run(["--log-level", "loud"])
        XCTAssertEqual(level.status, 2)
        XCTAssertTrue(level.stderr.contains("--log-level expects error, warn, info or debug"), level.stderr)
        let format = try SandboxProcess.run(["--log-format", "xml"], environment: [:])
        XCTAssertEqual(format.status, 2)
        XCTAssertTrue(format.stderr.contains("--log-format expects text or json"), format.stderr)
    }
}
