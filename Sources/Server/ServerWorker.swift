import Glibc
import HTTP1
import Sockets

/// One event-loop thread's share of the server: its loop, its connections, a read buffer they
/// share (only one runs at a time), the cached Date header, and the deadline sweep.
final class ServerWorker: EventHandler {
    let loop: EventLoop
    let configuration: ServerConfiguration
    let responder: HTTPResponder
    unowned let server: HTTPServer
    let readBuffer: UnsafeMutableRawBufferPointer
    private var connections: [ObjectIdentifier: HTTPConnection] = [:]
    private var listenerRegistered = false
    private var cachedDateSecond = -1
    private var cachedDate = ""
    private(set) var isShuttingDown = false

    init(index: Int, server: HTTPServer, configuration: ServerConfiguration, responder: HTTPResponder) throws {
        self.loop = try EventLoop(name: "eqp-loop-\(index)")
        self.server = server
        self.configuration = configuration
        self.responder = responder
        self.readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    }

    deinit { readBuffer.deallocate() }

    var connectionCount: Int { connections.count }

    func start(listener: Socket) throws {
        try loop.register(listener.fd, self, readable: true, exclusive: true)
        listenerRegistered = true
        scheduleSweep()
    }

    /// The listener is readable: accept what is waiting. A bounded batch per wake-up leaves
    /// the other loops a share of new connections.
    func readable() {
        guard let listener = server.listener, !isShuttingDown else { return }
        for _ in 0..<16 {
            let accepted: (Socket, SocketAddress)?
            do {
                accepted = try listener.accept()
            } catch let error as SocketError {
                // EMFILE/ENFILE: out of descriptors. Say so; the loop retries on the next wake.
                server.log("accept failed: \(error)")
                return
            } catch { return }
            guard let (socket, address) = accepted else { return }
            guard server.reserveConnectionSlot() || (evictLongestWaiting() && server.reserveConnectionSlot()) else {
                refuse(socket)
                continue
            }
            socket.setNoDelay()
            // Whichever loop wins the wake-up accepts, but connections are dealt round-robin
            // so a burst of connects (wrk, a test suite) spreads over every core.
            let target = server.nextWorker()
            if target === self {
                adopt(socket, address)
            } else {
                target.loop.execute { target.adopt(socket, address) }
            }
        }
    }

    /// Takes ownership of an accepted socket on this loop's thread.
    func adopt(_ socket: Socket, _ address: SocketAddress) {
        if isShuttingDown {
            socket.close()
            server.releaseConnectionSlot()
            return
        }
        let connection = HTTPConnection(socket: socket, remoteAddress: address.description, worker: self)
        do {
            try loop.register(socket.fd, connection)
            connections[ObjectIdentifier(connection)] = connection
        } catch {
            socket.close()
            server.releaseConnectionSlot()
        }
    }

    func writable() {}

    /// At the connection limit: closes one of this loop's connections that has waited at least
    /// `evictionMinimumWait` for a request head, so a crowd of slow-loris or forgotten
    /// keep-alive connections cannot lock new clients out until their timeouts. A head still
    /// arriving goes before an idle keep-alive connection, the longest waiting first. Answers
    /// whether one was closed. Walks this loop's connections, but only at the limit.
    private func evictLongestWaiting() -> Bool {
        let now = loop.now, wait = MonotonicClock.seconds(configuration.evictionMinimumWait)
        let latestStart = now >= wait ? now - wait : 0
        var chosen: HTTPConnection?
        var best = (idle: 1, since: UInt64.max)
        for c in connections.values {
            guard let waiting = c.waitingForHead, waiting.since <= latestStart else { continue }
            let key = (idle: waiting.started ? 0 : 1, since: waiting.since)
            if chosen == nil || key < best {
                chosen = c
                best = key
            }
        }
        guard let chosen else { return false }
        chosen.evict()
        return true
    }

    /// Over the connection limit: a best-effort 503 in the EQP error shape, then close.
    private func refuse(_ socket: Socket) {
        let response = HTTPResponse.error(.serviceUnavailable, message: "Too many open connections (limit \(configuration.maxConnections)); retry shortly")
        let bytes = HTTPResponseEncoder.encode(response, date: dateHeader(), keepAlive: false, requestVersion: .http1_1, isHEAD: false)
        _ = bytes.withUnsafeBytes { try? socket.send($0) }
        socket.close()
    }

    func connectionClosed(_ connection: HTTPConnection) {
        if connections.removeValue(forKey: ObjectIdentifier(connection)) != nil {
            server.releaseConnectionSlot()
        }
        if isShuttingDown && connections.isEmpty { loop.stop() }
    }

    /// The IMF-fixdate for now, formatted at most once per second per loop.
    func dateHeader() -> String {
        let second = WallClock.now()
        if second != cachedDateSecond {
            cachedDateSecond = second
            cachedDate = HTTPDate.format(epochSeconds: second)
        }
        return cachedDate
    }

    func observe(_ request: HTTPRequest, _ response: HTTPResponse, _ started: UInt64, _ remote: String) {
        if let observer = server.observer {
            observer(request, response, MonotonicClock.now() &- started, remote)
        }
    }

    func observeFailure(_ status: HTTPStatus, _ message: String, _ remote: String) {
        server.parseFailureObserver?(status, message, remote)
    }

    // MARK: deadlines

    private func scheduleSweep() {
        loop.schedule(after: 0.25) { [weak self] in
            guard let self else { return }
            self.sweep()
            self.scheduleSweep()
        }
    }

    /// Deadlines are checked by a sweep four times a second rather than a timer per
    /// connection: thousands of keep-alive connections cost one pass, not thousands of timers.
    private func sweep() {
        let now = loop.now
        var expired: [HTTPConnection] = []
        for c in connections.values where c.deadline <= now { expired.append(c) }
        for c in expired { c.deadlineExpired() }
    }

    // MARK: shutdown

    /// Stop accepting, close idle connections, let in-flight exchanges finish.
    func beginShutdown() {
        isShuttingDown = true
        if listenerRegistered, let listener = server.listener {
            loop.deregister(listener.fd)
            listenerRegistered = false
        }
        for c in Array(connections.values) { c.closeWhenIdle() }
        if connections.isEmpty { loop.stop() }
    }

    /// The grace period is over: close whatever is left.
    func forceClose() {
        for c in Array(connections.values) { c.close() }
        loop.stop()
    }
}
