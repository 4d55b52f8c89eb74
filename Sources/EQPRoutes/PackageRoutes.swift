import EQP
import Formats
import HTTP1
import Server

/// `/rest/v1/products/packages` (packages.md, "Package submissions" and "Get package details";
/// filtering.md). The router tries literal segments before parameters, so `/skus`, `/items`,
/// `/sku/...` and `/item/...` are never taken for a submission_id.
struct PackageRoutes {
    let store: SandboxStore

    static let base = EQPAPI.prefix + "/products/packages"

    func register(on router: Router) {
        let base = Self.base
        router.post(base) { ctx in try batch(ctx.request, create: true) }
        router.put(base) { ctx in try batch(ctx.request, create: false) }
        router.get(base) { ctx in try list(ctx.request) }
        router.get(base + "/skus") { ctx in try list(ctx.request) }
        router.get(base + "/items") { ctx in try list(ctx.request) }
        router.get(base + "/:submission_id") { ctx in try show(ctx) }
        router.put(base + "/:submission_id") { ctx in try updateOne(ctx) }
        router.get(base + "/skus/:sku") { ctx in try versions(ctx, sku: try ctx.parameter("sku")) }
        // An sku sent without encoding its slash arrives as two segments.
        router.get(base + "/skus/:sku/:package") { ctx in
            try versions(ctx, sku: try ctx.parameter("sku") + "/" + ctx.parameter("package"))
        }
        router.get(base + "/items/:item_id") { ctx in try showItem(ctx) }
    }

    /// POST/PUT of a JSON array: a non-array body, broken JSON or a bad token is a
    /// whole-request error with no item processed (rest-api.md, "Complete processing failure").
    func batch(_ request: HTTPRequest, create: Bool) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(request, store: store)
        let body = try JSONBody.parse(request, expected: "a JSON array of packages")
        guard case .array(let items) = body else {
            throw EQPErrorDefinition.packageBodyNotArray.error(["actual": body.typeName])
        }
        let links = DownloadLinks(request: request)
        let answers = create
            ? try store.createPackages(mageID: caller, items: items, links: links)
            : try store.updatePackages(mageID: caller, items: items, links: links)
        return APIResponse.json(.array(answers))
    }

    func updateOne(_ ctx: RequestContext) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(ctx.request, store: store)
        let body = try JSONBody.parse(ctx.request, expected: "a JSON object with the package fields to change")
        guard case .object(let obj) = body else {
            throw EQPErrorDefinition.packageItemNotObject.error(["actual": body.typeName])
        }
        let package = try store.updatePackage(mageID: caller, id: try ctx.parameter("submission_id"), body: obj,
                                              links: DownloadLinks(request: ctx.request))
        return APIResponse.json(package)
    }

    func list(_ request: HTTPRequest) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(request, store: store)
        let page = try store.packages(mageID: caller, query: request.head.query, links: DownloadLinks(request: request))
        return APIResponse.list(page)
    }

    func versions(_ ctx: RequestContext, sku: String) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(ctx.request, store: store)
        let page = try store.packages(mageID: caller, query: ctx.request.head.query, sku: sku,
                                      links: DownloadLinks(request: ctx.request))
        return APIResponse.list(page)
    }

    func show(_ ctx: RequestContext) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(ctx.request, store: store)
        return APIResponse.json(try store.package(mageID: caller, submissionID: try ctx.parameter("submission_id"),
                                                  links: DownloadLinks(request: ctx.request)))
    }

    func showItem(_ ctx: RequestContext) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(ctx.request, store: store)
        return APIResponse.json(try store.package(mageID: caller, itemID: try ctx.parameter("item_id"),
                                                  links: DownloadLinks(request: ctx.request)))
    }
}
