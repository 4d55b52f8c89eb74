import Glibc
import HTTP1
import Server
import TestSupport
import XCTest

/// Starts a real `HTTPServer` on an ephemeral port with a small router for each test.
class ServerTestCase: XCTestCase {
    var server: HTTPServer!
    var port: Int { server.port }

    struct Boom: Error {}

    func makeRouter() -> Router {
        let router = Router()
        router.get("/hello") { _ in .json(.ok, Array(#"{"hello":"world"}"#.utf8)) }
        router.get("/echo/:word") { ctx in .json(.ok, Array("{\"word\":\"\(try ctx.parameter("word"))\"}".utf8)) }
        router.post("/echo") { ctx in HTTPResponse(status: .ok, headers: ["Content-Type": "application/octet-stream"], body: ctx.request.body) }
        router.put("/echo") { ctx in HTTPResponse(status: .ok, headers: ["Content-Type": "application/octet-stream"], body: ctx.request.body) }
        router.get("/big/:mb") { ctx in
            let mb = Int(try ctx.parameter("mb")) ?? 1
            return HTTPResponse(status: .ok, headers: ["Content-Type": "application/octet-stream"], body: [UInt8](repeating: 0x61, count: mb << 20))
        }
        router.get("/boom") { _ in throw Boom() }
        router.get("/query") { ctx in
            let pairs = ctx.request.head.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
            return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: Array(pairs.utf8))
        }
        router.delete("/items/:id") { _ in HTTPResponse(status: .noContent) }
        return router
    }

    func startServer(_ configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var config = ServerConfiguration()
        config.port = 0
        config.eventLoops = 2
        configure(&config)
        server = HTTPServer(configuration: config, responder: makeRouter())
        server.logger = { _ in }
        try server.start()
    }

    override func setUpWithError() throws {
        // 1,000 client sockets plus the server's need more than the default 1,024 descriptors.
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        limit.rlim_cur = limit.rlim_max
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        try startServer()
    }

    override func tearDown() {
        server?.shutdown()
        server = nil
    }

    func connect(timeout: Double = 10) throws -> TestConnection { try TestConnection(port: port, timeout: timeout) }

    func json(_ response: HTTPResponse) -> String { response.bodyText }
}
