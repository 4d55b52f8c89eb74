import EQP
import Formats
import HTTP1
import Server

/// Read-only listings across every user, for the dashboard and for tests that look at the
/// whole sandbox (the EQP API shows a user only their own):
///
///     GET /_sandbox/packages?mage_id=&offset=&limit=   newest first, with review state and test results
///     GET /_sandbox/files?mage_id=&offset=&limit=      newest first, with scan state
///
/// `limit` defaults to 100 (`-1`: all), the unpaged count is in `X-Total-Count`.
struct ControlListingRoutes {
    let store: SandboxStore

    static let defaultLimit = 100

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.GET, "/packages") { ctx in
            let (mageID, page) = try Self.query(ctx.request)
            return APIResponse.list(store.controlPackages(mageID: mageID, page: page))
        }
        routes.add(.GET, "/files") { ctx in
            let (mageID, page) = try Self.query(ctx.request)
            return APIResponse.list(store.controlFiles(mageID: mageID, page: page, links: DownloadLinks(request: ctx.request)))
        }
    }

    /// `mage_id` (empty means every user), `offset` and `limit`.
    static func query(_ request: HTTPRequest) throws -> (mageID: String?, page: PageRequest) {
        let page = try PageRequest.parse(offset: request.queryValue("offset"),
                                         limit: request.queryValue("limit") ?? String(defaultLimit))
        let mageID = request.queryValue("mage_id").flatMap { $0.isEmpty ? nil : $0 }
        return (mageID, page)
    }
}
