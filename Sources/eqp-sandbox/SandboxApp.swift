import Glibc
import HTTP1
import Server

/// Wires the domain and the routes together for one run.
final class SandboxApp {
    let router = Router()

    init(options: SandboxOptions) throws {
        router.get("/_sandbox/health") { _ in
            .json(.ok, Array(#"{"status":"ok"}"#.utf8))
        }
        router.onUnexpectedError = { error, request in
            fputs("eqp-sandbox: unexpected error answering \(request.method) \(request.path): \(error)\n", stderr)
        }
    }

    func started(server: HTTPServer) {}
    func stopping() {}
}
