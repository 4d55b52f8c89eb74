import Formats
import HTTP1
import TestSupport
import XCTest

/// Every curl example of auth.md, users.md, callbacks.md, files.md, the files part of
/// filtering.md, and reports.md, sent exactly as curl sends it (method, headers, body; only
/// the host differs) to one fresh sandbox, in the order the pages give them.
final class DocsExamplesEndToEndTests: EndToEndTestCase {
    let bearer = "Authorization: Bearer baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7"
    let jsonType = "Content-Type: application/json"

    func testEveryCurlExampleInDocsOrder() throws {
        let sandbox = try startSandbox()

        // auth.md, "How to obtain a session token".
        var r = try sandbox.curl("POST", "/rest/v1/app/session/token", user: "AQ17NZ49WC:8820c99614d65f923df7660276f20e029d73e2ca",
                                 headers: ["Content-Type: application/json"], data: #"{ "grant_type" : "session" }"#)
        let grant = try json(r)
        XCTAssertEqual(grant["mage_id"], "MAG123456789", "auth.md token")
        XCTAssertEqual(grant["expires_in"], 7200, "auth.md token")
        XCTAssertTrue(matchesWhole(grant["ust"]?.stringValue ?? "", sessionTokenPattern))
        // auth.md, "How to use a session token".
        r = try sandbox.curl("GET", "/rest/v1/users/MAG123456789", headers: [bearer])
        XCTAssertEqual(try json(r)["mage_id"], "MAG123456789", "auth.md profile")

        // users.md, "Get profile data": full, then summary.
        r = try sandbox.curl("GET", "/rest/v1/users/MAG123456789", headers: [bearer])
        XCTAssertEqual(try json(r)["company_profile"]?["name"], "Agent Smith Inc.", "users.md profile")
        r = try sandbox.curl("GET", "/rest/v1/users/MAG123456789?style=summary", headers: [bearer])
        XCTAssertEqual(try json(r).objectValue?.count, 9, "users.md summary")
        // users.md, "Update profile data".
        r = try sandbox.curl("PUT", "/rest/v1/users/MAG123456789", headers: [bearer, jsonType],
                             data: #"{ "action" : "submit", "personal_profile" : { "bio" : "My extensions have won Nobel Prizes in both literature and physics." } }"#)
        XCTAssertEqual(try json(r)["personal_profile"]?["bio"], "My extensions have won Nobel Prizes in both literature and physics.", "users.md PUT")
        // users.md, "Get keys".
        r = try sandbox.curl("GET", "/rest/v1/users/MAG123456789/keys?uid=all", headers: [bearer])
        XCTAssertEqual(try json(r), KeysEndToEndTests.docsKeys, "users.md GET keys")
        // users.md, "Create keys".
        r = try sandbox.curl("POST", "/rest/v1/users/MAG123456789/keys", headers: [bearer, jsonType],
                             data: #"{ "m2": [ {"label":"key_for_alice"}, {"label":"key_for_charlie", "uid":"MAG123456789"}, {"label":"key_for_my_org", "uid":"000CBA111DCB222@AdobeOrg"} ] }"#)
        XCTAssertEqual(try json(r)["m2"]?.arrayValue?.map { $0["code"] }, [200, 200, 200], "users.md POST keys")
        // users.md, "Update keys".
        r = try sandbox.curl("PUT", "/rest/v1/users/MAG123456789/keys/key_for_bob", headers: [bearer, jsonType],
                             data: #"{ "m2" : [ { "is_enabled" : true, "uid" : "MAG123456789" } ] }"#)
        XCTAssertEqual(try json(r), ["m2": [["label": "key_for_bob", "user_key": "4b335b25f8eb3449e7e222e8f9e052b0",
                                             "password_key": "9ca8abe7376f451bde40513474c13c3c", "is_enabled": true, "uid": "MAG123456789"]]],
                       "users.md PUT key")
        // users.md, "Delete keys".
        r = try sandbox.curl("DELETE", "/rest/v1/users/MAG123456789/keys/key_for_charlie?uid=MAG123456789", headers: [bearer])
        XCTAssertEqual(r.status.code, 204, "users.md DELETE key")
        // users.md, "User reports" (endpoints without a curl example; same headers as the others).
        for kind in World.userReports {
            r = try sandbox.curl("GET", "/rest/v1/users/MAG123456789/reports/\(kind)", headers: [bearer])
            XCTAssertEqual(try json(r), [], "users.md reports/\(kind)")
        }

        // callbacks.md, "Register a callback".
        r = try sandbox.curl("PUT", "/rest/v1/users/MAG123456789", headers: [bearer, jsonType],
                             data: #"{"api_callbacks": [{"name": "My 1st EQP Callback","url": "https://developer.example.com/rest/v1/callback","username": "key","password": "secret"}]}"#)
        XCTAssertEqual(try json(r)["api_callbacks"], [["name": "My 1st EQP Callback", "url": "https://developer.example.com/rest/v1/callback", "username": "key"]],
                       "callbacks.md")

        // files.md, "Get a file upload".
        r = try sandbox.curl("GET", "/rest/v1/files/uploads/5c129cd41ba478.65767699.1", headers: [bearer])
        let icon = try json(r)
        XCTAssertEqual(icon["file_upload_id"], "5c129cd41ba478.65767699.1", "files.md GET")
        XCTAssertEqual(icon["filename"], "icon.png")
        XCTAssertEqual(icon["content_type"], "image/png")
        XCTAssertEqual(icon["malware_status"], "pass")
        XCTAssertNotNil(icon["submission_ids"]?.arrayValue, "an array (the packages seed links icon.png to its package)")
        XCTAssertEqual(icon["is_profile_image"], false)
        XCTAssertTrue(matchesWhole(icon["file_hash"]?.stringValue ?? "", "[0-9a-f]{32}"))
        // files.md, "Upload files": the sample body saved verbatim to /tmp/files-payload.
        r = try sandbox.curl("POST", "/rest/v1/files/uploads",
                             headers: [bearer, "Content-Type: multipart/form-data; boundary=UNIQUE_BOUNDARY_TOKEN"],
                             dataBinary: Array(SampleFiles.docsPayloadVerbatim.utf8))
        let uploaded = try XCTUnwrap(try json(r).arrayValue, "files.md POST")
        XCTAssertEqual(uploaded.map { $0["filename"]?.stringValue }, ["acme_one-click-checkout.zip", "icon.png", "acme-logo.png", "user.pdf"])
        XCTAssertEqual(uploaded.map { $0["content_type"]?.stringValue }, ["application/zip", "image/png", "image/png", "application/pdf"])
        // The placeholder lines are the contents; the LF before each delimiter belongs to it.
        XCTAssertEqual(uploaded.map { $0["size"]?.intValue }, [29, 31, 31, 28])
        for item in uploaded { XCTAssertTrue(matchesWhole(item["file_upload_id"]?.stringValue ?? "", fileUploadIDPattern), item.text) }
        // The same example with real bytes, CRLF-framed as curl -F would build the file.
        r = try sandbox.curl("POST", "/rest/v1/files/uploads",
                             headers: [bearer, "Content-Type: multipart/form-data; boundary=UNIQUE_BOUNDARY_TOKEN"],
                             dataBinary: Multipart.body(SampleFiles.docsUpload))
        XCTAssertEqual(try json(r).arrayValue?.map { $0["size"]?.intValue }, SampleFiles.docsUpload.map { $0.bytes.count }, "files.md POST, real bytes")

        // filtering.md, "Paginating batch requests" (files page only).
        r = try sandbox.curl("GET", "/rest/v1/files/uploads", headers: [bearer])
        XCTAssertEqual(r.headers["X-Total-Count"], String(World.seededFileCount + 8), "filtering.md")
        XCTAssertEqual(try json(r).arrayValue?.count, 19)
        r = try sandbox.curl("GET", "/rest/v1/files/uploads?offset=0&limit=-1", headers: [bearer])
        XCTAssertEqual(try json(r).arrayValue?.count, World.seededFileCount + 8, "filtering.md limit=-1")
        r = try sandbox.curl("GET", "/rest/v1/files/uploads?offset=15&limit=2", headers: [bearer])
        XCTAssertEqual(try json(r).arrayValue?.map { $0["filename"]?.stringValue }, ["acme_one-click-checkout.zip", "icon.png"], "filtering.md offset")

        // reports.md, "Marketplace Reports".
        r = try sandbox.curl("GET", "/rest/v1/reports/metrics", headers: [bearer])
        XCTAssertEqual(try json(r), [], "reports.md metrics")
        XCTAssertEqual(r.headers["X-Total-Count"], "0")
        r = try sandbox.curl("GET", "/rest/v1/reports/metrics/pageviews", headers: [bearer])
        assertError(r, status: 404, code: 1401)
    }

    /// The README's two commands, with the port the test's sandbox got.
    func testReadmeExamples() throws {
        let sandbox = try startSandbox()
        let grant = try json(sandbox.curl("POST", "/rest/v1/app/session/token", user: "AQ17NZ49WC:8820c99614d65f923df7660276f20e029d73e2ca",
                                          headers: ["Content-Type: application/json"], data: #"{ "grant_type" : "session" }"#))
        XCTAssertEqual(grant["mage_id"], "MAG123456789")
        XCTAssertEqual(try json(sandbox.curl("GET", "/rest/v1/users/MAG123456789", headers: [bearer]))["first_name"], "John")
    }
}
