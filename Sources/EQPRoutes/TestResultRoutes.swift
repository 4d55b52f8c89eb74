import EQP
import Formats
import HTTP1
import Server

/// The test-results endpoints (test-results.md), including the short detail path of its curl
/// examples, `/rest/v1/:submission_id/status/:tool/:run_id` (SANDBOX-NOTES.md, "Paths").
struct TestResultRoutes {
    let store: SandboxStore

    func register(on router: Router) {
        let base = PackageRoutes.base
        router.get(base + "/:submission_id/status") { ctx in
            try summary(ctx, .submissionID(try ctx.parameter("submission_id")))
        }
        router.get(base + "/sku/:sku/status") { ctx in try summary(ctx, .sku(try ctx.parameter("sku"))) }
        router.get(base + "/sku/:sku/:package/status") { ctx in
            try summary(ctx, .sku(try ctx.parameter("sku") + "/" + ctx.parameter("package")))
        }
        router.get(base + "/item/:item_id/status") { ctx in try summary(ctx, .itemID(try ctx.parameter("item_id"))) }
        router.get(base + "/:submission_id/status/:tool/:run_id") { ctx in try detail(ctx) }
        router.get(EQPAPI.prefix + "/:submission_id/status/:tool/:run_id") { ctx in try detail(ctx) }
    }

    func summary(_ ctx: RequestContext, _ key: SandboxStore.PackageKey) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(ctx.request, store: store)
        // A list like every other: paged, with X-Total-Count (filtering.md). All runs by default,
        // since the summary is one submission's history rather than a collection.
        let page = try PageRequest.parse(offset: ctx.request.queryValue("offset"), limit: ctx.request.queryValue("limit") ?? "-1")
        let runs = try store.testResults(mageID: caller, key: key).arrayValue ?? []
        return APIResponse.list(page.apply(runs))
    }

    func detail(_ ctx: RequestContext) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(ctx.request, store: store)
        return APIResponse.json(try store.testResult(mageID: caller, submissionID: try ctx.parameter("submission_id"),
                                                     tool: try ctx.parameter("tool"), runID: try ctx.parameter("run_id")))
    }
}
