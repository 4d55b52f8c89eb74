import EQP
import Formats
import HTTP1

/// Responses in one place: JSON bodies always with `Content-Type: application/json`, lists
/// with `X-Total-Count` (filtering.md).
enum APIResponse {
    static func json(_ value: JSON, status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        var h = headers
        h.set("Content-Type", "application/json")
        return .json(status, value.serialized(), headers: h)
    }

    /// A page of a list: the items as a JSON array, the unpaged count in `X-Total-Count`.
    static func list(_ page: Page<JSON>) -> HTTPResponse {
        json(.array(page.items), headers: ["X-Total-Count": String(page.total)])
    }

    /// 204 with no body (users.md, "Delete keys").
    static func noContent() -> HTTPResponse { HTTPResponse(status: .noContent) }
}

extension PageRequest {
    /// `offset` and `limit` from the query string.
    init(query request: HTTPRequest) throws {
        self = try PageRequest.parse(offset: request.queryValue("offset"), limit: request.queryValue("limit"))
    }
}

extension DownloadLinks {
    /// Links on the host and port the client used (the `Host` header), so they work from
    /// wherever the client reaches the sandbox.
    init(request: HTTPRequest) {
        let host = request.headers["Host"].map { String($0.trimmingASCIIWhitespace()) } ?? ""
        let proto = request.headers["X-Forwarded-Proto"].map { String($0.trimmingASCIIWhitespace()).lowercased() } == "https" ? "https" : "http"
        self.init(baseURL: "\(proto)://\(host.isEmpty ? "localhost" : host)")
    }
}
