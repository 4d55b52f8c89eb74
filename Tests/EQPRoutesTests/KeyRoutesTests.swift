import EQP
import Formats
import HTTP1
import XCTest

final class KeyRoutesTests: APITestCase {
    func testListWithFilters() {
        let all = assertJSON(send(.GET, "/rest/v1/users/MAG123456789/keys"))
        XCTAssertEqual(all.objectValue?.keys, ["m2", "m1"])
        XCTAssertEqual(all["m2"]?.arrayValue?.count, 3)
        let m2 = assertJSON(send(.GET, "/rest/v1/users/MAG123456789/keys?type=m2&label=Key%20for%20My%20Organization"))
        XCTAssertEqual(m2, ["m2": [[
            "label": "Key for My Organization", "user_key": "784d67a640d0cc0e6381c7a24dc4132c",
            "password_key": "ae6569fd0e64a72b7f9f8e0396c372f0", "is_enabled": true, "uid": "000CBA111DCB222@AdobeOrg",
        ]]])
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/MAG123456789/keys?label=Key+for+My+Organization"))["m2"]?.arrayValue?.count, 1)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/MAG123456789/keys?uid=000CBA111DCB222%40AdobeOrg"))["m2"]?.arrayValue?.count, 1)
        XCTAssertEqual(assertJSON(send(.GET, "/rest/v1/users/MAG123456789/keys?type=m1")).objectValue?.keys, ["m1"])
        assertError(send(.GET, "/rest/v1/users/MAG123456789/keys?type=m9"), status: 400, code: 1150)
        assertError(send(.GET, "/rest/v1/users/MAG123456789/keys?uid=someone"), status: 400, code: 1151)
        assertError(send(.GET, "/rest/v1/users/MAG123456789/keys?type=m1&label=x"), status: 400, code: 1152)
    }

    func testCreateBatch() {
        let r = send(.POST, "/rest/v1/users/MAG123456789/keys", json: #"{"m2": [{"label": "new one"}, {"label": "main_key"}, {"label": 5}]}"#)
        let json = assertJSON(r)
        let items = json["m2"]?.arrayValue ?? []
        XCTAssertEqual(items.map { $0["code"]?.intValue }, [200, 1153, 1032])
        XCTAssertEqual(items[0]["label"], "new one")
        XCTAssertEqual(items[0]["user_key"]?.stringValue?.count, 32)
        XCTAssertEqual(items[2]["message"], "m2[2].label must be a string, got integer")
        assertError(send(.POST, "/rest/v1/users/MAG123456789/keys", json: #"{"keys": []}"#), status: 400, code: 1034, messageContains: "m2 is required")
        assertError(send(.POST, "/rest/v1/users/MAG123456789/keys", json: ""), status: 400, code: 1031)
        assertError(send(.POST, "/rest/v1/users/MAG123456789/keys", json: "nope"), status: 400, code: 1030)
    }

    func testUpdateWithEncodedLabel() {
        let r = send(.PUT, "/rest/v1/users/MAG123456789/keys/Key%20for%20My%20Organization",
                     json: #"{"m2": [{"is_enabled": false, "uid": "000CBA111DCB222@AdobeOrg"}]}"#)
        let key = assertJSON(r)["m2"]?.arrayValue?.first
        XCTAssertEqual(key?["is_enabled"], false)
        XCTAssertEqual(key?["label"], "Key for My Organization")
        assertError(send(.PUT, "/rest/v1/users/MAG123456789/keys/missing", json: #"{"m2": [{"is_enabled": true}]}"#), status: 404, code: 1154)
        assertError(send(.PUT, "/rest/v1/users/MAG123456789/keys/main_key", json: #"{"m2": []}"#), status: 400, code: 1155)
        assertError(send(.PUT, "/rest/v1/users/MAG123456789/keys/main_key", json: #"{"m2": [{"is_enabled": "no"}]}"#), status: 400, code: 1032)
    }

    func testDelete() {
        let r = send(.DELETE, "/rest/v1/users/MAG123456789/keys/Key%20for%20My%20Organization?uid=000CBA111DCB222%40AdobeOrg",
                     headers: [("Content-Type", "application/json")])
        XCTAssertEqual(r.status.code, 204)
        XCTAssertTrue(r.body.isEmpty)
        assertError(send(.DELETE, "/rest/v1/users/MAG123456789/keys/Key%20for%20My%20Organization?uid=000CBA111DCB222%40AdobeOrg"),
                    status: 404, code: 1154)
        XCTAssertEqual(send(.DELETE, "/rest/v1/users/MAG123456789/keys/main_key/").status.code, 204)
        assertError(send(.DELETE, "/rest/v1/users/MAG123456789/keys/key_for_bob?uid=MAG000000002"), status: 400, code: 1151)
    }
}
