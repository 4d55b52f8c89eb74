import Glibc

/// A failed system call, with the call's name and errno, so a log line says exactly what
/// went wrong ("bind: Address already in use (98)").
public struct SocketError: Error, Equatable, CustomStringConvertible {
    public let call: String
    public let errno: Int32

    public init(_ call: String, errno: Int32 = Glibc.errno) {
        self.call = call
        self.errno = errno
    }

    public var message: String { String(cString: strerror(errno)) }
    public var description: String { "\(call): \(message) (\(errno))" }

    /// The peer went away; expected on any connection, never worth more than a debug line.
    public var isPeerGone: Bool { errno == ECONNRESET || errno == EPIPE || errno == ENOTCONN || errno == ETIMEDOUT }
}
