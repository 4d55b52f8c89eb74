import Glibc

// Swift's Glibc module does not include <sys/epoll.h> or <sys/eventfd.h>. Rather than add a C
// target, this file binds the four glibc functions by symbol and lays out `struct epoll_event`
// by hand: on x86_64 it is packed (12 bytes, data at offset 4), elsewhere 16 bytes with data at
// offset 8 (<sys/epoll.h>, __EPOLL_PACKED).
enum Epoll {
    static let IN: UInt32 = 0x001
    static let OUT: UInt32 = 0x004
    static let ERR: UInt32 = 0x008
    static let HUP: UInt32 = 0x010
    static let RDHUP: UInt32 = 0x2000
    static let EXCLUSIVE: UInt32 = 1 << 28
    static let CTL_ADD: Int32 = 1
    static let CTL_DEL: Int32 = 2
    static let CTL_MOD: Int32 = 3
    static let CLOEXEC: Int32 = 0o2000000
    static let EFD_CLOEXEC: Int32 = 0o2000000
    static let EFD_NONBLOCK: Int32 = 0o4000

    #if arch(x86_64)
    static let eventSize = 12
    static let dataOffset = 4
    #else
    static let eventSize = 16
    static let dataOffset = 8
    #endif

    typealias Create1 = @convention(c) (Int32) -> Int32
    typealias Ctl = @convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    typealias Wait = @convention(c) (Int32, UnsafeMutableRawPointer?, Int32, Int32) -> Int32
    typealias EventFD = @convention(c) (UInt32, Int32) -> Int32

    static let create1: Create1 = bind("epoll_create1")
    static let ctl: Ctl = bind("epoll_ctl")
    static let wait: Wait = bind("epoll_wait")
    static let eventfd: EventFD = bind("eventfd")

    private static func bind<T>(_ name: String) -> T {
        guard let handle = dlopen(nil, RTLD_NOW), let sym = dlsym(handle, name) else {
            fatalError("glibc has no \(name): eqp-sandbox needs Linux with epoll")
        }
        return unsafeBitCast(sym, to: T.self)
    }

    /// epoll_ctl with the descriptor itself as the event's data.
    static func control(_ epfd: Int32, _ op: Int32, _ fd: Int32, _ events: UInt32) -> Int32 {
        var raw = (UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &raw) { buf in
            buf.storeBytes(of: events, toByteOffset: 0, as: UInt32.self)
            buf.storeBytes(of: UInt64(UInt32(bitPattern: fd)), toByteOffset: dataOffset, as: UInt64.self)
            return ctl(epfd, op, fd, buf.baseAddress)
        }
    }

    /// Reads event `i` of a buffer filled by epoll_wait: (events, fd).
    static func event(_ buffer: UnsafeMutableRawPointer, _ i: Int) -> (UInt32, Int32) {
        let base = buffer + i * eventSize
        let events = base.loadUnaligned(as: UInt32.self)
        let data = (base + dataOffset).loadUnaligned(as: UInt64.self)
        return (events, Int32(truncatingIfNeeded: data))
    }
}
