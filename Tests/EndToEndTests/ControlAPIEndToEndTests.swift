import Formats
import Foundation
import Glibc
import HTTP1
import TestSupport
import XCTest

/// A running sandbox binary and a keep-alive connection to it, with JSON helpers.
final class SandboxClient {
    let sandbox: SandboxProcess
    private(set) var connection: TestConnection
    var port: Int { sandbox.port }

    init(_ arguments: [String] = [], environment: [String: String] = [:]) throws {
        sandbox = try SandboxProcess(arguments: ["--port", "0"] + arguments, environment: environment)
        connection = try TestConnection(port: sandbox.port)
    }

    deinit { sandbox.stop() }

    struct Answer {
        var response: HTTPResponse
        var status: Int { response.status.code }
        var json: JSON { (try? JSON.parse(response.body)) ?? .null }
        var text: String { response.bodyText }
    }

    /// One request on the shared connection (a fresh one if the server closed it).
    @discardableResult
    func call(_ method: String, _ path: String, _ json: String? = nil, token: String? = nil,
              headers: [(String, String)] = []) throws -> Answer {
        var h = headers
        if let token { h.append(("Authorization", "Bearer \(token)")) }
        if json != nil { h.append(("Content-Type", "application/json")) }
        do {
            return Answer(response: try connection.request(method, path, headers: h, body: Array((json ?? "").utf8)))
        } catch {
            connection = try TestConnection(port: sandbox.port)
            return Answer(response: try connection.request(method, path, headers: h, body: Array((json ?? "").utf8)))
        }
    }

    /// A new user through the control API: mage_id, app_id, secret.
    func createUser(_ json: String? = nil) throws -> (mageID: String, appID: String, secret: String) {
        let user = try call("POST", "/_sandbox/users", json)
        XCTAssertEqual(user.status, 201, user.text)
        let key = try XCTUnwrap(user.json["access_keys"]?[0])
        return (try XCTUnwrap(user.json["mage_id"]?.stringValue), try XCTUnwrap(key["application_id"]?.stringValue),
                try XCTUnwrap(key["application_secret"]?.stringValue))
    }

    /// A session token for an access key.
    func token(_ appID: String, _ secret: String) throws -> String {
        let basic = "Basic " + Base64.encode(Array("\(appID):\(secret)".utf8))
        let r = try call("POST", "/rest/v1/app/session/token", #"{"grant_type":"session"}"#, headers: [("Authorization", basic)])
        XCTAssertEqual(r.status, 200, r.text)
        return try XCTUnwrap(r.json["ust"]?.stringValue)
    }

    /// One file upload as multipart/form-data; the new file_upload_ids.
    func upload(_ files: [(name: String, type: String, bytes: [UInt8])], token: String) throws -> [String] {
        var body: [UInt8] = []
        for f in files {
            body += Array("--XB\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\"\(f.name)\"\r\nContent-Type: \(f.type)\r\n\r\n".utf8)
            body += f.bytes + Array("\r\n".utf8)
        }
        body += Array("--XB--\r\n".utf8)
        let r = Answer(response: try connection.request("POST", "/rest/v1/files/uploads",
                                                        headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "multipart/form-data; boundary=XB")],
                                                        body: body))
        XCTAssertEqual(r.status, 200, r.text)
        return (r.json.arrayValue ?? []).compactMap { $0["file_upload_id"]?.stringValue }
    }

    static let docsAppID = "AQ17NZ49WC"
    static let docsSecret = "8820c99614d65f923df7660276f20e029d73e2ca"
    static let docsUser = "MAG123456789"
    static let demoToken = "baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7"
}

/// Waits for something that happens off the request path (a callback delivery), checking
/// every 20 ms until `seconds` pass: no fixed sleep, no luck.
func eventually(within seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(20_000)
    }
    return try condition()
}

