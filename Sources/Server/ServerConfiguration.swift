import HTTP1

/// Every limit, timeout and default of the HTTP server, in one place (DESIGN.md principle 7).
/// The executable documents each in `--help` and the README.
public struct ServerConfiguration: Sendable {
    /// Address to listen on; `0.0.0.0` or `::` for every interface (containers).
    public var host = "127.0.0.1"
    /// Port to listen on; 0 lets the kernel pick a free one (read it back from `HTTPServer.port`).
    public var port = 8080
    /// Request line, header and body size limits (414, 431, 413).
    public var limits = HTTPLimits()
    /// Seconds a client may take to send a complete request head once it started (slow-loris guard).
    public var headerReadTimeout = 10.0
    /// Seconds a client may take to send a request body once the head arrived.
    public var bodyReadTimeout = 60.0
    /// Seconds an idle keep-alive connection stays open between requests.
    public var idleTimeout = 30.0
    /// Seconds a peer may stall reading a response before the connection is dropped.
    public var writeTimeout = 30.0
    /// Most connections open at once. At the limit a new connection takes the place of the one
    /// that has waited longest (at least `evictionMinimumWait`) for a request head to arrive or
    /// finish; with none such it gets a 503 and is closed.
    public var maxConnections = 10_000
    /// Seconds a connection must have been idle or sending its head before a new connection may
    /// take its place at the connection limit (clients send a head in one packet, so a
    /// connection still sending one after a second is slow or stalled).
    public var evictionMinimumWait = 1.0
    /// Event-loop threads; 0 means one per CPU core.
    public var eventLoops = 0
    /// Seconds graceful shutdown waits for in-flight requests before closing what is left.
    public var shutdownGracePeriod = 3.0
    /// Bytes of queued output after which a connection stops reading further (pipelined)
    /// requests until the peer catches up: back-pressure instead of unbounded memory.
    public var outputHighWater = 1 << 20

    public init() {}
}
