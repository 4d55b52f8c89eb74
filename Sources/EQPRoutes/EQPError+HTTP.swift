import EQP
import HTTP1
import Server

/// Domain errors become `{"code": N, "message": "..."}` with their status (handling-errors.md),
/// at the router's single error boundary. 401s say which scheme to use (RFC 9110 §11.6.1):
/// Basic for the token endpoint, Bearer (RFC 6750 §3) everywhere else.
extension EQPError: HTTPResponseConvertible {
    public var httpResponse: HTTPResponse {
        var headers = HTTPHeaders()
        if status == 401 {
            switch code {
            case 1010...1019: headers.add("WWW-Authenticate", "Basic realm=\"EQP API\"")
            case 1003, 1004: headers.add("WWW-Authenticate", "Bearer realm=\"EQP API\", error=\"invalid_token\"")
            default: headers.add("WWW-Authenticate", "Bearer realm=\"EQP API\"")
            }
        }
        return .error(HTTPStatus(status), code: code, message: message, headers: headers)
    }
}
