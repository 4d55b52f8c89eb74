/// Serializes responses. Message framing and connection headers are decided here and only
/// here: `Content-Length`, `Transfer-Encoding`, `Date` and `Connection` given in
/// `response.headers` are ignored and replaced.
public enum HTTPResponseEncoder {
    /// The interim response sent when a request has `Expect: 100-continue` (RFC 9110 §10.1.1).
    public static let continueLine: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Appends the status line, the header section and the blank line to `out`. Adds
    /// `Content-Type: application/json` when absent, `Content-Length` (= body.count; none for
    /// 1xx, 204 and 304, RFC 9110 §8.6), `Date`, and `Connection: close` when `!keepAlive`
    /// (`Connection: keep-alive` when keeping an HTTP/1.0 connection, RFC 9112 §9.3).
    public static func writeHead(_ response: HTTPResponse, date: String, keepAlive: Bool,
                                 requestVersion: HTTPVersion, into out: inout [UInt8]) {
        let code = response.status.code
        let bodiless = !hasBody(status: code)
        out.append(contentsOf: "HTTP/1.1 ".utf8)
        appendDecimal(code, to: &out)
        out.append(ASCII.space)
        appendSanitized(response.status.reason, to: &out)
        appendCRLF(&out)

        var hasContentType = false
        for field in response.headers {
            let name = field.name
            if name.asciiCaseInsensitiveEquals("Content-Length") || name.asciiCaseInsensitiveEquals("Transfer-Encoding")
                || name.asciiCaseInsensitiveEquals("Date") || name.asciiCaseInsensitiveEquals("Connection") {
                continue
            }
            if name.asciiCaseInsensitiveEquals("Content-Type") { hasContentType = true }
            appendField(name, field.value, to: &out)
        }
        if !hasContentType && !bodiless { out.append(contentsOf: "Content-Type: application/json\r\n".utf8) }
        if !bodiless {
            out.append(contentsOf: "Content-Length: ".utf8)
            appendDecimal(response.body.count, to: &out)
            appendCRLF(&out)
        }
        appendField("Date", date, to: &out)
        if !keepAlive {
            out.append(contentsOf: "Connection: close\r\n".utf8)
        } else if requestVersion == .http1_0 {
            out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        appendCRLF(&out)
    }

    /// Head and body in one buffer. The body is left out for HEAD (whose Content-Length still
    /// describes it, RFC 9110 §9.3.2) and for 1xx, 204 and 304.
    public static func encode(_ response: HTTPResponse, date: String, keepAlive: Bool,
                              requestVersion: HTTPVersion, isHEAD: Bool) -> [UInt8] {
        var out: [UInt8] = []
        let withBody = !isHEAD && hasBody(status: response.status.code)
        out.reserveCapacity(160 + 48 * response.headers.count + (withBody ? response.body.count : 0))
        writeHead(response, date: date, keepAlive: keepAlive, requestVersion: requestVersion, into: &out)
        if withBody { out.append(contentsOf: response.body) }
        return out
    }

    /// Whether a response with this status carries content (RFC 9110 §6.4.1).
    public static func hasBody(status code: Int) -> Bool {
        !(code >= 100 && code < 200) && code != 204 && code != 304
    }

    @inline(__always) private static func appendCRLF(_ out: inout [UInt8]) {
        out.append(ASCII.cr)
        out.append(ASCII.lf)
    }

    private static func appendField(_ name: String, _ value: String, to out: inout [UInt8]) {
        appendSanitized(name, to: &out)
        out.append(contentsOf: ": ".utf8)
        appendSanitized(value, to: &out)
        appendCRLF(&out)
    }

    /// CR, LF and NUL become spaces, so a handler echoing client input into a header cannot
    /// split the response (RFC 9110 §5.5).
    private static func appendSanitized(_ s: String, to out: inout [UInt8]) {
        let utf8 = s.utf8
        if !utf8.contains(where: { $0 == ASCII.cr || $0 == ASCII.lf || $0 == 0 }) {
            out.append(contentsOf: utf8)
            return
        }
        for b in utf8 { out.append(b == ASCII.cr || b == ASCII.lf || b == 0 ? ASCII.space : b) }
    }

    static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        var divisor = 1
        let value = max(0, n)
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
