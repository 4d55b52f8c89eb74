import EQP
import Glibc
import HTTP1
import Server
import Sockets

// The executable: configuration in, a running sandbox out. Everything else lives in modules.

/// A start-up error: one plain line on stderr whatever the log format (the options that set
/// the format may be the very thing that failed to parse), then the exit code.
func fail(_ message: String, code: Int32) -> Never {
    fputs("eqp-sandbox: \(message)\n", stderr)
    exit(code)
}

let invocation: Invocation
do {
    invocation = try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()),
                                            environment: CommandLineParser.currentEnvironment())
} catch {
    fail("\(error)", code: 2)
}

switch invocation {
case .help:
    print(HelpText.render(), terminator: "")
    exit(0)
case .version:
    print("eqp-sandbox \(HelpText.version)")
    exit(0)
case .errors:
    print(EQPError.markdownTable(), terminator: "")
    exit(0)
case .healthcheck(let options):
    exit(HealthCheck.run(options.server))
case .run(let options):
    // Block the stop signals before any thread starts, so every thread inherits the mask
    // and only the main thread's sigwait sees them.
    var stopSignals = sigset_t()
    sigemptyset(&stopSignals)
    sigaddset(&stopSignals, SIGINT)
    sigaddset(&stopSignals, SIGTERM)
    pthread_sigmask(SIG_BLOCK, &stopSignals, nil)

    let app: SandboxApp
    do {
        app = try SandboxApp(options: options)
    } catch {
        fail("\(error)", code: 1)
    }
    let server = HTTPServer(configuration: options.server, responder: app.router)
    AccessLog.install(on: server, logger: app.logger)
    do {
        try server.start()
    } catch let error as SocketError where error.errno == EADDRINUSE {
        fail("cannot listen on \(options.server.host):\(options.server.port): the port is already in use. Stop the other process or choose another --port (0 picks a free one).", code: 1)
    } catch {
        fail("cannot listen on \(options.server.host):\(options.server.port): \(error)", code: 1)
    }
    let host = options.server.host.contains(":") ? "[\(options.server.host)]" : options.server.host
    app.started(server: server, baseURL: "http://\(host):\(server.port)")
    // The one line a harness waits for (README, "Starting it from a test suite").
    print("eqp-sandbox listening on http://\(host):\(server.port)")
    fflush(stdout)

    var received: Int32 = 0
    sigwait(&stopSignals, &received)
    app.logger.info("received \(received == SIGTERM ? "SIGTERM" : "SIGINT"), finishing in-flight requests")
    app.stopping()
    server.shutdown()
    exit(0)
}
