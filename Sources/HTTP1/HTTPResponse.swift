/// A response value. Handlers build these; `HTTPResponseEncoder` adds the headers derived
/// from the body and the connection (Content-Length, Date, Connection) in one place.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is already-serialized JSON.
    public static func json(_ status: HTTPStatus = .ok, _ body: [UInt8], headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        var h = headers
        if !h.contains("Content-Type") { h.add("Content-Type", "application/json") }
        return HTTPResponse(status: status, headers: h, body: body)
    }

    /// The EQP error shape `{"code": N, "message": "..."}` (handling-errors.md), used for every 4xx/5xx.
    public static func error(_ status: HTTPStatus, code: Int? = nil, message: String, headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        var body: [UInt8] = []
        body.reserveCapacity(message.utf8.count + 32)
        body.append(contentsOf: "{\"code\":".utf8)
        body.append(contentsOf: String(code ?? status.code).utf8)
        body.append(contentsOf: ",\"message\":".utf8)
        appendJSONString(message, to: &body)
        body.append(UInt8(ascii: "}"))
        return .json(status, body, headers: headers)
    }

    /// Minimal JSON string escaping (RFC 8259 §7) so this module needs no JSON library.
    public static func appendJSONString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
            case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
