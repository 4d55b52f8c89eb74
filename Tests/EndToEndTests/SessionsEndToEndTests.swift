import Formats
import HTTP1
import TestSupport
import XCTest

/// `POST /rest/v1/app/session/token` and bearer authentication (auth.md), over real sockets.
final class SessionsEndToEndTests: EndToEndTestCase {
    func testDocumentedTokenRequestMintsAWorkingToken() throws {
        let sandbox = try startSandbox()
        let r = try sandbox.curl("POST", "/rest/v1/app/session/token", user: "\(World.appID):\(World.appSecret)",
                                 headers: ["Content-Type: application/json"], data: #"{ "grant_type" : "session" }"#)
        let grant = try json(r)
        XCTAssertEqual(grant.objectValue?.keys.sorted(), ["expires_in", "mage_id", "ust"])
        XCTAssertEqual(grant["mage_id"], "MAG123456789")
        XCTAssertEqual(grant["expires_in"], 7200, "no expires_in asked: the default maximum")
        let ust = try XCTUnwrap(grant["ust"]?.stringValue)
        XCTAssertTrue(matchesWhole(ust, sessionTokenPattern), ust)
        XCTAssertNotEqual(ust, World.demoToken)

        let profile = try json(sandbox.get("/rest/v1/users/MAG123456789", token: ust))
        XCTAssertEqual(profile["mage_id"], "MAG123456789")
        XCTAssertEqual(profile["email"], "jsmith@example.com")
    }

    func testExpiresInAboveTheMaximumIsCutToIt() throws {
        let sandbox = try startSandbox(["--session-max-lifetime", "60"])
        let cases: [(String, Int)] = [
            (#"{"grant_type":"session","expires_in":7200}"#, 60),
            (#"{"grant_type":"session","expires_in":61}"#, 60),
            (#"{"grant_type":"session","expires_in":60}"#, 60),
            (#"{"grant_type":"session","expires_in":30}"#, 30),
            (#"{"grant_type":"session"}"#, 60),
        ]
        for (body, granted) in cases {
            let grant = try json(sandbox.requestToken(body: body))
            XCTAssertEqual(grant["expires_in"], .int(granted), body)
            let ust = try XCTUnwrap(grant["ust"]?.stringValue)
            XCTAssertEqual(try sandbox.get("/rest/v1/users/MAG123456789?style=summary", token: ust).status.code, 200, body)
        }
    }

    func testManyTokensLiveAtOnceForBothUsers() throws {
        let sandbox = try startSandbox()
        var tokens: [(String, String)] = [(World.demoToken, World.mageID)]
        for _ in 0..<4 { tokens.append((try mintToken(sandbox), World.mageID)) }
        for _ in 0..<2 {
            let grant = try json(sandbox.requestToken(appID: World.otherAppID, secret: World.otherAppSecret))
            XCTAssertEqual(grant["mage_id"], "MAG000000002")
            tokens.append((try XCTUnwrap(grant["ust"]?.stringValue), World.otherMageID))
        }
        XCTAssertEqual(Set(tokens.map(\.0)).count, tokens.count, "every token is new")
        // Interleaved on one keep-alive connection: every token still works, for its own user.
        let c = try sandbox.connect()
        for (token, mageID) in tokens + tokens.reversed() {
            let r = try sandbox.send("GET", "/rest/v1/users/\(mageID)?style=summary", headers: [Sandbox.bearer(token)], on: c)
            XCTAssertEqual(try json(r)["mage_id"], .string(mageID))
        }
    }

    func testGrantTypeAndBodyErrorsAre400s() throws {
        let sandbox = try startSandbox()
        let cases: [(String, Int, String?)] = [
            (#"{"grant_type":"password"}"#, 1021, "'password'"),
            (#"{"grant_type":"client_credentials","expires_in":60}"#, 1021, "'client_credentials'"),
            (#"{"grant_type":5}"#, 1021, nil),
            (#"{}"#, 1020, "grant_type is required"),
            (#"{"expires_in":60}"#, 1020, "grant_type is required"),
            (#"{"grant_type":null}"#, 1020, nil),
            ("", 1020, nil),
            (#"{"grant_type":"session""#, 1030, "not valid JSON"),
            (#"{grant_type: session}"#, 1030, "not valid JSON"),
            (#"["session"]"#, 1032, "object"),
            (#"{"grant_type":"session","expires_in":"10"}"#, 1022, "expires_in"),
            (#"{"grant_type":"session","expires_in":0}"#, 1022, "expires_in"),
            (#"{"grant_type":"session","expires_in":-5}"#, 1022, "expires_in"),
        ]
        for (body, code, fragment) in cases {
            let r = try sandbox.requestToken(body: body)
            assertError(r, status: 400, code: code, messageContains: fragment)
            XCTAssertNil(r.headers["WWW-Authenticate"], body)
        }
    }

    func testCredentialErrorsAre401sWithABasicChallenge() throws {
        let sandbox = try startSandbox()
        let body = Array(#"{"grant_type":"session"}"#.utf8)
        let cases: [([(String, String)], Int)] = [
            ([("Authorization", "Basic " + Base64.encode(Array("AQ17NZ49WC:wrong".utf8)))], 1012),
            ([("Authorization", "Basic " + Base64.encode(Array("AQ17NZ49WC:\(World.otherAppSecret)".utf8)))], 1012),
            ([("Authorization", "Basic " + Base64.encode(Array("NOSUCHAPP1:\(World.appSecret)".utf8)))], 1012),
            ([("Authorization", "Basic " + Base64.encode(Array("AQ17NZ49WC:".utf8)))], 1012),
            ([], 1010),
            ([("Authorization", "Basic !!!not-base64!!!")], 1011),
            ([("Authorization", "Basic " + Base64.encode(Array("no-colon-here".utf8)))], 1011),
            ([("Authorization", "Bearer \(World.demoToken)")], 1011),
        ]
        for (headers, code) in cases {
            let r = try sandbox.send("POST", "/rest/v1/app/session/token", headers: headers + [Sandbox.jsonType], body: body)
            assertError(r, status: 401, code: code)
            XCTAssertEqual(r.headers["WWW-Authenticate"]?.hasPrefix("Basic"), true, "\(headers)")
        }
        // Credentials are checked before the body: a bad key with a broken body is still a 401.
        let r = try sandbox.requestToken(secret: "wrong", body: "{broken")
        assertError(r, status: 401, code: 1012)
    }

    func testMissingMalformedAndUnknownBearerTokensAreDistinct401s() throws {
        let sandbox = try startSandbox()
        let path = "/rest/v1/users/MAG123456789"
        let cases: [([(String, String)], Int)] = [
            ([], 1001),
            ([("Authorization", "Basic " + Base64.encode(Array("\(World.appID):\(World.appSecret)".utf8)))], 1002),
            ([("Authorization", "Bearer")], 1002),
            ([("Authorization", "Bearer not-a-token")], 1002),
            ([("Authorization", "Bearer \(World.demoToken)x")], 1002),
            ([("Authorization", World.demoToken)], 1002),
            ([("Authorization", "Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaa")], 1003),
            ([("Authorization", "Bearer " + World.demoToken.uppercased())], 1003),
        ]
        var messages: [Int: Set<String>] = [:]
        for (headers, code) in cases {
            let r = try sandbox.send("GET", path, headers: headers)
            let message = assertError(r, status: 401, code: code)
            XCTAssertEqual(r.headers["WWW-Authenticate"]?.hasPrefix("Bearer"), true, "\(headers)")
            messages[code, default: []].insert(message)
            XCTAssertFalse(r.bodyText.contains("jsmith"), "no profile data in a 401")
        }
        // Missing, malformed and unknown each say something different.
        let first = messages.mapValues { $0.first! }
        XCTAssertEqual(Set(first.values).count, 3, "\(first)")
        // The scheme is case-insensitive (RFC 9110 §11.1).
        XCTAssertEqual(try sandbox.send("GET", path, headers: [("Authorization", "bearer \(World.demoToken)")]).status.code, 200)
    }

    func testEveryRestEndpointNeedsABearerToken() throws {
        let sandbox = try startSandbox()
        let requests: [(String, String)] = [
            ("GET", "/rest/v1/users/MAG123456789"),
            ("GET", "/rest/v1/users/MAG123456789?style=summary"),
            ("PUT", "/rest/v1/users/MAG123456789"),
            ("GET", "/rest/v1/users/MAG123456789/keys"),
            ("POST", "/rest/v1/users/MAG123456789/keys"),
            ("PUT", "/rest/v1/users/MAG123456789/keys/key_for_bob"),
            ("DELETE", "/rest/v1/users/MAG123456789/keys/main_key"),
            ("GET", "/rest/v1/users/MAG123456789/reports/pageviews"),
            ("GET", "/rest/v1/users/MAG123456789/reports/totals"),
            ("GET", "/rest/v1/users/MAG123456789/reports/sales"),
            ("GET", "/rest/v1/users/MAG123456789/reports/refunds"),
            ("GET", "/rest/v1/reports/metrics"),
            ("GET", "/rest/v1/reports/metrics/pageviews"),
            ("GET", "/rest/v1/files/uploads"),
            ("POST", "/rest/v1/files/uploads"),
            ("GET", "/rest/v1/files/uploads/\(World.iconFileID)"),
            ("DELETE", "/rest/v1/files/uploads/\(World.iconFileID)"),
            ("GET", "/rest/v1/apps"),
        ]
        for (method, target) in requests {
            let body: [UInt8]? = method == "GET" || method == "DELETE" ? nil : Array("{}".utf8)
            let r = try sandbox.send(method, target, headers: body == nil ? [] : [Sandbox.jsonType], body: body)
            assertError(r, status: 401, code: 1001)
        }
        // Nothing was changed by the refused requests.
        XCTAssertEqual(try sandbox.get("/rest/v1/files/uploads/\(World.iconFileID)").status.code, 200)
        XCTAssertEqual(try json(sandbox.get("/rest/v1/users/MAG123456789/keys?type=m2"))["m2"]?.arrayValue?.count, 3)
    }

    func testExpiredTokensAreA401OfTheirOwnOnTheSandboxClock() throws {
        let sandbox = try startSandbox(["--clock", "manual", "--session-max-lifetime", "60"])
        func advance(_ seconds: Int) throws {
            XCTAssertEqual(try sandbox.sendJSON("POST", "/_sandbox/clock/advance", #"{"seconds": \#(seconds)}"#, token: nil).status.code, 200)
        }
        let short = try XCTUnwrap(try json(sandbox.requestToken(body: #"{"grant_type":"session","expires_in":10}"#))["ust"]?.stringValue)
        let long = try mintToken(sandbox)
        let path = "/rest/v1/users/MAG123456789?style=summary"
        try advance(9)
        XCTAssertEqual(try sandbox.get(path, token: short).status.code, 200)
        try advance(1)
        let expired = assertError(try sandbox.get(path, token: short), status: 401, code: 1004, messageContains: "expired")
        XCTAssertEqual(try sandbox.get(path, token: long).status.code, 200, "each token has its own lifetime")
        try advance(50)
        assertError(try sandbox.get(path, token: long), status: 401, code: 1004)
        // Distinct from missing, malformed and unknown.
        let others = [assertError(try sandbox.get(path, token: nil), status: 401, code: 1001),
                      assertError(try sandbox.get(path, token: "x"), status: 401, code: 1002),
                      assertError(try sandbox.get(path, token: World.demoToken.uppercased()), status: 401, code: 1003)]
        XCTAssertFalse(others.contains(expired))
        // The demo token never expires; a new token works at once.
        try advance(10 * 365 * 86_400)
        XCTAssertEqual(try sandbox.get(path).status.code, 200)
        XCTAssertEqual(try sandbox.get(path, token: try mintToken(sandbox)).status.code, 200)
    }

    func testNoDemoTokenFlagRefusesTheDocsToken() throws {
        for sandbox in [try startSandbox(["--no-demo-token"]), try startSandbox(environment: ["EQP_SANDBOX_DEMO_TOKEN": "false"])] {
            assertError(try sandbox.get("/rest/v1/users/MAG123456789"), status: 401, code: 1003)
            let ust = try mintToken(sandbox)
            XCTAssertEqual(try sandbox.get("/rest/v1/users/MAG123456789", token: ust).status.code, 200)
        }
        // On by default.
        let sandbox = try startSandbox()
        XCTAssertEqual(try sandbox.get("/rest/v1/users/MAG123456789").status.code, 200)
    }

    func testTokensBelongToTheSandboxThatIssuedThem() throws {
        let a = try startSandbox(), b = try startSandbox()
        let ust = try mintToken(a)
        XCTAssertEqual(try a.get("/rest/v1/users/MAG123456789", token: ust).status.code, 200)
        assertError(try b.get("/rest/v1/users/MAG123456789", token: ust), status: 401, code: 1003)
    }
}
