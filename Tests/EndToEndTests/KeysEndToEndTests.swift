import Formats
import HTTP1
import TestSupport
import XCTest

/// Composer keys under `/rest/v1/users/:mage_id/keys` (users.md) against the real binary.
final class KeysEndToEndTests: EndToEndTestCase {
    let bearer = "Authorization: Bearer \(World.demoToken)"
    let keys = "/rest/v1/users/MAG123456789/keys"

    static let docsKeys: JSON = [
        "m2": [
            ["label": "main_key", "user_key": "d41d8cd98f00b204e9800998ecf8427e", "password_key": "12cbdcd3332eb8f166f62ee1a9bd33d0", "is_enabled": true, "uid": "MAG123456789"],
            ["label": "key_for_bob", "user_key": "4b335b25f8eb3449e7e222e8f9e052b0", "password_key": "9ca8abe7376f451bde40513474c13c3c", "is_enabled": false, "uid": "MAG123456789"],
            ["label": "Key for My Organization", "user_key": "784d67a640d0cc0e6381c7a24dc4132c", "password_key": "ae6569fd0e64a72b7f9f8e0396c372f0", "is_enabled": true, "uid": "000CBA111DCB222@AdobeOrg"],
        ],
        "m1": [["product_name": "acme/one-click-checkout-1.0.0", "product_key": "https://connect20.magentocommerce.com/e8c258702e443c509b42fc44a49b83b0/acme+one-click-checkout-1.0.0"]],
    ]

    func m2Labels(_ sandbox: Sandbox, query: String = "type=m2") throws -> [String] {
        try json(sandbox.get("\(keys)?\(query)"))["m2"]?.arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
    }

