import EQP
import Formats
import HTTP1
import XCTest

final class ControlHealthRoutesTests: ControlTestCase {
    func testHealthReadyVersionConfig() {
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/health")), ["status": "ok"])
        let head = control(.HEAD, "/_sandbox/health")
        XCTAssertEqual(head.status.code, 200)
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/ready")), ["status": "ready", "users": 2, "files": 12])
        XCTAssertEqual(control(.HEAD, "/_sandbox/ready").status.code, 200)
        XCTAssertEqual(assertJSON(control(.GET, "/_sandbox/version")),
                       ["name": "eqp-sandbox", "version": "9.9.9", "api_prefix": "/rest/v1", "control_prefix": "/_sandbox"])
        let config = assertJSON(control(.GET, "/_sandbox/config"))
        XCTAssertEqual(config["port"], 8080)
        XCTAssertEqual(config["clock_mode"], "manual")
        XCTAssertEqual(config["control_token_configured"], false)
        XCTAssertEqual(config["journal_capacity"], 50)
        assertError(control(.POST, "/_sandbox/health"), status: 405, code: 405)
    }
}

final class ControlTokenRoutesTests: ControlTestCase {
    override var controlToken: String? { "s3cret-token" }

    func testTheControlTokenGuardsEverythingButProbes() {
        XCTAssertEqual(control(.GET, "/_sandbox/health").status.code, 200)
        XCTAssertEqual(control(.GET, "/_sandbox/ready").status.code, 200)
        assertError(control(.GET, "/_sandbox/users"), status: 401, code: 1501)
        assertError(control(.GET, "/_sandbox/config"), status: 401, code: 1501)
        assertError(control(.POST, "/_sandbox/reset"), status: 401, code: 1501)
        assertError(control(.GET, "/_sandbox/users", headers: [("Authorization", "Bearer wrong")]), status: 401, code: 1502)
        assertError(control(.GET, "/_sandbox/users", headers: [("X-Sandbox-Token", "s3cret-tokem")]), status: 401, code: 1502)
        XCTAssertEqual(control(.GET, "/_sandbox/users", headers: [("Authorization", "Bearer s3cret-token")]).status.code, 200)
        XCTAssertEqual(control(.GET, "/_sandbox/users", headers: [("X-Sandbox-Token", "s3cret-token")]).status.code, 200)
        let config = assertJSON(control(.GET, "/_sandbox/config", headers: [("X-Sandbox-Token", "s3cret-token")]))
        XCTAssertEqual(config["control_token_configured"], true)
        XCTAssertFalse(config.text.contains("s3cret-token"))
        // File links and the EQP API are not control endpoints.
        XCTAssertEqual(send(.GET, "/_sandbox/files/5c129cd41ba478.65767699.1/icon.png", token: nil).status.code, 200)
        XCTAssertEqual(send(.GET, "/rest/v1/users/\(Self.docsUser)").status.code, 200)
    }
}
