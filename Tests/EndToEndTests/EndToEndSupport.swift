import Formats
import Foundation
import Glibc
import HTTP1
import TestSupport
import XCTest

/// The docs' example world, as the bundled seed-data defines it (seed-data/README.md).
enum World {
    static let mageID = "MAG123456789"
    static let appID = "AQ17NZ49WC"
    static let appSecret = "8820c99614d65f923df7660276f20e029d73e2ca"
    static let demoToken = "baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7"
    static let orgID = "000CBA111DCB222@AdobeOrg"

    static let otherMageID = "MAG000000002"
    static let otherAppID = "JD42QX7K3M"
    static let otherAppSecret = "5f0c1e3a9b7d2468ace013579bdf2468ace01357"
    static let otherOrgID = "000FED222ABC333@AdobeOrg"
    static let otherFileID = "5c7a1b2c3d4e5f.24681357.3"

    static let portraitFileID = "5c119a03b4ddf6.75124444.0"
    static let zipFileID = "5c11e656057b42.97931218.5"
    static let iconFileID = "5c129cd41ba478.65767699.1"
    static let seededFileCount = 11

    static let userReports = ["pageviews", "totals", "sales", "refunds"]
}

/// One part of a `multipart/form-data` body.
struct FormPart {
    var name: String? = "file[]"
    var filename: String?
    var contentType: String?
    var bytes: [UInt8]

    init(name: String? = "file[]", filename: String?, contentType: String?, bytes: [UInt8]) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.bytes = bytes
    }
}

enum Multipart {
    static let docsBoundary = "UNIQUE_BOUNDARY_TOKEN"

    static func contentType(boundary: String = docsBoundary) -> String { "multipart/form-data; boundary=\(boundary)" }

    /// The body as curl -F writes it (RFC 7578): CRLF line ends, the CRLF before each
    /// delimiter belongs to the delimiter, not to the file.
    static func body(_ parts: [FormPart], boundary: String = docsBoundary) -> [UInt8] {
        var out: [UInt8] = []
        for part in parts {
            var head = "--\(boundary)\r\nContent-Disposition: form-data"
            if let name = part.name { head += "; name=\"\(name)\"" }
            if let filename = part.filename { head += "; filename=\"\(filename)\"" }
            head += "\r\n"
            if let type = part.contentType { head += "Content-Type: \(type)\r\n" }
            head += "\r\n"
            out += Array(head.utf8) + part.bytes + Array("\r\n".utf8)
        }
        out += Array("--\(boundary)--\r\n".utf8)
        return out
    }
}

