import EQP
import Formats
import HTTP1
import XCTest

final class ControlClockAndScanRoutesTests: ControlTestCase {
    let zip: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)

    func testReadSetAndAdvanceTheClock() {
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/clock")), ["now": "2024-01-01 00:00:00", "epoch": 1_704_067_200, "mode": "manual"])
        XCTAssertEqual(assertJSON(control(.PUT, "/_sandbox/clock", #"{"now": "2024-02-29 12:00:00"}"#))["now"], "2024-02-29 12:00:00")
        XCTAssertEqual(assertJSON(control(.PUT, "/_sandbox/clock", #"{"epoch": 1577836800}"#))["now"], "2020-01-01 00:00:00")
        XCTAssertEqual(assertJSON(control(.POST, "/_sandbox/clock/advance", #"{"seconds": 3661}"#))["now"], "2020-01-01 01:01:01")
        XCTAssertEqual(clock.now, 1_577_836_800 + 3661)
        assertError(control(.PUT, "/_sandbox/clock", #"{"now": "yesterday"}"#), status: 400, code: 1033, messageContains: "now must be a UTC timestamp")
        assertError(control(.PUT, "/_sandbox/clock", #"{"now": "2020-01-01 00:00:00", "epoch": 1}"#), status: 400, code: 1033, messageContains: "not both")
        assertError(control(.PUT, "/_sandbox/clock", #"{}"#), status: 400, code: 1034)
        assertError(control(.PUT, "/_sandbox/clock"), status: 400, code: 1031)
        assertError(control(.POST, "/_sandbox/clock/advance", #"{"seconds": -5}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/clock/advance", #"{"seconds": "5"}"#), status: 400, code: 1032)
        assertError(control(.POST, "/_sandbox/clock/advance", #"{"minutes": 5}"#), status: 400, code: 1033, messageContains: "minutes is not a known field")
    }

    func testTokenExpiryAndScansFollowTheClock() throws {
        let token = try token()
        let id = try XCTUnwrap(upload("a.zip", zip))
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/files/uploads/\(id)"))["malware_status"], "in-progress")
        XCTAssertEqual(control(.POST, "/_sandbox/clock/advance", #"{"seconds": 2}"#).status.code, 200)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/files/uploads/\(id)"))["malware_status"], "pass")
        XCTAssertEqual(control(.POST, "/_sandbox/clock/advance", #"{"seconds": 7200}"#).status.code, 200)
        assertError(send(.GET, "/rest/v1/users/\(Self.otherUser)", token: token), status: 401, code: 1004)
    }

    func testDecideAScanNow() throws {
        let id = try XCTUnwrap(upload("a.zip", zip))
        let decided = assertJSON(control(.POST, "/_sandbox/files/\(id)/scan", #"{"result": "fail"}"#))
        XCTAssertEqual(decided["file_upload_id"]?.stringValue, id)
        XCTAssertEqual(decided["malware_status"], "fail")
        XCTAssertNil(decided["file_hash"])
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/files/uploads/\(id)"))["malware_status"], "fail")
        // The docs user registered a callback: the decision queued malware_scan_complete.
        let events = store.drainCallbackEvents()
        XCTAssertEqual(events.map(\.event), ["malware_scan_complete"])
        XCTAssertEqual(events.first?.payload["update_info"]?["tool_result"], "failed")
        XCTAssertEqual(events.first?.payload["update_info"]?["modified_at"], "2024-01-01 00:00:00")
        // Time passing does not undo a decision.
        clock.advance(by: 10)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/files/uploads/\(id)"))["malware_status"], "fail")

        assertError(control(.POST, "/_sandbox/files/\(id)/scan", #"{"result": "pass"}"#), status: 409, code: 1521, messageContains: "'fail'")
        let other = try XCTUnwrap(upload("b.zip", zip + [1]))
        XCTAssertEqual(assertJSON(control(.POST, "/_sandbox/files/\(other)/scan", #"{"result": "pass"}"#))["file_hash"]?.stringValue, MD5.hex(zip + [1]))
        assertError(control(.POST, "/_sandbox/files/nope/scan", #"{"result": "pass"}"#), status: 404, code: 1520)
        assertError(control(.POST, "/_sandbox/files/\(other)/scan", #"{"result": "maybe"}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/files/\(other)/scan"), status: 400, code: 1031)
    }

    func testAFileNamedScanCanStillBeDownloaded() throws {
        let id = try XCTUnwrap(upload("scan", zip, type: "application/octet-stream"))
        let r = send(.GET, "/_sandbox/files/\(id)/scan", token: nil)
        XCTAssertEqual(r.status.code, 200)
        XCTAssertEqual(r.body, zip)
    }
}
