import EQP
import Formats
import HTTP1
import Server

/// User reports (users.md, "User reports") and marketplace metrics (reports.md), paged like
/// every other list.
struct ReportRoutes {
    let store: SandboxStore

    func register(on router: Router) {
        for kind in UserReportKind.allCases {
            router.get(EQPAPI.prefix + "/users/:mage_id/reports/" + kind.rawValue) { ctx in try userReport(ctx, kind) }
        }
        router.get(EQPAPI.prefix + "/reports/metrics") { ctx in try metrics(ctx.request) }
        router.get(EQPAPI.prefix + "/reports/metrics/:metric_name") { ctx in try metric(ctx) }
    }

    func userReport(_ ctx: RequestContext, _ kind: UserReportKind) throws -> HTTPResponse {
        let mageID = try authorizedUser(ctx, store: store)
        return APIResponse.list(try store.userReport(mageID: mageID, kind: kind, page: try PageRequest(query: ctx.request)))
    }

    func metrics(_ request: HTTPRequest) throws -> HTTPResponse {
        _ = try BearerAuthentication.caller(request, store: store)
        return APIResponse.list(store.metrics(page: try PageRequest(query: request)).map(\.summaryJSON))
    }

    func metric(_ ctx: RequestContext) throws -> HTTPResponse {
        _ = try BearerAuthentication.caller(ctx.request, store: store)
        let name = try ctx.parameter("metric_name")
        return APIResponse.list(try store.metricRecords(name: name, page: try PageRequest(query: ctx.request)))
    }
}
