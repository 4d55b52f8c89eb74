import Glibc

/// A joinable POSIX thread running a closure. The event loops are long-lived threads of
/// their own; Dispatch's pool would add nothing but hops.
public final class OSThread {
    private var handle = pthread_t()
    private final class Box { let body: () -> Void; init(_ b: @escaping () -> Void) { body = b } }

    public init(name: String, _ body: @escaping () -> Void) throws {
        let box = Unmanaged.passRetained(Box(body))
        let rc = pthread_create(&handle, nil, { arg in
            let box = Unmanaged<Box>.fromOpaque(arg!).takeRetainedValue()
            box.body()
            return nil
        }, box.toOpaque())
        guard rc == 0 else {
            box.release()
            throw SocketError("pthread_create", errno: rc)
        }
        _ = GNUExtensions.setThreadName?(handle, String(name.prefix(15)))
    }

    public func join() { pthread_join(handle, nil) }
}
