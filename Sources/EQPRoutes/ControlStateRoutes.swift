import EQP
import Formats
import HTTP1
import Server

/// `GET /_sandbox/state` (the whole state as one seed-data document) and `PUT /_sandbox/state`
/// (replace the state with such a document).
struct ControlStateRoutes {
    let store: SandboxStore

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.GET, "/state") { _ in APIResponse.json(store.exportState()) }
        routes.add(.PUT, "/state") { ctx in try replace(ctx.request) }
    }

    func replace(_ request: HTTPRequest) throws -> HTTPResponse {
        guard request.body.contains(where: { !JSONBody.isWhitespace($0) }) else {
            throw EQPErrorDefinition.emptyBody.error(["expected": "a state document as GET /_sandbox/state answers it (the seed-data format)"])
        }
        let summary = try store.importState(request.body)
        return APIResponse.json([
            "users": .int(summary.users), "files": .int(summary.files),
            "metrics": .int(summary.metrics), "packages": .int(summary.packages),
        ])
    }
}
