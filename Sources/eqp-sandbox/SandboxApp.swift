import EQP
import EQPRoutes
import Glibc
import HTTP1
import Server

/// Wires the domain, the routes and the background work together for one run.
final class SandboxApp {
    let router = Router()
    let store: SandboxStore
    let seedDirectory: String
    private var callbackClient: HTTPClient?
    private var dispatcher: CallbackDispatcher?

    init(options: SandboxOptions) throws {
        seedDirectory = try SeedLocation.resolve(options.seedDataDirectory)
        store = try SandboxStore(
            seedDirectory: seedDirectory,
            clock: .system(),
            ids: .random(),
            options: SandboxStore.Options(scanDelaySeconds: options.scanDelay,
                                          sessionMaxSeconds: options.sessionMaxLifetime,
                                          demoTokensEnabled: options.demoToken))
        router.get("/_sandbox/health") { _ in
            .json(.ok, Array(#"{"status":"ok"}"#.utf8))
        }
        router.onUnexpectedError = { error, request in
            fputs("eqp-sandbox: unexpected error answering \(request.method) \(request.path): \(error)\n", stderr)
        }
        EQPAPI.register(on: router, store: store)
    }

    /// Background work that must not sit on the request path: settling scans that came due on
    /// the sandbox clock and delivering the callbacks they queue.
    func started(server: HTTPServer) {
        do {
            let client = try HTTPClient()
            let dispatcher = CallbackDispatcher(client: client, store: store)
            callbackClient = client
            self.dispatcher = dispatcher
            schedulePump(client, dispatcher)
        } catch {
            fputs("eqp-sandbox: callbacks disabled: \(error)\n", stderr)
        }
        fputs("eqp-sandbox: seed data from \(seedDirectory); state is in memory\n", stderr)
    }

    private func schedulePump(_ client: HTTPClient, _ dispatcher: CallbackDispatcher) {
        client.schedule(after: 0.25) { [weak self] in
            dispatcher.pump()
            self?.schedulePump(client, dispatcher)
        }
    }

    func stopping() {
        callbackClient?.shutdown()
    }
}

/// Finds the seed folder: the one given, else `seed-data/` in the working directory (as with
/// `swift run`), else next to or above the binary (an installed copy, a `.build` folder).
enum SeedLocation {
    static func resolve(_ given: String?) throws -> String {
        if let given {
            guard isDirectory(given) else { throw UsageError("seed data folder '\(given)' does not exist or is not a folder") }
            return given
        }
        var candidates = ["seed-data"]
        if let exe = executableDirectory() {
            var dir = exe
            for _ in 0..<5 {
                candidates.append(dir + "/seed-data")
                guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
                dir = String(dir[..<slash])
            }
        }
        for c in candidates where isDirectory(c) { return c }
        throw UsageError("no seed-data folder found (looked in: \(candidates.joined(separator: ", "))); pass --seed-data DIR")
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func executableDirectory() -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return nil }
        let path = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }
}
