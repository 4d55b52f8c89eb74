import EQP
@testable import EQPRoutes
import Formats
import HTTP1
import Server
import XCTest

/// The EQP routes plus the control API on one router, no sockets, manual clock, seeded IDs.
class ControlTestCase: APITestCase {
    var journal: RequestJournal!
    var faults: FaultInjector!
    /// Set by subclasses before `super.setUpWithError()` to protect the control API.
    var controlToken: String? { nil }

    override func setUpWithError() throws {
        try super.setUpWithError()
        journal = RequestJournal(capacity: 50, clock: clock, recordsDurations: false)
        faults = FaultInjector(seed: 7)
        let settings = ControlSettings(version: "9.9.9", controlToken: controlToken) { ["port": 8080, "deterministic": true] }
        ControlAPI.install(on: router, context: ControlContext(store: store, journal: journal, faults: faults,
                                                              callbacks: nil, settings: settings))
    }

    /// A control call: JSON body given as text, no session token.
    func control(_ method: HTTPMethod, _ path: String, _ json: String? = nil, headers: [(String, String)] = []) -> HTTPResponse {
        send(method, path, token: nil, headers: headers + [("Content-Type", "application/json")], body: Array((json ?? "").utf8))
    }

    /// Basic credentials as a header value.
    func basic(_ appID: String, _ secret: String) -> String { "Basic " + Base64.encode(Array("\(appID):\(secret)".utf8)) }

    /// Mints a token with an access key; nil (and the response checked) when refused.
    func mint(_ appID: String, _ secret: String) -> (status: Int, token: String?) {
        let r = send(.POST, "/rest/v1/app/session/token", token: nil,
                     headers: [("Authorization", basic(appID, secret)), ("Content-Type", "application/json")],
                     body: Array(#"{"grant_type":"session"}"#.utf8))
        return (r.status.code, r.status.code == 200 ? body(r)["ust"]?.stringValue : nil)
    }

    /// Creates a user through the control API; returns mage_id, app_id and secret.
    func createUser(_ json: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> (mageID: String, appID: String, secret: String) {
        let user = assertJSON(control(.POST, "/_sandbox/users", json), status: 201, file: file, line: line)
        let key = try XCTUnwrap(user["access_keys"]?.arrayValue?.first, file: file, line: line)
        return (try XCTUnwrap(user["mage_id"]?.stringValue, file: file, line: line),
                try XCTUnwrap(key["application_id"]?.stringValue, file: file, line: line),
                try XCTUnwrap(key["application_secret"]?.stringValue, file: file, line: line))
    }

    func upload(_ filename: String, _ bytes: [UInt8], type: String = "application/zip", token: String? = APITestCase.demoToken) -> String? {
        let multipart = Array("--B\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\"\(filename)\"\r\nContent-Type: \(type)\r\n\r\n".utf8)
            + bytes + Array("\r\n--B--\r\n".utf8)
        let r = send(.POST, "/rest/v1/files/uploads", token: token, headers: [("Content-Type", "multipart/form-data; boundary=B")], body: multipart)
        return body(r).arrayValue?.first?["file_upload_id"]?.stringValue
    }
}

extension JSON {
    /// Array element lookup for assertions; nil when out of range or not an array.
    subscript(index: Int) -> JSON? {
        guard let a = arrayValue, a.indices.contains(index) else { return nil }
        return a[index]
    }

    /// Members of an object in order.
    var keys: [String] { objectValue?.keys ?? [] }
}
