import EQP
import Formats
import HTTP1
import Server

/// `POST /_sandbox/reset` (everything back to the seed) and `POST /_sandbox/users/:mage_id/reset`
/// (one user only). Neither touches the clock, the journal, the faults or the callback history,
/// which have their own endpoints.
struct ControlResetRoutes {
    let store: SandboxStore

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.POST, "/reset") { _ in resetAll() }
        routes.add(.POST, "/users/:mage_id/reset") { ctx in try resetUser(ctx) }
    }

    func resetAll() -> HTTPResponse {
        store.resetToSeed()
        let counts = store.stateCounts()
        return APIResponse.json(["reset": "all", "users": .int(counts.users), "files": .int(counts.files)])
    }

    func resetUser(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try store.resetUser(mageID: try ctx.parameter("mage_id"), links: DownloadLinks(request: ctx.request))
        return APIResponse.json(user.json)
    }
}
