import Formats
import TestSupport
import XCTest

/// Users, access keys and resets over real sockets.
final class ControlUsersEndToEndTests: XCTestCase {
    func testCreateListShowAndAccessKeys() throws {
        let c = try SandboxClient()
        let created = try c.call("POST", "/_sandbox/users", #"{"mage_id": "MAG100000001", "first_name": "Eve"}"#)
        XCTAssertEqual(created.status, 201, created.text)
        XCTAssertEqual(created.json["profile"]?["first_name"], "Eve")
        let key = try XCTUnwrap(created.json["access_keys"]?[0])
        let token = try c.token(key["application_id"]!.stringValue!, key["application_secret"]!.stringValue!)
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/MAG100000001", token: token).json["first_name"], "Eve")

        let generated = try c.call("POST", "/_sandbox/users")
        XCTAssertEqual(generated.status, 201)
        XCTAssertEqual(generated.json["mage_id"]?.stringValue?.count, 12)
        XCTAssertEqual(try c.call("POST", "/_sandbox/users", #"{"mage_id": "MAG100000001"}"#).json["code"], 1510)

        let list = try c.call("GET", "/_sandbox/users")
        XCTAssertEqual(list.response.headers["X-Total-Count"], "4")
        XCTAssertEqual(list.json[0]?["access_keys"]?[0]?["application_secret"]?.stringValue, SandboxClient.docsSecret)
        XCTAssertEqual(try c.call("GET", "/_sandbox/users/MAG100000001").json["live_sessions"], 1)

        let second = try c.call("POST", "/_sandbox/users/MAG100000001/access-keys", #"{"name": "CI"}"#)
        XCTAssertEqual(second.status, 201)
        XCTAssertEqual(try c.call("POST", "/_sandbox/users/MAG100000001/access-keys").status, 201)
        let fourth = try c.call("POST", "/_sandbox/users/MAG100000001/access-keys")
        XCTAssertEqual(fourth.status, 409)
        XCTAssertEqual(fourth.json["code"], 1170)
        XCTAssertEqual(try c.call("GET", "/_sandbox/users/MAG100000001/access-keys").json.arrayValue?.count, 3)

        let oldID = key["application_id"]!.stringValue!
        let regenerated = try c.call("POST", "/_sandbox/users/MAG100000001/access-keys/\(oldID)/regenerate")
        XCTAssertEqual(regenerated.status, 200)
        let newID = try XCTUnwrap(regenerated.json["application_id"]?.stringValue)
        XCTAssertNotEqual(newID, oldID)
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/MAG100000001", token: token).status, 200, "minted tokens outlive a regeneration")
        _ = try c.token(newID, regenerated.json["application_secret"]!.stringValue!)

        XCTAssertEqual(try c.call("DELETE", "/_sandbox/users/MAG100000001/access-keys/\(newID)").status, 204)
        XCTAssertEqual(try c.call("DELETE", "/_sandbox/users/MAG100000001/access-keys/\(newID)").json["code"], 1171)
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/MAG100000001", token: token).status, 200, "and a deletion")
    }

    func testResetEverythingAndResetOneUser() throws {
        let c = try SandboxClient()
        let ann = try c.createUser(#"{"first_name": "Ann"}"#)
        let annToken = try c.token(ann.appID, ann.secret)
        _ = try c.upload([("a.pdf", "application/pdf", Array("%PDF-1.4".utf8))], token: annToken)
        XCTAssertEqual(try c.call("PUT", "/rest/v1/users/\(ann.mageID)", #"{"first_name": "Changed"}"#, token: annToken).status, 200)
        XCTAssertEqual(try c.call("PUT", "/rest/v1/users/\(SandboxClient.docsUser)", #"{"first_name": "Kept"}"#, token: SandboxClient.demoToken).status, 200)

        let userReset = try c.call("POST", "/_sandbox/users/\(ann.mageID)/reset")
        XCTAssertEqual(userReset.status, 200)
        XCTAssertEqual(userReset.json["profile"]?["first_name"], "Ann")
        XCTAssertEqual(userReset.json["file_count"], 0)
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/\(SandboxClient.docsUser)", token: SandboxClient.demoToken).json["first_name"], "Kept")
        XCTAssertEqual(try c.call("POST", "/_sandbox/users/MAG999999999/reset").json["code"], 1105)

        let all = try c.call("POST", "/_sandbox/reset")
        XCTAssertEqual(all.json, ["reset": "all", "users": 2, "files": 12])
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/\(SandboxClient.docsUser)", token: SandboxClient.demoToken).json["first_name"], "John")
        XCTAssertEqual(try c.call("GET", "/_sandbox/users/\(ann.mageID)").status, 404)
    }
}

/// Clock, scans and state over real sockets.
final class ControlClockEndToEndTests: XCTestCase {
    func testManualClockStandsStillUntilMoved() throws {
        let c = try SandboxClient(["--clock", "manual", "--start-time", "2022-03-04 05:06:07"])
        XCTAssertEqual(try c.call("GET", "/_sandbox/clock").json, ["now": "2022-03-04 05:06:07", "epoch": 1_646_370_367, "mode": "manual"])
        let token = try c.token(SandboxClient.docsAppID, SandboxClient.docsSecret)
        XCTAssertEqual(try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 7199}"#).json["now"], "2022-03-04 07:06:06")
        XCTAssertEqual(try c.call("GET", "/rest/v1/users/\(SandboxClient.docsUser)", token: token).status, 200)
        XCTAssertEqual(try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 1}"#).status, 200)
        let expired = try c.call("GET", "/rest/v1/users/\(SandboxClient.docsUser)", token: token)
        XCTAssertEqual(expired.json["code"], 1004, expired.text)
        XCTAssertEqual(try c.call("PUT", "/_sandbox/clock", #"{"now": "2030-01-01 00:00:00"}"#).json["epoch"], 1_893_456_000)
        XCTAssertEqual(try c.call("PUT", "/_sandbox/clock", #"{"epoch": 0}"#).json["now"], "1970-01-01 00:00:00")
        XCTAssertEqual(try c.call("PUT", "/_sandbox/clock", #"{"now": "later"}"#).status, 400)
    }

    func testSystemClockStartsAtTheStartTimeAndRuns() throws {
        let c = try SandboxClient(["--start-time", "2019-12-31 23:59:00"])
        let clock = try c.call("GET", "/_sandbox/clock").json
        XCTAssertEqual(clock["mode"], "system")
        let epoch = try XCTUnwrap(clock["epoch"]?.intValue)
        XCTAssertTrue((1_577_836_740...1_577_836_800).contains(epoch), "\(epoch)")
    }

    func testDecideAScanAndFinishOneByTime() throws {
        let c = try SandboxClient(["--clock", "manual", "--scan-delay", "30"])
        let ids = try c.upload([("a.zip", "application/zip", [0x50, 0x4B, 5, 6, 1]), ("b.zip", "application/zip", [0x50, 0x4B, 5, 6, 2])],
                               token: SandboxClient.demoToken)
        XCTAssertEqual(ids.count, 2)
        let decided = try c.call("POST", "/_sandbox/files/\(ids[0])/scan", #"{"result": "fail"}"#)
        XCTAssertEqual(decided.status, 200, decided.text)
        XCTAssertEqual(decided.json["malware_status"], "fail")
        XCTAssertEqual(try c.call("POST", "/_sandbox/files/\(ids[0])/scan", #"{"result": "pass"}"#).json["code"], 1521)
        XCTAssertEqual(try c.call("GET", "/rest/v1/files/uploads/\(ids[1])", token: SandboxClient.demoToken).json["malware_status"], "in-progress")
        XCTAssertEqual(try c.call("POST", "/_sandbox/clock/advance", #"{"seconds": 30}"#).status, 200)
        XCTAssertEqual(try c.call("GET", "/rest/v1/files/uploads/\(ids[1])", token: SandboxClient.demoToken).json["malware_status"], "pass")
        XCTAssertEqual(try c.call("POST", "/_sandbox/files/nope/scan", #"{"result": "pass"}"#).json["code"], 1520)
    }
}

/// State export and import, and an export becoming a seed folder.
final class ControlStateEndToEndTests: XCTestCase {
    func testExportImportAndExportAsSeed() throws {
        let c = try SandboxClient(["--clock", "manual"])
        let ann = try c.createUser(#"{"mage_id": "MAG200000002", "first_name": "Ann"}"#)
        _ = try c.upload([("notes.pdf", "application/pdf", Array("%PDF-1.4 notes".utf8))], token: try c.token(ann.appID, ann.secret))
        let exported = try c.call("GET", "/_sandbox/state")
        XCTAssertEqual(exported.status, 200)
        XCTAssertEqual(exported.json["users"]?.arrayValue?.count, 3)

        XCTAssertEqual(try c.call("POST", "/_sandbox/reset").status, 200)
        XCTAssertEqual(try c.call("GET", "/_sandbox/users/MAG200000002").status, 404)
        let imported = try c.call("PUT", "/_sandbox/state", exported.text)
        XCTAssertEqual(imported.json, ["users": 3, "files": 13, "metrics": 0, "packages": 1])
        XCTAssertEqual(try c.call("GET", "/_sandbox/users/MAG200000002").json["origin"], "imported")
        let bad = try c.call("PUT", "/_sandbox/state", #"{"users": [{"profile": {"mage_id": 5}}]}"#)
        XCTAssertEqual(bad.status, 400)
        XCTAssertEqual(bad.json["code"], 1540)
        XCTAssertTrue(bad.json["message"]?.stringValue?.contains("users[0].profile.mage_id") ?? false, bad.text)

        // Saved into a folder, the export is a seed another sandbox starts from.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eqp-state-\(getpid())-\(c.port)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(exported.response.body).write(to: folder.appendingPathComponent("state.json"))
        let second = try SandboxClient(["--seed-data", folder.path])
        let annAgain = try second.token(ann.appID, ann.secret)
        XCTAssertEqual(try second.call("GET", "/rest/v1/files/uploads", token: annAgain).response.headers["X-Total-Count"], "1")
        XCTAssertEqual(try second.call("GET", "/_sandbox/users/MAG200000002").json["origin"], "seed")
    }
}