/// Health, readiness, version and configuration over real sockets.
final class ControlHealthEndToEndTests: XCTestCase {
    func testHealthReadyVersionAndConfig() throws {
        let c = try SandboxClient(["--scan-delay", "5", "--session-max-lifetime", "60", "--no-demo-token", "--clock", "manual",
                                   "--start-time", "2021-06-01 10:00:00", "--journal-size", "10"])
        XCTAssertEqual(try c.call("GET", "/_sandbox/health").text, #"{"status":"ok"}"#)
        let head = try c.connection.request("HEAD", "/_sandbox/health")
        XCTAssertEqual(head.status.code, 200)
        XCTAssertTrue(head.body.isEmpty)
        XCTAssertEqual(try c.call("GET", "/_sandbox/ready").json, ["status": "ready", "users": 2, "files": 12])
        XCTAssertEqual(try c.connection.request("HEAD", "/_sandbox/ready").status.code, 200)
        let version = try c.call("GET", "/_sandbox/version").json
        XCTAssertEqual(version["name"], "eqp-sandbox")
        XCTAssertNotNil(version["version"]?.stringValue)
        let config = try c.call("GET", "/_sandbox/config").json
        XCTAssertEqual(config["port"]?.intValue, c.port, "the bound port, not 0")
        XCTAssertEqual(config["scan_delay_seconds"], 5)
        XCTAssertEqual(config["session_max_lifetime_seconds"], 60)
        XCTAssertEqual(config["demo_token"], false)
        XCTAssertEqual(config["clock_mode"], "manual")
        XCTAssertEqual(config["start_time"], "2021-06-01 10:00:00")
        XCTAssertEqual(config["deterministic"], false)
        XCTAssertEqual(config["journal_capacity"], 10)
        XCTAssertEqual(config["control_token_configured"], false)
        XCTAssertEqual(config["limits"]?["max_body_bytes"], 67_108_864)
        XCTAssertEqual(config["timeouts"]?["idle_seconds"], 30.0)
        XCTAssertNotNil(config["seed_data"]?.stringValue)
        // The health route moved into the control API; the container healthcheck still works.
        let probe = try SandboxProcess.run(["healthcheck", "--port", String(c.port)])
        XCTAssertEqual(probe.status, 0, probe.stderr)
    }

    func testNewFlagsAreValidated() throws {
        for (args, expected) in [(["--clock", "sundial"], "--clock expects system or manual"),
                                 (["--start-time", "soon"], "--start-time expects"),
                                 (["--seed", "-1"], "--seed expects"),
                                 (["--journal-size", "0"], "--journal-size expects")] {
            let r = try SandboxProcess.run(args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.stderr.contains(expected), r.stderr)
        }
        let help = try SandboxProcess.run(["--help"])
        for flag in ["--clock", "--start-time", "--deterministic", "--seed N", "--control-token", "EQP_SANDBOX_DETERMINISTIC", "--journal-size"] {
            XCTAssertTrue(help.stdout.contains(flag), flag)
        }
    }
}

/// `--control-token` and `EQP_SANDBOX_CONTROL_TOKEN`.
final class ControlTokenEndToEndTests: XCTestCase {
    func testTheTokenProtectsTheControlAPI() throws {
        let c = try SandboxClient(["--control-token", "let-me-in"])
        XCTAssertEqual(try c.call("GET", "/_sandbox/health").status, 200)
        XCTAssertEqual(try c.call("GET", "/_sandbox/ready").status, 200)
        let refused = try c.call("POST", "/_sandbox/reset")
        XCTAssertEqual(refused.status, 401)
        XCTAssertEqual(refused.json["code"], 1501)
        XCTAssertEqual(try c.call("POST", "/_sandbox/reset", headers: [("Authorization", "Bearer nope")]).json["code"], 1502)
        XCTAssertEqual(try c.call("POST", "/_sandbox/reset", headers: [("Authorization", "Bearer let-me-in")]).status, 200)
        XCTAssertEqual(try c.call("GET", "/_sandbox/clock", headers: [("X-Sandbox-Token", "let-me-in")]).status, 200)
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/\(SandboxClient.docsUser)", token: SandboxClient.demoToken).status, 200)

        let viaEnv = try SandboxClient([], environment: ["EQP_SANDBOX_CONTROL_TOKEN": "from-env"])
        XCTAssertEqual(try viaEnv.call("GET", "/_sandbox/users").status, 401)
        XCTAssertEqual(try viaEnv.call("GET", "/_sandbox/users", headers: [("X-Sandbox-Token", "from-env")]).status, 200)
        XCTAssertEqual(try viaEnv.call("GET", "/_sandbox/config", headers: [("X-Sandbox-Token", "from-env")]).json["control_token_configured"], true)
    }
}

extension JSON {
    /// Array element lookup for assertions; nil when out of range or not an array.
    subscript(index: Int) -> JSON? {
        guard let a = arrayValue, a.indices.contains(index) else { return nil }
        return a[index]
    }
}
