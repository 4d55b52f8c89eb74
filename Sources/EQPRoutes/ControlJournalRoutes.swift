import EQP
import Formats
import HTTP1
import Server

/// `GET /_sandbox/requests?limit=&method=&path=&status=&mage_id=` (newest first, the number
/// of matches in `X-Total-Count`) and `DELETE /_sandbox/requests`.
struct ControlJournalRoutes {
    let journal: RequestJournal

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.GET, "/requests") { ctx in try list(ctx.request) }
        routes.add(.DELETE, "/requests") { _ in
            journal.clear()
            return APIResponse.noContent()
        }
    }

    func list(_ request: HTTPRequest) throws -> HTTPResponse {
        var query = JournalQuery(limit: 100)
        if let limit = request.queryValue("limit") {
            guard let v = Int(limit.trimmingASCIIWhitespace()), v >= -1 else {
                throw EQPErrorDefinition.invalidLimit.error(["value": limit])
            }
            query.limit = v
        }
        query.method = nonEmpty(request.queryValue("method"))
        query.path = nonEmpty(request.queryValue("path"))
        query.mageID = nonEmpty(request.queryValue("mage_id"))
        if let status = nonEmpty(request.queryValue("status")) { query.status = try JournalQuery.StatusFilter.parse(status) }
        let (items, total) = journal.entries(query)
        return APIResponse.json(.array(items.map(\.json)), headers: ["X-Total-Count": String(total)])
    }

    func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}
