import Glibc

/// A non-blocking stream socket that owns its file descriptor: exactly one owner closes it
/// (DESIGN.md principle 3). Calls retry on EINTR and report would-block as `nil`/0 instead of
/// an error, so callers only see real failures.
public final class Socket {
    public private(set) var fd: Int32

    public init(fd: Int32) { self.fd = fd }

    deinit { close() }

    public var isOpen: Bool { fd >= 0 }

    public func close() {
        if fd >= 0 {
            _ = Glibc.close(fd)
            fd = -1
        }
    }

    /// A listening socket bound to `address`. `SO_REUSEADDR` lets a restarted sandbox bind at
    /// once despite TIME_WAIT; no `SO_REUSEPORT`, so a port held by another process is an error.
    public static func listen(on address: SocketAddress, backlog: Int32 = 1024) throws -> Socket {
        let fd = Glibc.socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError("socket") }
        let socket = Socket(fd: fd)
        try socket.setOption(SOL_SOCKET, SO_REUSEADDR, 1)
        var storage = address.storage
        let rc = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, address.length) }
        }
        guard rc == 0 else { throw SocketError("bind \(address)") }
        guard Glibc.listen(fd, backlog) == 0 else { throw SocketError("listen") }
        return socket
    }

    /// An outbound connection, started non-blocking: completion is signalled by writability.
    public static func connect(to address: SocketAddress) throws -> (socket: Socket, inProgress: Bool) {
        let fd = Glibc.socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError("socket") }
        let socket = Socket(fd: fd)
        var storage = address.storage
        let rc = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, address.length) }
        }
        if rc == 0 { return (socket, false) }
        if errno == EINPROGRESS || errno == EINTR { return (socket, true) }
        throw SocketError("connect \(address)")
    }

    /// The pending error of a non-blocking connect (SO_ERROR), 0 when connected.
    public func pendingError() -> Int32 {
        var value: Int32 = 0
        var len = socklen_t(MemoryLayout<Int32>.size)
        _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &value, &len)
        return value
    }

    public func setOption(_ level: Int32, _ name: Int32, _ value: Int32) throws {
        var v = value
        guard setsockopt(fd, level, name, &v, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw SocketError("setsockopt(\(name))")
        }
    }

    /// Disables Nagle's algorithm: responses are written whole, so waiting only adds latency.
    public func setNoDelay() { try? setOption(Int32(IPPROTO_TCP), TCP_NODELAY, 1) }

    public func localAddress() throws -> SocketAddress {
        var storage = sockaddr_storage()
        var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let rc = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        guard rc == 0 else { throw SocketError("getsockname") }
        return SocketAddress(storage: storage, length: len)
    }

    /// Accepts one pending connection; `nil` when none is waiting. Errors that concern only the
    /// aborted peer (ECONNABORTED, EPROTO...) are also `nil`: the listener is fine.
    public func accept() throws -> (Socket, SocketAddress)? {
        while true {
            var storage = sockaddr_storage()
            var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let cfd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { addr -> Int32 in
                    if let accept4 = GNUExtensions.accept4 {
                        return accept4(fd, addr, &len, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
                    }
                    let c = Glibc.accept(fd, addr, &len)
                    if c >= 0 {
                        _ = fcntl(c, F_SETFL, fcntl(c, F_GETFL) | O_NONBLOCK)
                        _ = fcntl(c, F_SETFD, FD_CLOEXEC)
                    }
                    return c
                }
            }
            if cfd >= 0 { return (Socket(fd: cfd), SocketAddress(storage: storage, length: len)) }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK, ECONNABORTED, EPROTO, EPERM: return nil
            default: throw SocketError("accept")
            }
        }
    }

    /// Reads into `buffer`; returns the byte count, 0 at end of stream, `nil` if it would block.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int? {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return nil
            default: throw SocketError("read")
            }
        }
    }

    /// Gathers up to IOV_MAX buffers into one `sendmsg`, so a response head and body leave in
    /// one system call. MSG_NOSIGNAL turns a vanished peer into EPIPE instead of SIGPIPE.
    /// Returns bytes written, 0 if it would block.
    public func send(_ iovecs: UnsafeMutableBufferPointer<iovec>) throws -> Int {
        var msg = msghdr()
        msg.msg_iov = iovecs.baseAddress
        msg.msg_iovlen = iovecs.count
        while true {
            let n = sendmsg(fd, &msg, Int32(MSG_NOSIGNAL))
            if n >= 0 { return n }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return 0
            default: throw SocketError("sendmsg")
            }
        }
    }

    public func send(_ bytes: UnsafeRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
            if n >= 0 { return n }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return 0
            default: throw SocketError("send")
            }
        }
    }

    /// Half-closes the write side so the peer sees EOF after everything queued.
    public func shutdownWrite() { _ = Glibc.shutdown(fd, Int32(SHUT_WR)) }
}
