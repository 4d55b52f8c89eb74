import EQP
import Formats
import HTTP1
import Server

/// Users and their API access keys: the Developer Portal UI's job in the real service
/// (access-keys.md). Secrets are shown: this is the admin's view.
struct ControlUserRoutes {
    let store: SandboxStore

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.POST, "/users") { ctx in try create(ctx) }
        routes.add(.GET, "/users") { ctx in try list(ctx) }
        routes.add(.GET, "/users/:mage_id") { ctx in try show(ctx) }
        routes.add(.GET, "/users/:mage_id/access-keys") { ctx in try listKeys(ctx) }
        routes.add(.POST, "/users/:mage_id/access-keys") { ctx in try createKey(ctx) }
        routes.add(.POST, "/users/:mage_id/access-keys/:app_id/regenerate") { ctx in try regenerateKey(ctx) }
        routes.add(.DELETE, "/users/:mage_id/access-keys/:app_id") { ctx in try deleteKey(ctx) }
    }

    func create(_ ctx: RequestContext) throws -> HTTPResponse {
        let body = try JSONBody.parseOrEmpty(ctx.request)
        let user = try store.createUser(body, links: DownloadLinks(request: ctx.request))
        return APIResponse.json(user.json, status: .created)
    }

    func list(_ ctx: RequestContext) throws -> HTTPResponse {
        let page = try PageRequest.parse(offset: ctx.request.queryValue("offset"), limit: ctx.request.queryValue("limit") ?? "-1")
        let users = store.controlUsers(links: DownloadLinks(request: ctx.request))
        return APIResponse.list(page.apply(users.map(\.json)))
    }

    func show(_ ctx: RequestContext) throws -> HTTPResponse {
        APIResponse.json(try store.controlUser(mageID: try ctx.parameter("mage_id"), links: DownloadLinks(request: ctx.request)).json)
    }

    func listKeys(_ ctx: RequestContext) throws -> HTTPResponse {
        let keys = try store.accessKeys(mageID: try ctx.parameter("mage_id"))
        return APIResponse.json(.array(keys.map(\.controlJSON)))
    }

    /// Body optional: `{"name": "..."}` (the "API Key Name" of access-keys.md).
    func createKey(_ ctx: RequestContext) throws -> HTTPResponse {
        let mageID = try ctx.parameter("mage_id")
        let o = try ControlRequest.object(ctx.request)
        try ControlRequest.requireKnown(o, ["name"])
        var name: String?
        if let v = o["name"], !v.isNull {
            guard case .string(let s) = v else { throw EQPError.wrongType("name", expected: .string, actual: v) }
            guard !s.allSatisfy({ $0 == " " }) else { throw EQPError.invalidValue("name", "must not be empty") }
            name = s
        }
        let count = try store.accessKeys(mageID: mageID).count
        let key = try store.createAccessKey(mageID: mageID, name: name ?? "API key \(count + 1)")
        return APIResponse.json(key.controlJSON, status: .created)
    }

    func regenerateKey(_ ctx: RequestContext) throws -> HTTPResponse {
        let key = try store.regenerateAccessKey(mageID: try ctx.parameter("mage_id"), applicationID: try ctx.parameter("app_id"))
        return APIResponse.json(key.controlJSON)
    }

    func deleteKey(_ ctx: RequestContext) throws -> HTTPResponse {
        try store.deleteAccessKey(mageID: try ctx.parameter("mage_id"), applicationID: try ctx.parameter("app_id"))
        return APIResponse.noContent()
    }
}

extension ControlUser {
    var json: JSON {
        var o = JSONObject()
        o.append("mage_id", .string(mageID))
        o.append("origin", .string(origin.rawValue))
        o.append("profile", summary)
        o.append("access_keys", .array(accessKeys.map(\.controlJSON)))
        o.append("live_sessions", .int(liveSessions))
        o.append("file_count", .int(fileCount))
        return .object(o)
    }
}
