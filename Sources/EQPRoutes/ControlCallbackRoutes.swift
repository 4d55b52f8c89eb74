import EQP
import Formats
import HTTP1
import Server

/// `GET /_sandbox/callbacks` (every delivery attempt, oldest first, optionally for one
/// `mage_id` or `event`) and `DELETE /_sandbox/callbacks`.
struct ControlCallbackRoutes {
    let dispatcher: CallbackDispatcher?

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.GET, "/callbacks") { ctx in list(ctx.request) }
        routes.add(.DELETE, "/callbacks") { _ in
            dispatcher?.clearHistory()
            return APIResponse.noContent()
        }
    }

    func list(_ request: HTTPRequest) -> HTTPResponse {
        let mageID = request.queryValue("mage_id").flatMap { $0.isEmpty ? nil : $0 }
        let event = request.queryValue("event").flatMap { $0.isEmpty ? nil : $0 }
        let attempts = (dispatcher?.attempts ?? []).filter { a in
            (mageID.map { a.mageID == $0 } ?? true) && (event.map { a.event == $0 } ?? true)
        }
        return APIResponse.json(.array(attempts.map(\.json)), headers: ["X-Total-Count": String(attempts.count)])
    }
}
