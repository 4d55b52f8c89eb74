import Formats
import HTTP1
import TestSupport
import XCTest

/// What real clients send that the docs do not show: broken bodies, JSON content types on
/// GET and DELETE, trailing slashes (SANDBOX-NOTES.md, "Paths and requests").
final class RobustnessEndToEndTests: EndToEndTestCase {
    func testBrokenJSONIsA400AndTheConnectionStaysUsable() throws {
        let sandbox = try startSandbox()
        let c = try sandbox.connect()
        let bodies = ["{broken", #"{"personal_profile": {"bio": "unterminated}"#, "[1, 2,]", #"{"a": 1} trailing"#, "nul\u{0}"]
        for body in bodies {
            let r = try sandbox.send("PUT", "/rest/v1/users/MAG123456789",
                                     headers: [Sandbox.bearer(World.demoToken), Sandbox.jsonType], body: Array(body.utf8), on: c)
            assertError(r, status: 400, code: 1030)
            XCTAssertNotEqual(r.headers["Connection"], "close", "an EQP 400 does not end the connection")
        }
        for target in ["/rest/v1/users/MAG123456789/keys", "/rest/v1/app/session/token"] {
            let headers: [(String, String)] = target.hasSuffix("token")
                ? [("Authorization", "Basic " + Base64.encode(Array("\(World.appID):\(World.appSecret)".utf8))), Sandbox.jsonType]
                : [Sandbox.bearer(World.demoToken), Sandbox.jsonType]
            assertError(try sandbox.send("POST", target, headers: headers, body: Array("{\"m2\": [".utf8), on: c), status: 400, code: 1030)
        }
        // Invalid UTF-8 is not JSON either.
        assertError(try sandbox.send("PUT", "/rest/v1/users/MAG123456789", headers: [Sandbox.bearer(World.demoToken), Sandbox.jsonType],
                                     body: [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], on: c), status: 400, code: 1030)
        // Same connection, still serving.
        XCTAssertEqual(try json(sandbox.send("GET", "/rest/v1/users/MAG123456789?style=summary", headers: [Sandbox.bearer(World.demoToken)], on: c))["mage_id"], "MAG123456789")
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG123456789"))["personal_profile"]?["bio"],
                       "Writes extensions that pass review first time. Blindfolded.", "nothing was saved")
    }

    func testJSONContentTypeOnGETAndDELETEIsFine() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let headers = [Sandbox.jsonType]
        for target in ["/rest/v1/users/MAG123456789", "/rest/v1/users/MAG123456789?style=summary", "/rest/v1/users/MAG123456789/keys",
                       "/rest/v1/users/MAG123456789/keys?type=m2&label=main_key", "/rest/v1/files/uploads", "/rest/v1/files/uploads/\(World.iconFileID)",
                       "/rest/v1/users/MAG123456789/reports/sales", "/rest/v1/reports/metrics", "/rest/v1/apps"] {
            XCTAssertEqual(try sandbox.get(target, headers: headers).status.code, 200, target)
            // Some clients even send an empty JSON body with it (curl -X GET -d '{}').
            let withBody = try sandbox.send("GET", target, headers: [Sandbox.bearer(World.demoToken), Sandbox.jsonType], body: Array("{}".utf8))
            XCTAssertEqual(withBody.status.code, 200, target)
        }
        XCTAssertEqual(try sandbox.delete("/rest/v1/users/MAG123456789/keys/key_for_bob", headers: headers).status.code, 204)
        XCTAssertEqual(try sandbox.delete("/rest/v1/files/uploads/\(World.portraitFileID)", headers: headers).status.code, 204)
        // The netresearch/node-magento-eqp style: charset parameter, on a DELETE with an empty body.
        XCTAssertEqual(try sandbox.send("DELETE", "/rest/v1/users/MAG123456789/keys/main_key",
                                        headers: [Sandbox.bearer(World.demoToken), ("Content-Type", "application/json; charset=utf-8")], body: []).status.code, 204)
        // And curl -d without -H: a form content type, the same JSON.
        let r = try sandbox.curl("PUT", "/rest/v1/users/MAG123456789", headers: ["Authorization: Bearer \(World.demoToken)"],
                                 data: #"{"locale": "en-GB"}"#)
        XCTAssertEqual(try json(r)["locale"], "en-GB")
    }

    func testTrailingSlashesOnDocumentedPaths() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        let gets = ["/rest/v1/users/MAG123456789/", "/rest/v1/users/MAG123456789/?style=summary", "/rest/v1/users/MAG123456789/keys/",
                    "/rest/v1/users/MAG123456789/keys/?uid=all", "/rest/v1/files/uploads/", "/rest/v1/files/uploads/?offset=0&limit=2",
                    "/rest/v1/files/uploads/\(World.iconFileID)/", "/rest/v1/users/MAG123456789/reports/pageviews/",
                    "/rest/v1/reports/metrics/", "/rest/v1/apps/"]
        for target in gets {
            let r = try sandbox.get(target)
            XCTAssertEqual(r.status.code, 200, "\(target): \(r.bodyText)")
        }
        let token = try sandbox.send("POST", "/rest/v1/app/session/token/",
                                     headers: [("Authorization", "Basic " + Base64.encode(Array("\(World.appID):\(World.appSecret)".utf8))), Sandbox.jsonType],
                                     body: Array(#"{"grant_type":"session"}"#.utf8))
        XCTAssertEqual(try json(token)["mage_id"], "MAG123456789")
        XCTAssertEqual(try sandbox.sendJSON("PUT", "/rest/v1/users/MAG123456789/", #"{"locale": "en-GB"}"#).status.code, 200)
        XCTAssertEqual(try sandbox.sendJSON("POST", "/rest/v1/users/MAG123456789/keys/", #"{"m2": [{"label": "slash"}]}"#).status.code, 200)
        XCTAssertEqual(try sandbox.sendJSON("PUT", "/rest/v1/users/MAG123456789/keys/slash/", #"{"m2": [{"is_enabled": false}]}"#).status.code, 200)
        XCTAssertEqual(try sandbox.delete("/rest/v1/users/MAG123456789/keys/slash/?uid=MAG123456789").status.code, 204)
        let uploaded = try sandbox.send("POST", "/rest/v1/files/uploads/", headers: [Sandbox.bearer(World.demoToken), ("Content-Type", Multipart.contentType())],
                                        body: Multipart.body([FormPart(filename: "icon.png", contentType: "image/png", bytes: SampleFiles.icon)]))
        let id = try XCTUnwrap(try json(uploaded).arrayValue?.first?["file_upload_id"]?.stringValue)
        XCTAssertEqual(try sandbox.delete("/rest/v1/files/uploads/\(id)/").status.code, 204)
    }

    func testUnknownRoutesAndWrongMethodsAreJSONErrors() throws {
        let sandbox = try startSandbox()
        assertError(try sandbox.get("/rest/v1/nope"), status: 404, code: 404)
        assertError(try sandbox.get("/rest/v2/users/MAG123456789"), status: 404, code: 404)
        let patch = try sandbox.sendJSON("PATCH", "/rest/v1/users/MAG123456789", "{}")
        assertError(patch, status: 405, code: 405)
        XCTAssertEqual(patch.headers["Allow"], "GET, HEAD, PUT")
        let getToken = try sandbox.get("/rest/v1/app/session/token", token: nil)
        assertError(getToken, status: 405, code: 405)
        XCTAssertEqual(getToken.headers["Allow"], "POST")
    }
}
