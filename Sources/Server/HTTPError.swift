import HTTP1

/// An error that knows the HTTP response it should become. Domain errors conform to this in
/// the API layer; the router turns them into responses in one place.
public protocol HTTPResponseConvertible: Error {
    var httpResponse: HTTPResponse { get }
}

/// A plain HTTP failure in the EQP error shape `{"code": N, "message": "..."}`.
public struct HTTPError: HTTPResponseConvertible, Equatable, CustomStringConvertible {
    public var status: HTTPStatus
    public var code: Int
    public var message: String
    public var headers: HTTPHeaders

    public init(_ status: HTTPStatus, code: Int? = nil, _ message: String, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.code = code ?? status.code
        self.message = message
        self.headers = headers
    }

    public var httpResponse: HTTPResponse { .error(status, code: code, message: message, headers: headers) }
    public var description: String { "\(status.code) \(message)" }
}
