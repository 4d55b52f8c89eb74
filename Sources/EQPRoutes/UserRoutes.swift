import EQP
import Formats
import HTTP1
import Server

/// `GET` and `PUT /rest/v1/users/:mage_id` (users.md, "Profile"; callbacks.md).
struct UserRoutes {
    let store: SandboxStore

    func register(on router: Router) {
        let path = EQPAPI.prefix + "/users/:mage_id"
        router.get(path) { ctx in try show(ctx) }
        router.put(path) { ctx in try update(ctx) }
    }

    func show(_ ctx: RequestContext) throws -> HTTPResponse {
        let mageID = try authorizedUser(ctx, store: store)
        let style = try ProfileStyle.parse(ctx.request.queryValue("style"))
        return APIResponse.json(try store.profile(mageID: mageID, style: style, links: DownloadLinks(request: ctx.request)))
    }

    func update(_ ctx: RequestContext) throws -> HTTPResponse {
        let mageID = try authorizedUser(ctx, store: store)
        let body = try JSONBody.parse(ctx.request, expected: "a JSON object with the profile fields to change")
        return APIResponse.json(try store.updateProfile(mageID: mageID, body: body, links: DownloadLinks(request: ctx.request)))
    }
}

/// The `:mage_id` of the path, once the bearer token proves the caller is that user. Another
/// user's mage_id is a 404, exactly like one that does not exist.
func authorizedUser(_ ctx: RequestContext, store: SandboxStore) throws -> String {
    let caller = try BearerAuthentication.caller(ctx.request, store: store)
    let requested = try ctx.parameter("mage_id")
    try SandboxStore.requireSameUser(caller: caller, requested: requested)
    return caller
}
