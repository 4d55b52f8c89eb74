import EQP
import Formats
import HTTP1
import Server

/// Deciding outcomes instead of waiting for them: malware scans of files (package reviews are
/// `ControlReviewRoutes`).
struct ControlScanRoutes {
    let store: SandboxStore

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.POST, "/files/:file_upload_id/scan") { ctx in try decide(ctx) }
        // The literal `scan` segment shadows the download link of a file named exactly "scan"
        // (`/_sandbox/files/:file_upload_id/:filename`), so that link is served here too.
        // Not a control route: it is registered past the registrar (no token, journaled).
        routes.router.get(DownloadLinks.pathPrefix + "/:file_upload_id/scan") { ctx in try downloadFileNamedScan(ctx) }
    }

    /// `{"result": "pass" | "fail"}`.
    func decide(_ ctx: RequestContext) throws -> HTTPResponse {
        let o = try JSONBody.parse(ctx.request, expected: #"{"result": "pass"} or {"result": "fail"}"#)
        guard case .object(let body) = o else { throw EQPError.wrongType("The request body", expected: .object, actual: o) }
        try ControlRequest.requireKnown(body, ["result"])
        guard let value = body["result"] else { throw EQPError.missing("result") }
        guard case .string(let text) = value else { throw EQPError.wrongType("result", expected: .string, actual: value) }
        let result: MalwareStatus
        switch text {
        case "pass", "passed": result = .pass
        case "fail", "failed": result = .fail
        default: throw EQPError.invalidValue("result", "must be 'pass' or 'fail', got '\(text)'")
        }
        let decided = try store.decideScan(fileID: try ctx.parameter("file_upload_id"), result: result,
                                           links: DownloadLinks(request: ctx.request))
        return APIResponse.json(decided.file)
    }

    func downloadFileNamedScan(_ ctx: RequestContext) throws -> HTTPResponse {
        let id = try ctx.parameter("file_upload_id")
        guard let file = store.download(id: id, filename: "scan") else {
            throw EQPErrorDefinition.fileNotFound.error(["file_upload_id": id])
        }
        return HTTPResponse(status: .ok, headers: ["Content-Type": file.contentType], body: file.bytes)
    }
}
