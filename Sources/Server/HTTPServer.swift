import Glibc
import HTTP1
import Sockets
import Synchronization

/// The HTTP/1.1 server: one listening socket shared by one event loop per core (each waits on
/// it with EPOLLEXCLUSIVE), connections pinned to the loop that accepted them.
public final class HTTPServer: @unchecked Sendable {
    public let configuration: ServerConfiguration
    private let responder: HTTPResponder
    private(set) var listener: Socket?
    private var workers: [ServerWorker] = []
    private var threads: [OSThread] = []
    private let openConnections = Atomic<Int>(0)
    private let shutdownStarted = Atomic<Bool>(false)
    /// The bound address, known after `start()` (the real port when 0 was asked for).
    public private(set) var boundAddress: SocketAddress?

    /// Called after every answered request with its duration in nanoseconds, on the loop's
    /// thread: for access logs and the request journal. Set before `start()`.
    public var observer: (@Sendable (HTTPRequest, HTTPResponse, UInt64, String) -> Void)?
    /// Called when a request is refused by the parser (malformed, too large, timed out).
    public var parseFailureObserver: (@Sendable (HTTPStatus, String, String) -> Void)?
    /// Where the server reports problems that are not a client's fault.
    public var logger: @Sendable (String) -> Void = { message in Logger.standard.error(message) }

    public init(configuration: ServerConfiguration, responder: HTTPResponder) {
        self.configuration = configuration
        self.responder = responder
    }

    public var port: Int { boundAddress?.port ?? 0 }

    func log(_ message: String) { logger(message) }

    /// Binds and starts the loops; returns once the server accepts connections.
    public func start() throws {
        // A peer that vanishes mid-write must not kill the process (sendmsg also uses MSG_NOSIGNAL).
        signal(SIGPIPE, SIG_IGN)
        HTTPServer.raiseDescriptorLimit()
        let address = try SocketAddress.resolve(host: configuration.host, port: configuration.port)
        let socket = try Socket.listen(on: address)
        listener = socket
        boundAddress = try socket.localAddress()
        let count = configuration.eventLoops > 0 ? configuration.eventLoops : max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        for i in 0..<count {
            let worker = try ServerWorker(index: i, server: self, configuration: configuration, responder: responder)
            try worker.start(listener: socket)
            workers.append(worker)
        }
        for (i, worker) in workers.enumerated() {
            threads.append(try OSThread(name: "eqp-loop-\(i)") { worker.loop.run() })
        }
    }

    /// Graceful stop: no new connections, idle ones closed, in-flight requests answered, and
    /// after `shutdownGracePeriod` whatever is left is closed. Returns when every loop ended.
    public func shutdown() {
        if shutdownStarted.exchange(true, ordering: .acquiringAndReleasing) { waitForLoops(); return }
        for worker in workers {
            worker.loop.execute { worker.beginShutdown() }
            worker.loop.execute {
                worker.loop.schedule(after: self.configuration.shutdownGracePeriod) { worker.forceClose() }
            }
        }
        waitForLoops()
        listener?.close()
    }

    private let joined = Mutex(false)

    private func waitForLoops() {
        let threadsToJoin = joined.withLock { done -> [OSThread] in
            if done { return [] }
            done = true
            return threads
        }
        for t in threadsToJoin { t.join() }
    }

    /// Blocks until the server has been shut down (from another thread).
    public func wait() { waitForLoops() }

    private let roundRobin = Atomic<Int>(0)

    func nextWorker() -> ServerWorker {
        let i = roundRobin.add(1, ordering: .relaxed).oldValue
        return workers[i % workers.count]
    }

    func reserveConnectionSlot() -> Bool {
        let now = openConnections.add(1, ordering: .relaxed).newValue
        if now > configuration.maxConnections {
            openConnections.subtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func releaseConnectionSlot() { openConnections.subtract(1, ordering: .relaxed) }

    /// Connections open right now, across loops.
    public var connectionCount: Int { openConnections.load(ordering: .relaxed) }

    /// Many concurrent clients need more descriptors than the usual soft limit of 1024.
    static func raiseDescriptorLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = min(limit.rlim_max, 1 << 20)
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}
