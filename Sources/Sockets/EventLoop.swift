import Glibc
import Synchronization

/// What the event loop calls when a registered descriptor is ready. Called on the loop's
/// thread only.
public protocol EventHandler: AnyObject {
    func readable()
    func writable()
}

/// One thread's level-triggered epoll loop (DESIGN.md principle 3): descriptors, an eventfd so
/// other threads can hand it work, and timers ordered by deadline. Everything except
/// `execute` and `stop` must be called on the loop's own thread.
public final class EventLoop: @unchecked Sendable {
    private let epfd: Int32
    private let wakeFD: Int32
    private var handlers: [EventHandler?] = []
    private let pending = Mutex<[() -> Void]>([])
    private let stopRequested = Atomic<Bool>(false)
    private var timers = TimerHeap()
    /// Monotonic nanoseconds, refreshed once per loop iteration: cheap "now" for deadlines.
    public private(set) var now: UInt64 = MonotonicClock.now()
    public let name: String

    public init(name: String) throws {
        self.name = name
        epfd = Epoll.create1(Epoll.CLOEXEC)
        guard epfd >= 0 else { throw SocketError("epoll_create1") }
        wakeFD = Epoll.eventfd(0, Epoll.EFD_NONBLOCK | Epoll.EFD_CLOEXEC)
        guard wakeFD >= 0 else {
            Glibc.close(epfd)
            throw SocketError("eventfd")
        }
        guard Epoll.control(epfd, Epoll.CTL_ADD, wakeFD, Epoll.IN) == 0 else { throw SocketError("epoll_ctl(eventfd)") }
    }

    deinit {
        Glibc.close(wakeFD)
        Glibc.close(epfd)
    }

    private func mask(readable: Bool, writable: Bool, exclusive: Bool) -> UInt32 {
        var m: UInt32 = exclusive ? 0 : Epoll.RDHUP
        if readable { m |= Epoll.IN }
        if writable { m |= Epoll.OUT }
        if exclusive { m |= Epoll.EXCLUSIVE }
        return m
    }

    /// Starts watching `fd`. `exclusive` (EPOLLEXCLUSIVE) is for a listening socket shared by
    /// several loops: one wake-up per connection instead of a thundering herd.
    public func register(_ fd: Int32, _ handler: EventHandler, readable: Bool = true, writable: Bool = false, exclusive: Bool = false) throws {
        guard Epoll.control(epfd, Epoll.CTL_ADD, fd, mask(readable: readable, writable: writable, exclusive: exclusive)) == 0 else {
            throw SocketError("epoll_ctl(ADD)")
        }
        let i = Int(fd)
        if i >= handlers.count { handlers.append(contentsOf: repeatElement(nil, count: i - handlers.count + 64)) }
        handlers[i] = handler
    }

    /// Changes interest; write interest is asked for only while output waits, so an idle
    /// connection never spins the loop.
    public func modify(_ fd: Int32, readable: Bool, writable: Bool) {
        _ = Epoll.control(epfd, Epoll.CTL_MOD, fd, mask(readable: readable, writable: writable, exclusive: false))
    }

    /// Stops watching `fd`; call before closing it.
    public func deregister(_ fd: Int32) {
        _ = Epoll.control(epfd, Epoll.CTL_DEL, fd, 0)
        if Int(fd) < handlers.count { handlers[Int(fd)] = nil }
    }

    /// Runs `task` on the loop's thread soon. Safe from any thread.
    public func execute(_ task: @escaping () -> Void) {
        pending.withLock { $0.append(task) }
        wake()
    }

    private func wake() {
        var one: UInt64 = 1
        _ = Glibc.write(wakeFD, &one, 8)
    }

    /// Runs `task` on this loop once `deadline` (monotonic ns) has passed.
    @discardableResult
    public func schedule(at deadline: UInt64, _ task: @escaping () -> Void) -> TimerID {
        timers.insert(deadline: deadline, task)
    }

    @discardableResult
    public func schedule(after seconds: Double, _ task: @escaping () -> Void) -> TimerID {
        schedule(at: MonotonicClock.now() &+ MonotonicClock.seconds(seconds), task)
    }

    public func cancel(_ id: TimerID) { timers.cancel(id) }

    /// Makes `run` return after the current iteration. Safe from any thread.
    public func stop() {
        stopRequested.store(true, ordering: .releasing)
        wake()
    }

    /// Serves events until `stop()`.
    public func run() {
        let capacity = 256
        let events = UnsafeMutableRawPointer.allocate(byteCount: capacity * Epoll.eventSize, alignment: 8)
        defer { events.deallocate() }
        while !stopRequested.load(ordering: .acquiring) {
            now = MonotonicClock.now()
            var timeout: Int32 = -1
            if let next = timers.nextDeadline {
                timeout = next <= now ? 0 : Int32(min((next - now) / 1_000_000 + 1, 60_000))
            }
            let n = Epoll.wait(epfd, events, Int32(capacity), timeout)
            now = MonotonicClock.now()
            // Work handed over by other threads runs before this round's I/O, so a request that
            // arrives after, say, a shutdown was requested is answered knowing it.
            runPendingTasks()
            if n < 0 {
                if errno == EINTR { continue }
                // epoll itself failing is not recoverable for this loop; say why and stop.
                fputs("eqp-sandbox: \(SocketError("epoll_wait")) on \(name)\n", stderr)
                return
            }
            for i in 0..<Int(n) {
                let (flags, fd) = Epoll.event(events, i)
                if fd == wakeFD {
                    var value: UInt64 = 0
                    _ = Glibc.read(wakeFD, &value, 8)
                    continue
                }
                // Errors and hang-ups are delivered as readability: the read reports them.
                if flags & (Epoll.IN | Epoll.ERR | Epoll.HUP | Epoll.RDHUP) != 0 {
                    if Int(fd) < handlers.count, let h = handlers[Int(fd)] { h.readable() }
                }
                if flags & (Epoll.OUT | Epoll.ERR) != 0 {
                    if Int(fd) < handlers.count, let h = handlers[Int(fd)] { h.writable() }
                }
            }
            while let task = timers.popDue(now: now) { task() }
        }
        runPendingTasks()
    }

    private func runPendingTasks() {
        let tasks = pending.withLock { tasks -> [() -> Void] in
            let t = tasks
            tasks.removeAll(keepingCapacity: true)
            return t
        }
        for t in tasks { t() }
    }
}
