import Formats
import HTTP1
import TestSupport
import XCTest

/// A token reaches only its own user's data (SANDBOX-NOTES.md): over real sockets, every
/// resource of one user is a 404 for the other, never shown and never changed.
final class IsolationEndToEndTests: EndToEndTestCase {
    /// Strings that only the docs user's data contains.
    static let johnsData = ["John", "jsmith", "Agent Smith", "johnsmith", "ABC1234", "d41d8cd98f00b204e9800998ecf8427e",
                            "12cbdcd3332eb8f166f62ee1a9bd33d0", "4b335b25f8eb3449e7e222e8f9e052b0", "icon.png", "portrait.png",
                            "developer.example.com", "acme"]

    func snapshot(_ sandbox: Sandbox) throws -> [JSON] {
        try [
            json(sandbox.get("/rest/v1/users/MAG123456789")),
            json(sandbox.get("/rest/v1/users/MAG123456789/keys")),
            json(sandbox.get("/rest/v1/files/uploads?limit=-1")),
        ]
    }

    func testSecondUserNeverReachesTheFirstUsersResources() throws {
        let sandbox = try startSandbox(["--scan-delay", "0"])
        // A file the docs user uploads now, besides the seeded ones.
        let uploaded = try json(sandbox.upload([FormPart(filename: "acme-secret.pdf", contentType: "application/pdf", bytes: SampleFiles.pdf)]))
        let newFile = try XCTUnwrap(uploaded.arrayValue?.first?["file_upload_id"]?.stringValue)
        let before = try snapshot(sandbox)

        let jane = try mintToken(sandbox, appID: World.otherAppID, secret: World.otherAppSecret)
        let bearer = Sandbox.bearer(jane)
        let john = "/rest/v1/users/MAG123456789"
        var requests: [(String, String, String?)] = [
            ("GET", john, nil),
            ("GET", john + "?style=summary", nil),
            ("PUT", john, #"{"first_name": "Mallory", "api_callbacks": [{"url": "https://evil.example/cb"}]}"#),
            ("GET", john + "/keys", nil),
            ("GET", john + "/keys?type=m2&label=main_key", nil),
            ("POST", john + "/keys", #"{"m2": [{"label": "mallory"}]}"#),
            ("PUT", john + "/keys/key_for_bob", #"{"m2": [{"is_enabled": true}]}"#),
            ("PUT", john + "/keys/Key%20for%20My%20Organization", #"{"m2": [{"is_enabled": false, "uid": "000CBA111DCB222@AdobeOrg"}]}"#),
            ("DELETE", john + "/keys/main_key", nil),
            ("DELETE", john + "/keys/main_key?uid=MAG123456789", nil),
            ("GET", "/rest/v1/files/uploads/\(World.iconFileID)", nil),
            ("GET", "/rest/v1/files/uploads/\(World.zipFileID)", nil),
            ("GET", "/rest/v1/files/uploads/\(newFile)", nil),
            ("DELETE", "/rest/v1/files/uploads/\(World.iconFileID)", nil),
            ("DELETE", "/rest/v1/files/uploads/\(newFile)", nil),
        ]
        for kind in World.userReports { requests.append(("GET", "\(john)/reports/\(kind)", nil)) }

        for (method, target, body) in requests {
            let r = try sandbox.send(method, target, headers: [bearer] + (body == nil ? [] : [Sandbox.jsonType]), body: body.map { Array($0.utf8) })
            assertError(r, status: 404)
            for leak in Self.johnsData { XCTAssertFalse(r.bodyText.contains(leak), "\(method) \(target) shows '\(leak)': \(r.bodyText)") }
        }
        XCTAssertEqual(try snapshot(sandbox), before, "nothing of MAG123456789 changed")

        // Her own lists hold only her own things.
        let files = try sandbox.get("/rest/v1/files/uploads?limit=-1", token: jane)
        XCTAssertEqual(files.headers["X-Total-Count"], "1")
        XCTAssertEqual(try json(files).arrayValue?.map { $0["file_upload_id"] }, [.string(World.otherFileID)])
        let keys = try json(sandbox.get("/rest/v1/users/MAG000000002/keys", token: jane))
        XCTAssertEqual(keys["m2"]?.arrayValue?.map { $0["uid"] }, ["MAG000000002"])
        XCTAssertEqual(keys["m1"], [])
        for response in [files, try sandbox.get("/rest/v1/users/MAG000000002/keys", token: jane), try sandbox.get("/rest/v1/users/MAG000000002", token: jane)] {
            for leak in Self.johnsData { XCTAssertFalse(response.bodyText.contains(leak), "'\(leak)' in \(response.bodyText)") }
        }
        // Her uploads do not show up for him either.
        let hers = try json(sandbox.upload([FormPart(filename: "jane-guide.pdf", contentType: "application/pdf", bytes: SampleFiles.pdf)], token: jane))
        let hersID = try XCTUnwrap(hers.arrayValue?.first?["file_upload_id"]?.stringValue)
        assertError(try sandbox.get("/rest/v1/files/uploads/\(hersID)"), status: 404, code: 1301)
        XCTAssertEqual(try snapshot(sandbox), before)
    }

    func testFirstUserNeverReachesTheSecondUsersResources() throws {
        let sandbox = try startSandbox()
        let jane = try mintToken(sandbox, appID: World.otherAppID, secret: World.otherAppSecret)
        let herProfile = try json(sandbox.get("/rest/v1/users/MAG000000002", token: jane))
        let herKeys = try json(sandbox.get("/rest/v1/users/MAG000000002/keys", token: jane))
        let janesData = ["Jane", "jdoe", "janebuilds", "XYZ9876", "jane-logo", "ci.jane.example.org", "Dublin"]

        let her = "/rest/v1/users/MAG000000002"
        var requests: [(String, String, String?)] = [
            ("GET", her, nil), ("GET", her + "?style=summary", nil),
            ("PUT", her, #"{"first_name": "Mallory"}"#),
            ("GET", her + "/keys", nil),
            ("POST", her + "/keys", #"{"m2": [{"label": "mallory"}]}"#),
            ("PUT", her + "/keys/main_key", #"{"m2": [{"is_enabled": false}]}"#),
            ("DELETE", her + "/keys/main_key", nil),
            ("GET", "/rest/v1/files/uploads/\(World.otherFileID)", nil),
            ("DELETE", "/rest/v1/files/uploads/\(World.otherFileID)", nil),
        ]
        for kind in World.userReports { requests.append(("GET", "\(her)/reports/\(kind)", nil)) }
        for (method, target, body) in requests {
            let r = try sandbox.send(method, target, headers: [Sandbox.bearer(World.demoToken)] + (body == nil ? [] : [Sandbox.jsonType]),
                                     body: body.map { Array($0.utf8) })
            assertError(r, status: 404)
            for leak in janesData { XCTAssertFalse(r.bodyText.contains(leak), "\(method) \(target) shows '\(leak)': \(r.bodyText)") }
        }
        let mine = try json(sandbox.get("/rest/v1/files/uploads?limit=-1"))
        XCTAssertFalse(mine.arrayValue?.contains { $0["file_upload_id"] == .string(World.otherFileID) } ?? true)
        XCTAssertEqual(try json(sandbox.get(her, token: jane)), herProfile)
        XCTAssertEqual(try json(sandbox.get(her + "/keys", token: jane)), herKeys)
        XCTAssertEqual(try sandbox.get("/rest/v1/files/uploads/\(World.otherFileID)", token: jane).status.code, 200)
    }
}