/// Real bytes for the files files.md names: a ZIP with a composer.json, PNG images, a PDF.
enum SampleFiles {
    static let composerJSON = Array(#"{"name": "acme/one-click-checkout", "version": "1.1.5", "type": "magento2-module", "require": {"php": ">=8.1"}}"#.utf8)

    static var zip: [UInt8] {
        var w = ZipWriter()
        w.add(path: "composer.json", data: composerJSON)
        w.add(path: "registration.php", data: Array("<?php\n\\Magento\\Framework\\Component\\ComponentRegistrar::register(\\Magento\\Framework\\Component\\ComponentRegistrar::MODULE, 'Acme_OneClickCheckout', __DIR__);\n".utf8))
        w.add(path: "etc/module.xml", data: Array("<?xml version=\"1.0\"?>\n<config><module name=\"Acme_OneClickCheckout\"/></config>\n".utf8))
        return w.finish()
    }

    /// A valid PNG of one colour: signature, IHDR, one IDAT (zlib, stored blocks), IEND.
    static func png(width: Int, height: Int, rgb: (UInt8, UInt8, UInt8)) -> [UInt8] {
        func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let typed = Array(type.utf8) + data
            return be32(UInt32(data.count)) + typed + be32(CRC32.checksum(typed))
        }
        var raw: [UInt8] = []
        for _ in 0..<height {
            raw.append(0) // filter: none
            for _ in 0..<width { raw += [rgb.0, rgb.1, rgb.2] }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let n = min(65535, raw.count - offset)
            let final: UInt8 = offset + n == raw.count ? 1 : 0
            zlib += [final, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            zlib += raw[offset..<offset + n]
            offset += n
        } while offset < raw.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        zlib += be32(b << 16 | a)
        let ihdr = be32(UInt32(width)) + be32(UInt32(height)) + [8, 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    static let icon = png(width: 16, height: 16, rgb: (0xE0, 0x40, 0x20))
    static let logo = png(width: 24, height: 12, rgb: (0x20, 0x60, 0xC0))

    /// A one-page PDF 1.4 with a binary comment line, as real PDFs have.
    static let pdf: [UInt8] = Array("%PDF-1.4\n".utf8) + [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A] + Array("""
    1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
    2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
    3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj
    4 0 obj << /Length 44 >> stream
    BT /F1 24 Tf 72 720 Td (User Guide) Tj ET
    endstream endobj
    trailer << /Root 1 0 R >>
    %%EOF

    """.utf8)

    /// files.md's sample upload, with real bytes in place of "<... content here ...>".
    static var docsUpload: [FormPart] {
        [
            FormPart(filename: "acme_one-click-checkout.zip", contentType: "application/zip", bytes: zip),
            FormPart(filename: "icon.png", contentType: "image/png", bytes: icon),
            FormPart(filename: "acme-logo.png", contentType: "image/png", bytes: logo),
            FormPart(filename: "user.pdf", contentType: "application/pdf", bytes: pdf),
        ]
    }

    /// The 68-byte EICAR anti-virus test string.
    static let eicar = Array(#"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"#.utf8)

    /// files.md's sample request body exactly as the page prints it (LF line ends, the
    /// placeholders as content), as a reader would save it to /tmp/files-payload.
    static let docsPayloadVerbatim = """
    --UNIQUE_BOUNDARY_TOKEN
    Content-Disposition: form-data; name="file[]"; filename="acme_one-click-checkout.zip"
    Content-Type: application/zip

    <zip file content here.....>

    --UNIQUE_BOUNDARY_TOKEN
    Content-Disposition: form-data; name="file[]"; filename="icon.png"
    Content-Type: image/png

    <image file content here.....>

    --UNIQUE_BOUNDARY_TOKEN
    Content-Disposition: form-data; name="file[]"; filename="acme-logo.png"
    Content-Type: image/png

    <image file content here.....>

    --UNIQUE_BOUNDARY_TOKEN
    Content-Disposition: form-data; name="file[]"; filename="user.pdf"
    Content-Type: application/pdf

    <pdf file content here....>

    --UNIQUE_BOUNDARY_TOKEN--

    """
}

/// A running `eqp-sandbox` binary (started with `--port 0`) and a client that sends what curl
/// sends: a new connection per request, `Host` with the port, curl's default headers.
final class Sandbox {
    let process: SandboxProcess
    var port: Int { process.port }
    var authority: String { "127.0.0.1:\(port)" }

    /// Access lines are switched off: nobody reads the child's stderr pipe, and a full pipe
    /// (64 KiB, a few hundred access lines) would block the sandbox mid-test.
    init(_ flags: [String] = [], environment: [String: String] = [:]) throws {
        let env = ["EQP_SANDBOX_ACCESS_LOG": "false"].merging(environment) { _, given in given }
        process = try SandboxProcess(arguments: ["--port", "0"] + flags, environment: env)
    }

    func connect() throws -> TestConnection { try TestConnection(port: port) }

    /// The request bytes: request line, Host, curl's User-Agent and Accept, `headers` as given,
    /// and Content-Length when there is a body (none at all when `body` is nil).
    func requestBytes(_ method: String, _ target: String, headers: [(String, String)], body: [UInt8]?) -> [UInt8] {
        var text = "\(method) \(target) HTTP/1.1\r\nHost: \(authority)\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if let body, !headers.contains(where: { $0.0.lowercased() == "transfer-encoding" }) {
            text += "Content-Length: \(body.count)\r\n"
        }
        text += "\r\n"
        return Array(text.utf8) + (body ?? [])
    }

    /// One request on `connection`, or on a new connection (as curl does) when nil.
    func send(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8]? = nil,
              on connection: TestConnection? = nil) throws -> HTTPResponse {
        let c = try connection ?? connect()
        try c.send(requestBytes(method, target, headers: headers, body: body))
        return try c.readResponse(requestWasHEAD: method == "HEAD")
    }

    /// A curl command line: `-u user:pass`, `-H 'Name: value'`..., `-d data` (with curl's
    /// form Content-Type unless one was given), `--data-binary`.
    func curl(_ method: String, _ target: String, user: String? = nil, headers: [String] = [],
              data: String? = nil, dataBinary: [UInt8]? = nil) throws -> HTTPResponse {
        var h: [(String, String)] = []
        if let user { h.append(("Authorization", "Basic " + Base64.encode(Array(user.utf8)))) }
        for line in headers {
            let colon = line.firstIndex(of: ":")!
            h.append((String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        var body: [UInt8]?
        if let data { body = Array(data.utf8) }
        if let dataBinary { body = dataBinary }
        if body != nil && !h.contains(where: { $0.0.lowercased() == "content-type" }) {
            h.append(("Content-Type", "application/x-www-form-urlencoded"))
        }
        return try send(method, target, headers: h, body: body)
    }

    static func bearer(_ token: String) -> (String, String) { ("Authorization", "Bearer \(token)") }
    static let jsonType = ("Content-Type", "application/json")

    func get(_ target: String, token: String? = World.demoToken, headers: [(String, String)] = []) throws -> HTTPResponse {
        try send("GET", target, headers: (token.map { [Self.bearer($0)] } ?? []) + headers)
    }

    func delete(_ target: String, token: String? = World.demoToken, headers: [(String, String)] = []) throws -> HTTPResponse {
        try send("DELETE", target, headers: (token.map { [Self.bearer($0)] } ?? []) + headers)
    }

    /// A JSON body with `Content-Type: application/json`.
    func sendJSON(_ method: String, _ target: String, _ json: String, token: String? = World.demoToken) throws -> HTTPResponse {
        try send(method, target, headers: (token.map { [Self.bearer($0)] } ?? []) + [Self.jsonType], body: Array(json.utf8))
    }

    func upload(_ parts: [FormPart], token: String? = World.demoToken, boundary: String = Multipart.docsBoundary) throws -> HTTPResponse {
        try send("POST", "/rest/v1/files/uploads",
                 headers: (token.map { [Self.bearer($0)] } ?? []) + [("Content-Type", Multipart.contentType(boundary: boundary))],
                 body: Multipart.body(parts, boundary: boundary))
    }

    /// `POST /rest/v1/app/session/token` with HTTP Basic and `{"grant_type":"session"}`.
    func requestToken(appID: String = World.appID, secret: String = World.appSecret, body: String = #"{"grant_type":"session"}"#) throws -> HTTPResponse {
        try send("POST", "/rest/v1/app/session/token",
                 headers: [("Authorization", "Basic " + Base64.encode(Array("\(appID):\(secret)".utf8))), Self.jsonType],
                 body: Array(body.utf8))
    }
}

/// Each test starts its own sandbox(es); they are stopped when the test ends and must exit 0.
class EndToEndTestCase: XCTestCase {
    func startSandbox(_ flags: [String] = [], environment: [String: String] = [:]) throws -> Sandbox {
        let sandbox = try Sandbox(flags, environment: environment)
        addTeardownBlock {
            XCTAssertEqual(sandbox.process.stop(), 0, "the sandbox must exit 0 on SIGTERM (a crash would show here)")
        }
        return sandbox
    }

    /// A fresh session token for the owner of this API access key.
    func mintToken(_ sandbox: Sandbox, appID: String = World.appID, secret: String = World.appSecret,
                   file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try sandbox.requestToken(appID: appID, secret: secret)
        let body = try json(r, file: file, line: line)
        return try XCTUnwrap(body["ust"]?.stringValue, file: file, line: line)
    }

    /// Asserts the status and a JSON content type, and parses the body.
    @discardableResult
    func json(_ r: HTTPResponse, status: Int = 200, file: StaticString = #filePath, line: UInt = #line) throws -> JSON {
        XCTAssertEqual(r.status.code, status, r.bodyText, file: file, line: line)
        XCTAssertEqual(r.headers["Content-Type"], "application/json", file: file, line: line)
        do {
            return try JSON.parse(r.body)
        } catch {
            XCTFail("body is not JSON (\(error)): \(r.bodyText)", file: file, line: line)
            throw error
        }
    }

    /// Asserts an error response: the status, and a body that is exactly
    /// `{"code": <integer>, "message": "<non-empty>"}` (handling-errors.md). Answers the message.
    @discardableResult
    func assertError(_ r: HTTPResponse, status: Int, code: Int? = nil, messageContains: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertEqual(r.status.code, status, r.bodyText, file: file, line: line)
        XCTAssertEqual(r.headers["Content-Type"], "application/json", r.bodyText, file: file, line: line)
        guard let body = try? JSON.parse(r.body), case .object(let o) = body else {
            XCTFail("error body is not a JSON object: \(r.bodyText)", file: file, line: line)
            return ""
        }
        XCTAssertEqual(o.keys, ["code", "message"], r.bodyText, file: file, line: line)
        guard case .int(let actualCode)? = o["code"] else {
            XCTFail("code is not an integer: \(r.bodyText)", file: file, line: line)
            return ""
        }
        if let code { XCTAssertEqual(actualCode, code, r.bodyText, file: file, line: line) }
        let message = o["message"]?.stringValue ?? ""
        XCTAssertFalse(message.isEmpty, "message must be a non-empty string: \(r.bodyText)", file: file, line: line)
        if let messageContains {
            XCTAssertTrue(message.contains(messageContains), "'\(message)' should contain '\(messageContains)'", file: file, line: line)
        }
        return message
    }

    /// `X-Total-Count` as a number.
    func totalCount(_ r: HTTPResponse, file: StaticString = #filePath, line: UInt = #line) -> Int? {
        guard let value = r.headers["X-Total-Count"] else {
            XCTFail("no X-Total-Count header", file: file, line: line)
            return nil
        }
        return Int(value)
    }

    /// GET of a file record's `url` on a second connection: the downloaded response.
    func download(_ url: String, from sandbox: Sandbox, file: StaticString = #filePath, line: UInt = #line) throws -> HTTPResponse {
        let prefix = "http://\(sandbox.authority)/"
        XCTAssertTrue(url.hasPrefix(prefix), "url '\(url)' should be served by the sandbox at \(prefix)", file: file, line: line)
        let path = "/" + url.dropFirst(prefix.count)
        let c = try sandbox.connect()
        try c.send("GET \(path) HTTP/1.1\r\nHost: \(sandbox.authority)\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n")
        return try c.readResponse()
    }
}

/// Whole-string regular expression match.
func matchesWhole(_ s: String, _ pattern: String) -> Bool {
    guard let re = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { return false }
    return re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
}

/// `5c11e656057b42.97931218.5` (files.md).
let fileUploadIDPattern = "[0-9a-f]{14}\\.[0-9]{8}\\.[0-9]"
/// `baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7` (auth.md).
let sessionTokenPattern = "[A-Za-z0-9]{32}\\.[A-Za-z0-9]{12}"
