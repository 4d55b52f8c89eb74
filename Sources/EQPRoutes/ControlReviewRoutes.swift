import EQP
import Formats
import HTTP1
import Server

/// Deciding package reviews instead of waiting for them (README, "Control API"):
///
///     POST   /_sandbox/packages/:submission_id/review   {"hold": true|false} | {"step": true}
///                                                      | {"decide": {"tool": ..., "status": ..., "reports": ...}}
///     POST   /_sandbox/skus/:sku/outcomes               {"tool": ..., "status": ..., "count": N, "reports": ...}
///
/// `reports` (optional, an array or object) is the detail document's `reports` for the decided
/// run, shown as given instead of the ones the sandbox builds.
///     GET    /_sandbox/skus/:sku/outcomes
///     DELETE /_sandbox/skus/:sku/outcomes
struct ControlReviewRoutes {
    let store: SandboxStore

    static let reviewExample = #"{"hold": true}, {"hold": false}, {"step": true} or {"decide": {"tool": "phpcs", "status": "fail"}}"#
    static let outcomeExample = #"{"tool": "phpcs", "status": "fail", "count": 1}"#

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.POST, "/packages/:submission_id/review") { ctx in try review(ctx) }
        routes.add(.POST, "/skus/:sku/outcomes") { ctx in try queue(ctx) }
        routes.add(.GET, "/skus/:sku/outcomes") { ctx in
            Self.outcomes(try store.queuedOutcomes(sku: try ctx.parameter("sku")))
        }
        routes.add(.DELETE, "/skus/:sku/outcomes") { ctx in
            try store.clearOutcomes(sku: try ctx.parameter("sku"))
            return APIResponse.noContent()
        }
    }

    func review(_ ctx: RequestContext) throws -> HTTPResponse {
        let id = try ctx.parameter("submission_id")
        let links = DownloadLinks(request: ctx.request)
        let json = try JSONBody.parse(ctx.request, expected: Self.reviewExample)
        guard case .object(let body) = json else {
            throw EQPErrorDefinition.invalidReviewControl.error(["problem": "got \(json.typeName)"])
        }
        let known = ["hold", "step", "decide"]
        if let unknown = body.keys.first(where: { !known.contains($0) }) {
            throw EQPErrorDefinition.invalidReviewControl.error(["problem": "'\(unknown)' is not one of them"])
        }
        guard body.count == 1, let (name, value) = body.members.first else {
            throw EQPErrorDefinition.invalidReviewControl.error(["problem": body.isEmpty ? "got an empty object" : "got \(body.keys.joined(separator: ", "))"])
        }
        let result: JSON
        switch name {
        case "hold":
            guard case .bool(let hold) = value else { throw EQPError.wrongType("hold", expected: .bool, actual: value) }
            result = try store.holdReview(submissionID: id, hold, links: links)
        case "step":
            guard case .bool(let step) = value else { throw EQPError.wrongType("step", expected: .bool, actual: value) }
            guard step else { throw EQPErrorDefinition.invalidReviewControl.error(["problem": "step must be true"]) }
            result = try store.stepReview(submissionID: id, links: links)
        default:
            guard case .object(let decide) = value else { throw EQPError.wrongType("decide", expected: .object, actual: value) }
            try ControlRequest.requireKnown(decide, ["tool", "status", "reports"])
            let tool = try Self.tool(decide["tool"], field: "decide.tool")
            let status = try Self.status(decide["status"], field: "decide.status")
            let reports = try Self.reports(decide["reports"], field: "decide.reports")
            result = try store.decideReview(submissionID: id, tool: tool, status: status, reports: reports, links: links)
        }
        return APIResponse.json(result)
    }

    func queue(_ ctx: RequestContext) throws -> HTTPResponse {
        let sku = try ctx.parameter("sku")
        let json = try JSONBody.parse(ctx.request, expected: Self.outcomeExample)
        guard case .object(let body) = json else { throw EQPError.wrongType("The request body", expected: .object, actual: json) }
        try ControlRequest.requireKnown(body, ["tool", "status", "count", "reports"])
        let tool = try Self.tool(body["tool"], field: "tool")
        let status = try Self.status(body["status"], field: "status")
        var count = 1
        switch body["count"] {
        case nil, .null?: break
        case let value?:
            guard let n = value.intValue else { throw EQPError.wrongType("count", expected: .int, actual: value) }
            guard (1...SandboxStore.maxQueuedOutcomes).contains(n) else {
                throw EQPErrorDefinition.invalidOutcomeCount.error(["max": String(SandboxStore.maxQueuedOutcomes), "value": String(n)])
            }
            count = n
        }
        let reports = try Self.reports(body["reports"], field: "reports")
        return Self.outcomes(try store.queueOutcomes(sku: sku, tool: tool, status: status, count: count, reports: reports))
    }

    static func outcomes(_ list: [QueuedOutcome]) -> HTTPResponse {
        APIResponse.list(Page(items: list.map(\.json), total: list.count))
    }

    static func tool(_ value: JSON?, field: String) throws -> ReviewTool {
        guard let value else { throw EQPError.missing(field) }
        guard case .string(let name) = value else { throw EQPError.wrongType(field, expected: .string, actual: value) }
        guard let tool = ReviewTool(rawValue: name) else {
            throw EQPErrorDefinition.invalidReviewTool.error(["field": field, "value": "'\(name)'"])
        }
        return tool
    }

    /// A decision's detail `reports`: an array (phpcs, varnish) or an object (marketing,
    /// manual_qa) as test-results.md shows them; null or absent leaves the built ones.
    static func reports(_ value: JSON?, field: String) throws -> JSON? {
        switch value {
        case nil, .null?: return nil
        case .array?, .object?: return value
        case let other?: throw EQPError.invalidValue(field, "must be an array or an object (the detail's reports), got \(other.typeName)")
        }
    }

    static func status(_ value: JSON?, field: String) throws -> ToolRunStatus {
        guard let value else { throw EQPError.missing(field) }
        guard case .string(let name) = value else { throw EQPError.wrongType(field, expected: .string, actual: value) }
        guard let status = ToolRunStatus(rawValue: name) else {
            throw EQPErrorDefinition.invalidReviewStatus.error(["field": field, "value": "'\(name)'"])
        }
        return status
    }
}
