import EQP
import EQPRoutes
import Formats
import HTTP1
import Server
import XCTest

/// Drives the EQP routes through `Router.respond(to:remoteAddress:)`, no sockets involved,
/// over the bundled seed with a manual clock.
class APITestCase: XCTestCase {
    static let start = 1_704_067_200  // 2024-01-01 00:00:00 UTC
    static let docsUser = "MAG123456789"
    static let otherUser = "MAG000000002"
    static let docsBasic = "AQ17NZ49WC:8820c99614d65f923df7660276f20e029d73e2ca"
    static let otherBasic = "JD42QX7K3M:5f0c1e3a9b7d2468ace013579bdf2468ace01357"
    static let demoToken = "baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7"
    static let host = "127.0.0.1:8080"

    var clock: SandboxClock!
    var store: SandboxStore!
    var router: Router!

    /// Options for the store; subclasses override.
    var options: SandboxStore.Options { SandboxStore.Options() }

    static var seedDirectory: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/seed-data"
    }

    override func setUpWithError() throws {
        clock = .manual(at: Self.start)
        store = SandboxStore(seed: try SeedLoader.load(directory: Self.seedDirectory), clock: clock, ids: .seeded(99), options: options)
        router = Router()
        router.onUnexpectedError = { error, request in XCTFail("unexpected error \(error) for \(request.method) \(request.path)") }
        EQPAPI.register(on: router, store: store)
    }

    /// Sends a request. `token` adds a Bearer header; `headers` are added as given.
    func send(_ method: HTTPMethod, _ target: String, token: String? = APITestCase.demoToken,
              headers: [(String, String)] = [], body: [UInt8] = []) -> HTTPResponse {
        var h = HTTPHeaders([("Host", Self.host)])
        if let token { h.add("Authorization", "Bearer \(token)") }
        for (name, value) in headers { h.add(name, value) }
        return router.respond(to: HTTPRequest(method: method, target: target, headers: h, body: body), remoteAddress: "127.0.0.1:50000")
    }

    func send(_ method: HTTPMethod, _ target: String, token: String? = APITestCase.demoToken,
              headers: [(String, String)] = [("Content-Type", "application/json")], json: String) -> HTTPResponse {
        send(method, target, token: token, headers: headers, body: Array(json.utf8))
    }

    /// A fresh token for the user owning these Basic credentials.
    func token(_ basic: String = APITestCase.otherBasic) throws -> String {
        let r = send(.POST, "/rest/v1/app/session/token", token: nil,
                     headers: [("Authorization", "Basic " + Base64.encode(Array(basic.utf8))), ("Content-Type", "application/json")],
                     body: Array(#"{"grant_type":"session"}"#.utf8))
        XCTAssertEqual(r.status.code, 200)
        return try XCTUnwrap(body(r)["ust"]?.stringValue)
    }

    func body(_ response: HTTPResponse, file: StaticString = #filePath, line: UInt = #line) -> JSON {
        do {
            return try JSON.parse(response.body)
        } catch {
            XCTFail("response body is not JSON: \(String(decoding: response.body, as: UTF8.self))", file: file, line: line)
            return .null
        }
    }

    /// Asserts an EQP error response: status, `{"code","message"}` and JSON content type.
    @discardableResult
    func assertError(_ response: HTTPResponse, status: Int, code: Int, messageContains: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertEqual(response.status.code, status, String(decoding: response.body, as: UTF8.self), file: file, line: line)
        XCTAssertEqual(response.headers["Content-Type"], "application/json", file: file, line: line)
        let json = body(response, file: file, line: line)
        XCTAssertEqual(json.objectValue?.keys, ["code", "message"], file: file, line: line)
        XCTAssertEqual(json["code"]?.intValue, code, json.text, file: file, line: line)
        let message = json["message"]?.stringValue ?? ""
        if let messageContains { XCTAssertTrue(message.contains(messageContains), message, file: file, line: line) }
        return message
    }

    func assertJSON(_ response: HTTPResponse, status: Int = 200, file: StaticString = #filePath, line: UInt = #line) -> JSON {
        XCTAssertEqual(response.status.code, status, String(decoding: response.body, as: UTF8.self), file: file, line: line)
        XCTAssertEqual(response.headers["Content-Type"], "application/json", file: file, line: line)
        return body(response, file: file, line: line)
    }
}
