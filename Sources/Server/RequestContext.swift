import HTTP1

/// What a route handler gets: the request, the path parameters the route matched, and who
/// is asking. A value: handlers cannot reach the connection.
public struct RequestContext: Sendable {
    public var request: HTTPRequest
    /// Path parameters by name, already percent-decoded (`:submission_id` → "f4eacd72be").
    public var parameters: [String: String]
    /// The route pattern that matched, such as `/rest/v1/products/packages/:submission_id`.
    public var routePattern: String
    /// The peer as `host:port`, for logs.
    public var remoteAddress: String

    public init(request: HTTPRequest, parameters: [String: String] = [:], routePattern: String = "", remoteAddress: String = "") {
        self.request = request
        self.parameters = parameters
        self.routePattern = routePattern
        self.remoteAddress = remoteAddress
    }

    /// The named path parameter. Routes only run when every parameter matched, so a missing
    /// one is a programming error reported as a 500, not a crash.
    public func parameter(_ name: String) throws -> String {
        guard let v = parameters[name] else { throw HTTPError(.internalServerError, "route parameter \(name) missing") }
        return v
    }
}
