/// The head of a request: everything before the body, already validated and decoded.
public struct HTTPRequestHead: Sendable {
    public var method: HTTPMethod
    /// The request-target exactly as received (origin-form: path and query).
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// The path, percent-decoded.
    public var path: String
    /// The path split on `/` *before* percent-decoding each segment, so an encoded slash
    /// (`skus/acme%2Fone-click-checkout`) stays inside its segment. Empty segments are dropped.
    public var pathSegments: [String]
    /// The query parameters in order, percent-decoded, with `+` read as a space.
    public var query: [(name: String, value: String)]
    /// Whether the connection stays open after this exchange (RFC 9112 §9.3).
    public var keepAlive: Bool
    /// `Expect: 100-continue` was sent.
    public var expectsContinue: Bool

    public init(method: HTTPMethod, target: String, version: HTTPVersion = .http1_1,
                headers: HTTPHeaders = HTTPHeaders()) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        let (rawPath, rawQuery) = URLTarget.split(target)
        self.path = URLTarget.percentDecode(rawPath) ?? rawPath
        self.pathSegments = URLTarget.segments(rawPath)
        self.query = rawQuery.map(URLTarget.parseQuery) ?? []
        self.keepAlive = HTTPRequestHead.defaultKeepAlive(version: version, headers: headers)
        self.expectsContinue = headers["Expect"].map { $0.asciiCaseInsensitiveEquals("100-continue") } ?? false
    }

    /// HTTP/1.1 keeps the connection unless `close` is listed; HTTP/1.0 only with `keep-alive`.
    public static func defaultKeepAlive(version: HTTPVersion, headers: HTTPHeaders) -> Bool {
        if headers.hasToken("close", in: "Connection") { return false }
        if version.major == 1 && version.minor == 0 { return headers.hasToken("keep-alive", in: "Connection") }
        return true
    }

    /// The first query value with that name.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}

/// A complete request: head and body (de-chunked).
public struct HTTPRequest: Sendable {
    public var head: HTTPRequestHead
    public var body: [UInt8]

    public init(head: HTTPRequestHead, body: [UInt8] = []) {
        self.head = head
        self.body = body
    }

    public init(method: HTTPMethod, target: String, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.head = HTTPRequestHead(method: method, target: target, headers: headers)
        self.body = body
    }

    public var method: HTTPMethod { head.method }
    public var path: String { head.path }
    public var headers: HTTPHeaders { head.headers }
    public var pathSegments: [String] { head.pathSegments }
    public func queryValue(_ name: String) -> String? { head.queryValue(name) }
}
