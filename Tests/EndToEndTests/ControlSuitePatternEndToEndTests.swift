import Formats
import TestSupport
import XCTest

/// The README's test suite pattern, as a test suite: one sandbox for the whole class
/// (`--port 0`, port read from the ready line), a user of its own per test, and a reset of that
/// user only after each test, so tests can share the sandbox without seeing each other.
final class ControlSuitePatternEndToEndTests: XCTestCase {
    nonisolated(unsafe) static var shared: SandboxClient?

    var sandbox: SandboxClient!
    var mageID = ""
    var token = ""

    override class func setUp() {
        super.setUp()
        shared = try? SandboxClient(["--clock", "manual"])
    }

    override class func tearDown() {
        // Test case instances outlive the suite in XCTest, so stop the process explicitly.
        shared?.sandbox.stop()
        shared = nil
        super.tearDown()
    }

    override func setUpWithError() throws {
        sandbox = try XCTUnwrap(Self.shared, "the sandbox did not start")
        let user = try sandbox.createUser(#"{"first_name": "Suite"}"#)
        mageID = user.mageID
        token = try sandbox.token(user.appID, user.secret)
    }

    override func tearDownWithError() throws {
        XCTAssertEqual(try sandbox.call("POST", "/_sandbox/users/\(mageID)/reset").status, 200)
    }

    func testOneUploadsAFile() throws {
        XCTAssertEqual(try sandbox.upload([("one.pdf", "application/pdf", Array("%PDF-1.4 one".utf8))], token: token).count, 1)
        XCTAssertEqual(try sandbox.call("GET", "/rest/v1/files/uploads", token: token).response.headers["X-Total-Count"], "1")
    }

    func testTwoChangesItsProfile() throws {
        XCTAssertEqual(try sandbox.call("PUT", "/rest/v1/users/\(mageID)", #"{"first_name": "Two"}"#, token: token).status, 200)
        XCTAssertEqual(try sandbox.call("GET", "/rest/v1/files/uploads", token: token).response.headers["X-Total-Count"], "0",
                       "another test's upload is not this user's")
    }

    func testThreeSeesAFreshUserAfterAReset() throws {
        XCTAssertEqual(try sandbox.call("PUT", "/rest/v1/users/\(mageID)", #"{"first_name": "Three"}"#, token: token).status, 200)
        let reset = try sandbox.call("POST", "/_sandbox/users/\(mageID)/reset")
        XCTAssertEqual(reset.json["profile"]?["first_name"], "Suite")
        // The reset ended this test's session; the user's access key still mints a new one.
        XCTAssertEqual(try sandbox.call("GET", "/rest/v1/users/\(mageID)", token: token).status, 401)
        let key = try XCTUnwrap(reset.json["access_keys"]?[0])
        token = try sandbox.token(key["application_id"]!.stringValue!, key["application_secret"]!.stringValue!)
        XCTAssertEqual(try sandbox.call("GET", "/rest/v1/users/\(mageID)", token: token).json["first_name"], "Suite")
    }
}
