/// Size limits the parser enforces while reading a request. Time limits live with the
/// connection (Server module), since this module never sees a clock.
public struct HTTPLimits: Sendable, Equatable {
    /// Longest request line (method, target, version) before 414 URI Too Long.
    public var maxRequestLineBytes: Int
    /// Largest header section (all field lines) before 431.
    public var maxHeaderBytes: Int
    /// Most header fields before 431.
    public var maxHeaderCount: Int
    /// Largest body, checked against Content-Length before reading the body, and against the
    /// running total for chunked bodies: 413.
    public var maxBodyBytes: Int

    public init(maxRequestLineBytes: Int = 8 * 1024, maxHeaderBytes: Int = 32 * 1024,
                maxHeaderCount: Int = 100, maxBodyBytes: Int = 64 * 1024 * 1024) {
        self.maxRequestLineBytes = maxRequestLineBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxBodyBytes = maxBodyBytes
    }
}

/// A request the parser refuses. The connection answers with `status` and this message in the
/// EQP error shape, then closes: after a framing error the byte stream cannot be trusted.
public struct HTTPParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var status: HTTPStatus
    public var message: String
    public init(_ status: HTTPStatus, _ message: String) {
        self.status = status
        self.message = message
    }
    public var description: String { "\(status.code): \(message)" }
}
