import EQP
import Formats
import HTTP1
import Server

/// Composer keys under `/rest/v1/users/:mage_id/keys` (users.md, "Magento 2 package access keys").
/// Labels in the path arrive percent-decoded from the router (`Key%20for%20My%20Organization`).
struct KeyRoutes {
    let store: SandboxStore

    func register(on router: Router) {
        let keys = EQPAPI.prefix + "/users/:mage_id/keys"
        router.get(keys) { ctx in try list(ctx) }
        router.post(keys) { ctx in try create(ctx) }
        router.put(keys + "/:label") { ctx in try update(ctx) }
        router.delete(keys + "/:label") { ctx in try remove(ctx) }
    }

    func list(_ ctx: RequestContext) throws -> HTTPResponse {
        let mageID = try authorizedUser(ctx, store: store)
        let r = ctx.request
        let query = try KeyQuery.parse(type: r.queryValue("type"), label: r.queryValue("label"), uid: r.queryValue("uid"))
        return APIResponse.json(try store.composerKeys(mageID: mageID, query: query).json)
    }

    func create(_ ctx: RequestContext) throws -> HTTPResponse {
        let mageID = try authorizedUser(ctx, store: store)
        let body = try JSONBody.parse(ctx.request, expected: #"{"m2": [{"label": "..."}]}"#)
        let outcomes = try store.createComposerKeys(mageID: mageID, body: body)
        return APIResponse.json(["m2": .array(outcomes.map(\.json))])
    }

    func update(_ ctx: RequestContext) throws -> HTTPResponse {
        let mageID = try authorizedUser(ctx, store: store)
        let body = try JSONBody.parse(ctx.request, expected: #"{"m2": [{"is_enabled": true}]}"#)
        let key = try store.setComposerKeyEnabled(mageID: mageID, label: try ctx.parameter("label"), body: body)
        return APIResponse.json(["m2": [key.json]])
    }

    func remove(_ ctx: RequestContext) throws -> HTTPResponse {
        let mageID = try authorizedUser(ctx, store: store)
        try store.deleteComposerKey(mageID: mageID, label: try ctx.parameter("label"), uid: ctx.request.queryValue("uid"))
        return APIResponse.noContent()
    }
}
