import Glibc
import HTTP1
import Sockets

/// Why an outbound request failed.
public struct HTTPClientError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}

/// An outbound request: where to, and what to send.
public struct OutboundRequest: Sendable {
    public var url: String
    public var method: HTTPMethod
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(url: String, method: HTTPMethod = .POST, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
    }
}

/// A small HTTP/1.1 client on its own event-loop thread, for callbacks: every request is one
/// non-blocking connection (connect, write, read, close) with an overall deadline, so a slow or
/// dead receiver only ever costs this thread a timer, never a request thread of the API.
/// Plain `http://` only: the sandbox calls receivers next to it (SANDBOX-NOTES.md, Callbacks).
public final class HTTPClient: @unchecked Sendable {
    private let loop: EventLoop
    private var thread: OSThread?

    public init() throws {
        loop = try EventLoop(name: "eqp-callbacks")
        let l = loop
        thread = try OSThread(name: "eqp-callbacks") { l.run() }
    }

    /// Sends `request`; `completion` runs on the client's thread with the response or the reason
    /// it failed (unsupported URL, DNS, refused, reset, timeout, malformed response).
    public func send(_ request: OutboundRequest, timeout: Double,
                     completion: @escaping @Sendable (Result<HTTPResponse, HTTPClientError>) -> Void) {
        loop.execute { [loop] in
            let exchange = ClientExchange(loop: loop, request: request, completion: completion)
            exchange.start(timeout: timeout)
        }
    }

    /// Runs `task` on the client's thread after `seconds` (retry back-off).
    public func schedule(after seconds: Double, _ task: @escaping @Sendable () -> Void) {
        loop.execute { [loop] in loop.schedule(after: seconds, task) }
    }

    /// Stops the thread; pending exchanges are abandoned.
    public func shutdown() {
        loop.stop()
        thread?.join()
        thread = nil
    }

    /// Splits `http://host[:port]/path?query`.
    public static func parseURL(_ url: String) -> (host: String, port: Int, target: String)? {
        guard url.hasPrefix("http://") else { return nil }
        let rest = url.dropFirst(7)
        let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let authority = rest[..<slash]
        var target = String(rest[slash...])
        if target.isEmpty { target = "/" } else if target.hasPrefix("?") { target = "/" + target }
        var host = String(authority)
        var port = 80
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { guard let p = Int(after.dropFirst()) else { return nil }; port = p }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            guard let p = Int(authority[authority.index(after: colon)...]) else { return nil }
            port = p
        }
        guard !host.isEmpty, (1...65535).contains(port) else { return nil }
        return (host, port, target)
    }
}

/// One request's life on the client loop.
private final class ClientExchange: EventHandler {
    let loop: EventLoop
    let request: OutboundRequest
    let completion: (Result<HTTPResponse, HTTPClientError>) -> Void
    var socket: Socket?
    var output: [UInt8] = []
    var written = 0
    var connected = false
    var parser = HTTPResponseParser()
    var timer: TimerID?
    var finished = false
    var registered = false

    init(loop: EventLoop, request: OutboundRequest, completion: @escaping (Result<HTTPResponse, HTTPClientError>) -> Void) {
        self.loop = loop
        self.request = request
        self.completion = completion
    }

    func start(timeout: Double) {
        guard let (host, port, target) = HTTPClient.parseURL(request.url) else {
            let reason = request.url.hasPrefix("https://")
                ? "https URLs are not supported by the sandbox's callback client; register an http:// URL"
                : "not a valid http:// URL: \(request.url)"
            return finish(.failure(HTTPClientError(reason)))
        }
        timer = loop.schedule(after: timeout) { [self] in
            finish(.failure(HTTPClientError("timed out after \(timeout) s")))
        }
        var head = "\(request.method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\n"
        for field in request.headers where !field.name.asciiCaseInsensitiveEquals("Content-Length") {
            head += "\(field.name): \(field.value)\r\n"
        }
        head += "Content-Length: \(request.body.count)\r\nConnection: close\r\nUser-Agent: eqp-sandbox\r\n\r\n"
        output = Array(head.utf8) + request.body
        do {
            let address = try SocketAddress.resolve(host: host, port: port)
            let (s, inProgress) = try Socket.connect(to: address)
            socket = s
            s.setNoDelay()
            connected = !inProgress
            try loop.register(s.fd, self, readable: true, writable: true)
            registered = true
        } catch {
            finish(.failure(HTTPClientError("\(error)")))
        }
    }

    func writable() {
        guard !finished, let s = socket else { return }
        if !connected {
            let err = s.pendingError()
            if err != 0 { return finish(.failure(HTTPClientError(SocketError("connect", errno: err).description))) }
            connected = true
        }
        do {
            while written < output.count {
                let n = try output[written...].withUnsafeBytes { try s.send($0) }
                if n == 0 { return }
                written += n
            }
            loop.modify(s.fd, readable: true, writable: false)
        } catch {
            finish(.failure(HTTPClientError("\(error)")))
        }
    }

    func readable() {
        guard !finished, let s = socket else { return }
        if !connected {
            let err = s.pendingError()
            if err != 0 { return finish(.failure(HTTPClientError(SocketError("connect", errno: err).description))) }
        }
        var buf = [UInt8](repeating: 0, count: 16 * 1024)
        do {
            while true {
                let n = try buf.withUnsafeMutableBytes { try s.read(into: $0) }
                guard let count = n else { return }
                if count == 0 {
                    if let r = try parser.finishAtEOF() { return finish(.success(r)) }
                    return finish(.failure(HTTPClientError("connection closed before a complete response")))
                }
                parser.append(Array(buf[0..<count]))
                if let r = try parser.next(requestWasHEAD: request.method == .HEAD) { return finish(.success(r)) }
            }
        } catch {
            finish(.failure(HTTPClientError("\(error)")))
        }
    }

    func finish(_ result: Result<HTTPResponse, HTTPClientError>) {
        guard !finished else { return }
        finished = true
        if let t = timer { loop.cancel(t) }
        if let s = socket {
            if registered { loop.deregister(s.fd) }
            s.close()
        }
        socket = nil
        completion(result)
    }
}
