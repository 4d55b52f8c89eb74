import EQPRoutes
import Glibc
import HTTP1
import Server

/// Feeds the access log (Sources/Server/Logger.swift) from the two places requests end:
/// the router's `onResponse` hook for every request a route (or the 404/405) answered, and the
/// server's `parseFailureObserver` for requests the HTTP parser refused (400, 408, 413, 414, 431).
///
/// The user comes from the same per-thread `RequestScope` the request journal reads: the hook
/// peeks at it before the journal's hook takes (and clears) it, so both agree on who asked.
/// Times are wall-clock UTC, not the sandbox clock, so log lines line up with other logs.
enum AccessLog {
    static func install(on router: Router, logger: Logger) {
        guard logger.logsAccess else { return }
        let journalHook = router.onResponse
        router.onResponse = { context, response, nanoseconds in
            let scope = RequestScope.peek()
            if let journalHook { journalHook(context, response, nanoseconds) } else { _ = RequestScope.take() }
            let request = context.request
            logger.access(AccessLogRecord(time: Int(time(nil)), method: request.method.rawValue, target: request.head.target,
                                          status: scope.dropped ? nil : response.status.code,
                                          bytes: request.method == .HEAD ? 0 : response.body.count,
                                          durationNanoseconds: nanoseconds, user: scope.mageID, peer: context.remoteAddress))
        }
    }

    static func install(on server: HTTPServer, logger: Logger) {
        server.logger = { logger.error($0) }
        server.parseFailureObserver = { status, message, remote in
            // The request line may not even have been read, so method and path are `-`.
            logger.access(AccessLogRecord(time: Int(time(nil)), method: "-", target: "-", status: status.code,
                                          bytes: HTTPResponse.error(status, message: message).body.count,
                                          durationNanoseconds: 0, user: nil, peer: remote))
            logger.debug("request refused by the HTTP parser", ["status": String(status.code), "reason": message, "peer": remote])
        }
    }
}
