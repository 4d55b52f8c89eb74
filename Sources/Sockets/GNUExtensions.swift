import Glibc

// Glibc's Swift module hides declarations behind _GNU_SOURCE (accept4, pthread_setname_np).
// They are plain glibc symbols, so look them up once instead of adding a C shim target.
enum GNUExtensions {
    typealias Accept4 = @convention(c) (Int32, UnsafeMutablePointer<sockaddr>?, UnsafeMutablePointer<socklen_t>?, Int32) -> Int32
    typealias SetName = @convention(c) (pthread_t, UnsafePointer<CChar>) -> Int32

    static let accept4: Accept4? = symbol("accept4")
    static let setThreadName: SetName? = symbol("pthread_setname_np")

    private static func symbol<T>(_ name: String) -> T? {
        guard let handle = dlopen(nil, RTLD_NOW), let sym = dlsym(handle, name) else { return nil }
        return unsafeBitCast(sym, to: T.self)
    }
}
