import EQP
import Formats
import HTTP1
import XCTest

final class ControlResetRoutesTests: ControlTestCase {
    let zip: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)

    func testWholeResetReturnsToTheSeed() throws {
        let user = try createUser()
        let token = try XCTUnwrap(mint("AQ17NZ49WC", "8820c99614d65f923df7660276f20e029d73e2ca").token)
        XCTAssertNotNil(upload("a.zip", zip))
        XCTAssertEqual(send(.PUT, "/rest/v1/users/\(Self.docsUser)", json: #"{"first_name": "Changed"}"#).status.code, 200)

        let r = assertJSON(control(.POST, "/_sandbox/reset"))
        XCTAssertEqual(r, ["reset": "all", "users": 2, "files": 12])
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/\(Self.docsUser)"))["first_name"], "John")
        assertError(send(.GET, "/rest/v1/users/\(Self.docsUser)", token: token), status: 401, code: 1003)
        XCTAssertEqual(mint(user.appID, user.secret).status, 401, "created users are gone")
        XCTAssertEqual(send(.GET, "/rest/v1/files/uploads?limit=-1").headers["X-Total-Count"], "11")
    }

    func testUserResetTouchesOnlyThatUser() throws {
        let otherToken = try token()
        XCTAssertEqual(send(.PUT, "/rest/v1/users/\(Self.otherUser)", token: otherToken, json: #"{"first_name": "Janet"}"#).status.code, 200)
        XCTAssertEqual(send(.PUT, "/rest/v1/users/\(Self.docsUser)", json: #"{"first_name": "Johnny", "api_callbacks": []}"#).status.code, 200)
        XCTAssertNotNil(upload("a.zip", zip))
        XCTAssertEqual(send(.DELETE, "/rest/v1/users/\(Self.docsUser)/keys/main_key").status.code, 204)
        XCTAssertEqual(control(.DELETE, "/_sandbox/users/\(Self.docsUser)/access-keys/AQ17NZ49WC").status.code, 204)
        XCTAssertEqual(mint("AQ17NZ49WC", "8820c99614d65f923df7660276f20e029d73e2ca").status, 401)

        let reset = assertJSON(control(.POST, "/_sandbox/users/\(Self.docsUser)/reset"))
        XCTAssertEqual(reset["mage_id"]?.stringValue, Self.docsUser)
        XCTAssertEqual(reset["file_count"], 11)
        XCTAssertEqual(reset["access_keys"]?[0]?["application_id"], "AQ17NZ49WC")
        let profile = assertJSON(send(.GET, "/rest/v1/users/\(Self.docsUser)"))
        XCTAssertEqual(profile["first_name"], "John")
        XCTAssertEqual(profile["api_callbacks"]?.arrayValue?.count, 1)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/\(Self.docsUser)/keys?type=m2"))["m2"]?.arrayValue?.count, 3)
        XCTAssertEqual(send(.GET, "/rest/v1/files/uploads?limit=-1").headers["X-Total-Count"], "11")
        XCTAssertEqual(mint("AQ17NZ49WC", "8820c99614d65f923df7660276f20e029d73e2ca").status, 200)
        // The other user kept their change and their token.
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/\(Self.otherUser)", token: otherToken))["first_name"], "Janet")
        assertError(control(.POST, "/_sandbox/users/MAG000000404/reset"), status: 404, code: 1105)
    }

    func testCreatedUserResetsToHowItWasCreatedAndIsKept() throws {
        let user = try createUser(#"{"first_name": "Ann"}"#)
        let token = try XCTUnwrap(mint(user.appID, user.secret).token)
        XCTAssertNotNil(upload("a.zip", zip, token: token))
        XCTAssertEqual(send(.PUT, "/rest/v1/users/\(user.mageID)", token: token, json: #"{"first_name": "Changed"}"#).status.code, 200)
        XCTAssertEqual(control(.POST, "/_sandbox/users/\(user.mageID)/access-keys").status.code, 201)

        let reset = assertJSON(control(.POST, "/_sandbox/users/\(user.mageID)/reset"))
        XCTAssertEqual(reset["origin"], "created")
        XCTAssertEqual(reset["profile"]?["first_name"], "Ann")
        XCTAssertEqual(reset["file_count"], 0)
        XCTAssertEqual(reset["live_sessions"], 0)
        XCTAssertEqual(reset["access_keys"]?.arrayValue?.map { $0["application_id"]?.stringValue }, [user.appID], "the creation key, same pair")
        assertError(send(.GET, "/rest/v1/users/\(user.mageID)", token: token), status: 401, code: 1003)
        let fresh = try XCTUnwrap(mint(user.appID, user.secret).token)
        XCTAssertEqual(send(.GET, "/rest/v1/files/uploads", token: fresh).headers["X-Total-Count"], "0")
    }
}
