import EQP
import Formats
import HTTP1
import Server

/// `GET`/`HEAD /_sandbox/health` and `/_sandbox/ready` (never behind the control token, so
/// probes need no secret), `GET /_sandbox/version` and `GET /_sandbox/config`.
struct ControlHealthRoutes {
    let context: ControlContext

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.GET, "/health", open: true) { _ in APIResponse.json(["status": "ok"]) }
        routes.add(.GET, "/ready", open: true) { _ in ready() }
        routes.add(.GET, "/version") { _ in version() }
        routes.add(.GET, "/config") { _ in configuration() }
    }

    /// Ready once the seed is loaded and the store answers (it takes the store's lock, so a
    /// wedged store shows here rather than as a hanging test).
    func ready() -> HTTPResponse {
        let counts = context.store.stateCounts()
        return APIResponse.json(["status": "ready", "users": .int(counts.users), "files": .int(counts.files)])
    }

    func version() -> HTTPResponse {
        APIResponse.json([
            "name": "eqp-sandbox",
            "version": .string(context.settings.version),
            "api_prefix": .string(EQPAPI.prefix),
            "control_prefix": .string(ControlAPI.prefix),
        ])
    }

    /// The effective configuration, with the clock as it is now.
    func configuration() -> HTTPResponse {
        var o = context.settings.configuration().objectValue ?? JSONObject()
        o["clock_mode"] = .string(context.store.clock.mode == .manual ? "manual" : "system")
        o["control_token_configured"] = .bool(context.settings.controlToken != nil)
        o["journal_capacity"] = .int(context.journal.capacity)
        return APIResponse.json(.object(o))
    }
}