    func testDocsExamplesInOrder() throws {
        let sandbox = try startSandbox()
        // Get keys.
        XCTAssertEqual(try json(sandbox.curl("GET", "\(keys)?uid=all", headers: [bearer])), Self.docsKeys)

        // Create keys.
        let created = try json(sandbox.curl("POST", keys, headers: [bearer, "Content-Type: application/json"],
            data: #"{ "m2": [ {"label":"key_for_alice"}, {"label":"key_for_charlie", "uid":"MAG123456789"}, {"label":"key_for_my_org", "uid":"000CBA111DCB222@AdobeOrg"} ] }"#))
        XCTAssertEqual(created.objectValue?.keys, ["m2"])
        let items = try XCTUnwrap(created["m2"]?.arrayValue)
        XCTAssertEqual(items.map { $0["label"]?.stringValue }, ["key_for_alice", "key_for_charlie", "key_for_my_org"])
        XCTAssertEqual(items.map { $0["uid"]?.stringValue }, ["MAG123456789", "MAG123456789", "000CBA111DCB222@AdobeOrg"])
        XCTAssertEqual(items.map { $0["is_enabled"] }, [true, true, true])
        XCTAssertEqual(items.map { $0["code"] }, [200, 200, 200])
        XCTAssertEqual(items.map { $0["message"] }, ["Success", "Success", "Success"])
        var secrets: [String] = []
        for item in items {
            XCTAssertEqual(item.objectValue?.keys.sorted(), ["code", "is_enabled", "label", "message", "password_key", "uid", "user_key"])
            for field in ["user_key", "password_key"] {
                let value = try XCTUnwrap(item[field]?.stringValue)
                XCTAssertTrue(matchesWhole(value, "[0-9a-f]{32}"), value)
                secrets.append(value)
            }
        }
        XCTAssertEqual(Set(secrets).count, 6, "every key pair is new")
        XCTAssertEqual(try m2Labels(sandbox), ["main_key", "key_for_bob", "Key for My Organization", "key_for_alice", "key_for_charlie", "key_for_my_org"])

        // Update keys.
        let enabled = try json(sandbox.curl("PUT", "\(keys)/key_for_bob", headers: [bearer, "Content-Type: application/json"],
                                            data: #"{ "m2" : [ { "is_enabled" : true, "uid" : "MAG123456789" } ] }"#))
        XCTAssertEqual(enabled, ["m2": [["label": "key_for_bob", "user_key": "4b335b25f8eb3449e7e222e8f9e052b0",
                                         "password_key": "9ca8abe7376f451bde40513474c13c3c", "is_enabled": true, "uid": "MAG123456789"]]])
        XCTAssertEqual(try json(sandbox.get("\(keys)?type=m2&label=key_for_bob"))["m2"]?.arrayValue?.first?["is_enabled"], true)

        // Delete keys.
        let deleted = try sandbox.curl("DELETE", "\(keys)/key_for_charlie?uid=MAG123456789", headers: [bearer])
        XCTAssertEqual(deleted.status.code, 204)
        XCTAssertEqual(deleted.body, [])
        XCTAssertNil(deleted.headers["Content-Length"], "no Content-Length on 204 (RFC 9110 §8.6)")
        XCTAssertEqual(try m2Labels(sandbox), ["main_key", "key_for_bob", "Key for My Organization", "key_for_alice", "key_for_my_org"])
        assertError(try sandbox.curl("DELETE", "\(keys)/key_for_charlie?uid=MAG123456789", headers: [bearer]), status: 404, code: 1154)
    }

    func testURLEncodedLabels() throws {
        let sandbox = try startSandbox()
        let org = World.orgID
        for query in ["type=m2&label=Key%20for%20My%20Organization&uid=\(org)", "type=m2&label=Key+for+My+Organization",
                      "label=Key%20for%20My%20Organization&uid=000CBA111DCB222%40AdobeOrg"] {
            let found = try json(sandbox.get("\(keys)?\(query)"))
            XCTAssertEqual(found["m2"]?.arrayValue?.map { $0["user_key"] }, ["784d67a640d0cc0e6381c7a24dc4132c"], query)
        }
        let disabled = try json(sandbox.sendJSON("PUT", "\(keys)/Key%20for%20My%20Organization", #"{"m2": [{"is_enabled": false, "uid": "\#(org)"}]}"#))
        XCTAssertEqual(disabled["m2"]?.arrayValue?.first?["label"], "Key for My Organization")
        XCTAssertEqual(disabled["m2"]?.arrayValue?.first?["is_enabled"], false)
        // Without uid the mage_id is meant: there is no such key for MAG123456789.
        assertError(try sandbox.sendJSON("PUT", "\(keys)/Key%20for%20My%20Organization", #"{"m2": [{"is_enabled": true}]}"#), status: 404, code: 1154)
        XCTAssertEqual(try sandbox.delete("\(keys)/Key%20for%20My%20Organization?uid=000CBA111DCB222%40AdobeOrg").status.code, 204)
        XCTAssertEqual(try m2Labels(sandbox), ["main_key", "key_for_bob"])

        // Reserved and non-ASCII characters survive the round trip, in the path and in the query.
        let label = "release/2.4 + beta é"
        let created = try json(sandbox.sendJSON("POST", keys, #"{"m2": [{"label": "\#(label)"}]}"#))
        XCTAssertEqual(created["m2"]?.arrayValue?.first?["code"], 200)
        let encoded = "release%2F2.4%20%2B%20beta%20%C3%A9"
        XCTAssertEqual(try json(sandbox.get("\(keys)?label=release%2F2.4+%2B+beta+%C3%A9"))["m2"]?.arrayValue?.first?["label"], .string(label))
        XCTAssertEqual(try json(sandbox.sendJSON("PUT", "\(keys)/\(encoded)", #"{"m2": [{"is_enabled": false}]}"#))["m2"]?.arrayValue?.first?["is_enabled"], false)
        XCTAssertEqual(try sandbox.delete("\(keys)/\(encoded)").status.code, 204)
        XCTAssertEqual(try m2Labels(sandbox), ["main_key", "key_for_bob"])
    }

    func testDuplicateLabelIsAnItemErrorInsideA200Batch() throws {
        let sandbox = try startSandbox()
        let r = try sandbox.sendJSON("POST", keys, #"""
        {"m2": [
            {"label": "main_key"},
            {"label": "fresh"},
            {"label": "Key for My Organization", "uid": "000CBA111DCB222@AdobeOrg"},
            {"label": "main_key", "uid": "000CBA111DCB222@AdobeOrg"},
            {"label": "twin"},
            {"label": "twin"},
            {"label": "stolen", "uid": "MAG000000002"},
            {"label": 5},
            {}
        ]}
        """#)
        let items = try XCTUnwrap(try json(r)["m2"]?.arrayValue)
        XCTAssertEqual(items.map { $0["code"]?.intValue }, [1153, 200, 1153, 200, 200, 1153, 1151, 1032, 1034])
        XCTAssertEqual(items.map { $0["label"]?.stringValue }, ["main_key", "fresh", "Key for My Organization", "main_key", "twin", "twin", "stolen", nil, nil])
        for item in items {
            XCTAssertNotNil(item["message"]?.stringValue)
            if item["code"] != 200 {
                XCTAssertNil(item["user_key"], "a failed item has no key")
                XCTAssertNil(item["password_key"])
            }
        }
        XCTAssertTrue(items[0]["message"]?.stringValue?.contains("main_key") ?? false)
        XCTAssertEqual(try m2Labels(sandbox), ["main_key", "key_for_bob", "Key for My Organization", "fresh", "main_key", "twin"])
        // The existing main_key kept its values.
        XCTAssertEqual(try json(sandbox.get("\(keys)?label=main_key&uid=MAG123456789"))["m2"]?.arrayValue?.first?["user_key"], "d41d8cd98f00b204e9800998ecf8427e")
    }

    func testFiltersAndErrors() throws {
        let sandbox = try startSandbox()
        let m1Only = try json(sandbox.get("\(keys)?type=m1"))
        XCTAssertEqual(m1Only, ["m1": Self.docsKeys["m1"]!])
        XCTAssertEqual(try json(sandbox.get("\(keys)?type=m2")), ["m2": Self.docsKeys["m2"]!])
        XCTAssertEqual(try json(sandbox.get(keys)), Self.docsKeys, "type=all and uid=all by default")
        XCTAssertEqual(try m2Labels(sandbox, query: "uid=MAG123456789"), ["main_key", "key_for_bob"])
        XCTAssertEqual(try m2Labels(sandbox, query: "uid=\(World.orgID)"), ["Key for My Organization"])
        XCTAssertEqual(try m2Labels(sandbox, query: "label=nope"), [])

        assertError(try sandbox.get("\(keys)?type=m3"), status: 400, code: 1150, messageContains: "m3")
        assertError(try sandbox.get("\(keys)?uid=MAG000000002"), status: 400, code: 1151)
        assertError(try sandbox.get("\(keys)?uid=\(World.otherOrgID)"), status: 400, code: 1151)
        assertError(try sandbox.get("\(keys)?type=m1&label=main_key"), status: 400, code: 1152)

        assertError(try sandbox.sendJSON("PUT", "\(keys)/main_key", #"{"m2": [{"is_enabled": true}, {"is_enabled": false}]}"#), status: 400, code: 1155)
        assertError(try sandbox.sendJSON("PUT", "\(keys)/main_key", #"{"m2": [{"uid": "MAG123456789"}]}"#), status: 400, code: 1034, messageContains: "m2[0].is_enabled")
        assertError(try sandbox.sendJSON("PUT", "\(keys)/main_key", #"{"m2": [{"is_enabled": "yes"}]}"#), status: 400, code: 1032, messageContains: "m2[0].is_enabled")
        assertError(try sandbox.sendJSON("PUT", "\(keys)/no_such_key", #"{"m2": [{"is_enabled": true}]}"#), status: 404, code: 1154)
        assertError(try sandbox.sendJSON("PUT", "\(keys)/main_key", "{broken"), status: 400, code: 1030)
        assertError(try sandbox.sendJSON("POST", keys, #"{"m2": []}"#), status: 400)
        assertError(try sandbox.sendJSON("POST", keys, #"{"keys": []}"#), status: 400, code: 1034, messageContains: "m2")
        assertError(try sandbox.sendJSON("POST", keys, #"{"m2": {"label": "x"}}"#), status: 400, code: 1032)
        assertError(try sandbox.sendJSON("POST", keys, ""), status: 400, code: 1031)
        assertError(try sandbox.delete("\(keys)/no_such_key"), status: 404, code: 1154)
        assertError(try sandbox.delete("\(keys)/main_key?uid=MAG000000002"), status: 400, code: 1151)
        // None of that changed anything.
        XCTAssertEqual(try json(sandbox.get(keys)), Self.docsKeys)
    }
}
