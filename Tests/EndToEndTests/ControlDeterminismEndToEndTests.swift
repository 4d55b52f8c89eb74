import Formats
import HTTP1
import TestSupport
import XCTest

/// `--deterministic`: two runs of the binary answer the same scripted session with the same
/// bytes. Only the HTTP `Date` header is left out of the comparison.
final class ControlDeterminismEndToEndTests: XCTestCase {
    /// Every exchange of the script, as status line, headers (Date stripped) and body.
    func runScript(_ extraArguments: [String] = []) throws -> [(step: String, bytes: String)] {
        let c = try SandboxClient(["--deterministic"] + extraArguments)
        var transcript: [(String, String)] = []
        func record(_ step: String, _ answer: SandboxClient.Answer) {
            var text = "\(answer.response.status.code)\n"
            for (name, value) in answer.response.headers where !name.asciiCaseInsensitiveEquals("Date") { text += "\(name): \(value)\n" }
            text += "\n" + answer.text
            transcript.append((step, text))
        }

        // A session token from the docs' access key.
        let basic = "Basic " + Base64.encode(Array("\(SandboxClient.docsAppID):\(SandboxClient.docsSecret)".utf8))
        let session = try c.call("POST", "/rest/v1/app/session/token", #"{"grant_type": "session"}"#, headers: [("Authorization", basic)])
        record("token", session)
        let token = try XCTUnwrap(session.json["ust"]?.stringValue)
        // A profile update, a Composer key, a user and an access key made through the control API.
        record("profile", try c.call("PUT", "/rest/v1/users/\(SandboxClient.docsUser)", #"{"first_name": "Det", "personal_profile": {"bio": "Same every time."}}"#, token: token))
        record("m2 key", try c.call("POST", "/rest/v1/users/\(SandboxClient.docsUser)/keys", #"{"m2": [{"label": "deterministic"}]}"#, token: token))
        let user = try c.call("POST", "/_sandbox/users", #"{"first_name": "Gen"}"#)
        record("create user", user)
        let mageID = try XCTUnwrap(user.json["mage_id"]?.stringValue)
        record("access key", try c.call("POST", "/_sandbox/users/\(mageID)/access-keys", #"{"name": "second"}"#))
        // Two uploads, the list, one scan decided, the other finished by the clock.
        var body: [UInt8] = []
        for (name, bytes) in [("a.zip", [0x50, 0x4B, 5, 6, 1] as [UInt8]), ("b.pdf", Array("%PDF-1.4 det".utf8))] {
            body += Array("--DB\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\"\(name)\"\r\n\r\n".utf8) + bytes + Array("\r\n".utf8)
        }
        body += Array("--DB--\r\n".utf8)
        let upload = SandboxClient.Answer(response: try c.connection.request(
            "POST", "/rest/v1/files/uploads", headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "multipart/form-data; boundary=DB")], body: body))
        record("upload", upload)
        let ids = (upload.json.arrayValue ?? []).compactMap { $0["file_upload_id"]?.stringValue }
        XCTAssertEqual(ids.count, 2)
        record("list files", try c.call("GET", "/rest/v1/files/uploads?limit=-1", token: token))
        record("scan decided", try c.call("POST", "/_sandbox/files/\(ids[0])/scan", #"{"result": "fail"}"#))
        record("clock advance", try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 90}"#))
        record("scanned file", try c.call("GET", "/rest/v1/files/uploads/\(ids[1])", token: token))
        record("unknown route", try c.call("GET", "/rest/v1/user/\(mageID)", token: token))
        record("journal", try c.call("GET", "/_sandbox/requests?limit=-1"))
        record("users", try c.call("GET", "/_sandbox/users"))
        record("state", try c.call("GET", "/_sandbox/state"))
        return transcript
    }

    func testTwoRunsGiveTheSameBytes() throws {
        let first = try runScript()
        let second = try runScript()
        XCTAssertEqual(first.count, second.count)
        for (a, b) in zip(first, second) {
            XCTAssertEqual(a.bytes, b.bytes, "step '\(a.step)' differs between runs")
        }
        // The clock started at the fixed start and only the advance moved it.
        let clockStep = try XCTUnwrap(first.first { $0.step == "clock advance" })
        XCTAssertTrue(clockStep.bytes.contains(#""now":"2020-01-01 00:01:30""#), clockStep.bytes)
        let journal = try XCTUnwrap(first.first { $0.step == "journal" })
        XCTAssertTrue(journal.bytes.contains(#""duration_ms":0.0"#), journal.bytes)
    }

    func testASeedChangesTheIDsAndNonDeterministicRunsDiffer() throws {
        let seeded = try runScript(["--seed", "42"])
        let zero = try runScript()
        XCTAssertNotEqual(seeded[0].bytes, zero[0].bytes, "another seed, another token")

        let a = try SandboxClient(), b = try SandboxClient()
        XCTAssertNotEqual(try a.token(SandboxClient.docsAppID, SandboxClient.docsSecret),
                          try b.token(SandboxClient.docsAppID, SandboxClient.docsSecret))
    }

    func testTheEnvironmentVariableTurnsItOn() throws {
        let c = try SandboxClient([], environment: ["EQP_SANDBOX_DETERMINISTIC": "true"])
        let config = try c.call("GET", "/_sandbox/config").json
        XCTAssertEqual(config["deterministic"], true)
        XCTAssertEqual(config["clock_mode"], "manual")
        XCTAssertEqual(try c.call("GET", "/_sandbox/clock").json["now"], "2020-01-01 00:00:00")
    }
}
