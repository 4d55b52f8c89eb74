import EQP
@testable import EQPRoutes
import Formats
import HTTP1
import Server
import XCTest

final class ControlFaultRoutesTests: ControlTestCase {
    func testStatusFaultWithACountThenNormalService() throws {
        let fault = assertJSON(control(.POST, "/_sandbox/faults", #"{"method": "GET", "path": "/rest/v1/users/*", "status": 503, "count": 2, "headers": {"Retry-After": "1"}}"#), status: 201)
        XCTAssertEqual(fault.keys, ["id", "method", "path", "status", "latency_ms", "drop", "process", "count", "remaining", "probability", "message", "headers", "applied"])
        XCTAssertEqual(fault["id"], 1)
        for _ in 0..<2 {
            let r = send(.GET, "/rest/v1/users/\(Self.docsUser)")
            assertError(r, status: 503, code: 503, messageContains: "fault 1 injected by the sandbox")
            XCTAssertEqual(r.headers["Retry-After"], "1")
        }
        XCTAssertEqual(send(.GET, "/rest/v1/users/\(Self.docsUser)").status.code, 200)
        XCTAssertEqual(send(.PUT, "/rest/v1/users/\(Self.docsUser)", json: #"{"first_name": "J"}"#).status.code, 200, "other methods pass")
        let listed = try XCTUnwrap(assertJSON(control(.GET, "/_sandbox/faults")).arrayValue?.first)
        XCTAssertEqual(listed["remaining"], 0)
        XCTAssertEqual(listed["applied"], 2)
        let journal = try XCTUnwrap(assertJSON(control(.GET, "/_sandbox/requests?status=503")).arrayValue)
        XCTAssertEqual(journal.map { $0["fault_id"] }, [1, 1])
    }

    func testLatencyAndDropBecomeConnectionDirectives() throws {
        XCTAssertEqual(control(.POST, "/_sandbox/faults", #"{"path": "/rest/v1/apps", "latency_ms": 250}"#).status.code, 201)
        let slow = send(.GET, "/rest/v1/apps")
        XCTAssertEqual(slow.status.code, 200, "the real answer, held back")
        XCTAssertEqual(slow.headers[ConnectionDirective.delayHeader], "250")
        XCTAssertEqual(control(.DELETE, "/_sandbox/faults").status.code, 204)

        XCTAssertEqual(control(.POST, "/_sandbox/faults", #"{"method": "PUT", "path": "/rest/v1/users/*", "drop": true}"#).status.code, 201)
        let dropped = send(.PUT, "/rest/v1/users/\(Self.docsUser)", json: #"{"first_name": "Dropped"}"#)
        XCTAssertNotNil(dropped.headers[ConnectionDirective.dropHeader])
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/\(Self.docsUser)"))["first_name"], "John", "not processed")
        let entry = assertJSON(control(.GET, "/_sandbox/requests?method=PUT")).arrayValue?.first
        XCTAssertEqual(entry?["status"], .null, "no answer was sent")
        XCTAssertEqual(entry?["fault_id"], 2)
    }

    func testProcessRunsTheRequestBeforeTheFaultReplacesItsAnswer() {
        XCTAssertEqual(control(.POST, "/_sandbox/faults", #"{"method": "PUT", "path": "/rest/v1/users/*", "status": 502, "process": true, "count": 1}"#).status.code, 201)
        assertError(send(.PUT, "/rest/v1/users/\(Self.docsUser)", json: #"{"first_name": "Processed"}"#), status: 502, code: 502)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/\(Self.docsUser)"))["first_name"], "Processed")
    }

    func testProbabilityIsRepeatableWithASeed() {
        func pattern(seed: UInt64) -> [Bool] {
            let injector = FaultInjector(seed: seed)
            _ = try? injector.add(#"{"path": "*", "status": 500, "probability": 0.5}"#.json)
            return (0..<40).map { _ in injector.decide(method: .GET, path: "/rest/v1/apps") != nil }
        }
        XCTAssertEqual(pattern(seed: 3), pattern(seed: 3))
        XCTAssertNotEqual(pattern(seed: 3), pattern(seed: 4))
        let hits = pattern(seed: 3).filter { $0 }.count
        XCTAssertTrue((8...32).contains(hits), "\(hits)")
    }

    func testControlPathsAreNeverFaulted() {
        XCTAssertEqual(control(.POST, "/_sandbox/faults", #"{"path": "*", "status": 500}"#).status.code, 201)
        XCTAssertEqual(control(.GET, "/_sandbox/faults").status.code, 200)
        XCTAssertEqual(send(.GET, "/_sandbox/files/5c129cd41ba478.65767699.1/icon.png", token: nil).status.code, 200)
        assertError(send(.GET, "/rest/v1/apps"), status: 500, code: 500)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/_sandbox/reset", "status": 500}"#), status: 400, code: 1033)
    }

    func testValidationListAndDelete() {
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/x"}"#), status: 400, code: 1033, messageContains: "does nothing")
        assertError(control(.POST, "/_sandbox/faults", #"{"status": 503}"#), status: 400, code: 1034)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "x", "status": 503}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/x", "status": 200}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/x", "status": 503, "probability": 0}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/x", "status": 503, "count": 0}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/x", "latency_ms": -1}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/x", "status": 503, "colour": "red"}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/x", "status": 503, "headers": {"Bad Header": "x"}}"#), status: 400, code: 1033)
        assertError(control(.POST, "/_sandbox/faults", #"{"path": "/x", "latency_ms": 5, "process": true}"#), status: 400, code: 1033)
        XCTAssertEqual(control(.POST, "/_sandbox/faults", #"{"path": "/a", "status": 500}"#).status.code, 201)
        XCTAssertEqual(control(.POST, "/_sandbox/faults", #"{"path": "/b", "status": 500, "method": "*"}"#).status.code, 201)
        XCTAssertEqual(control(.DELETE, "/_sandbox/faults/1").status.code, 204)
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/faults")).arrayValue?.map { $0["id"] }, [2])
        assertError(control(.DELETE, "/_sandbox/faults/1"), status: 404, code: 1530)
        assertError(control(.DELETE, "/_sandbox/faults/x"), status: 404, code: 1530)
    }
}

extension String {
    var json: JSON { (try? JSON.parse(Array(utf8))) ?? .null }
}
