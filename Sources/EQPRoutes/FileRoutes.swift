import EQP
import Formats
import HTTP1
import Server

/// `/rest/v1/files/uploads` (files.md) and the download links file records carry.
struct FileRoutes {
    let store: SandboxStore

    func register(on router: Router) {
        let uploads = EQPAPI.prefix + "/files/uploads"
        router.post(uploads) { ctx in try upload(ctx.request) }
        router.get(uploads) { ctx in try list(ctx.request) }
        router.get(uploads + "/:file_upload_id") { ctx in try show(ctx) }
        router.delete(uploads + "/:file_upload_id") { ctx in try remove(ctx) }
        router.get(DownloadLinks.pathPrefix + "/:file_upload_id/:filename") { ctx in try download(ctx) }
    }

    /// multipart/form-data with every part named `file[]` (files.md, "Upload files"); the
    /// answer lists the parts in order, each stored or refused on its own.
    func upload(_ request: HTTPRequest) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(request, store: store)
        let contentType = request.headers["Content-Type"] ?? ""
        guard FileContentTypes.essence(contentType) == "multipart/form-data" else {
            throw EQPErrorDefinition.notMultipart.error(["value": contentType.isEmpty ? "no Content-Type" : "'\(contentType)'"])
        }
        guard let boundary = MultipartParser.boundary(fromContentType: contentType) else {
            throw EQPErrorDefinition.missingBoundary.error()
        }
        let parts: [MultipartPart]
        do {
            parts = try MultipartParser.parse(request.body, boundary: boundary)
        } catch let error as MultipartError {
            throw EQPErrorDefinition.malformedMultipart.error(["detail": error.message])
        }
        let uploads = parts.map { UploadPart(name: $0.name, filename: $0.filename, contentType: $0.contentType, bytes: $0.body) }
        let outcomes = try store.upload(mageID: caller, parts: uploads)
        return APIResponse.json(.array(outcomes.map(\.json)))
    }

    func list(_ request: HTTPRequest) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(request, store: store)
        let links = DownloadLinks(request: request)
        let page = try store.files(mageID: caller, page: try PageRequest(query: request))
        return APIResponse.list(page.map { $0.json(links: links) })
    }

    func show(_ ctx: RequestContext) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(ctx.request, store: store)
        let info = try store.file(mageID: caller, id: try ctx.parameter("file_upload_id"))
        return APIResponse.json(info.json(links: DownloadLinks(request: ctx.request)))
    }

    func remove(_ ctx: RequestContext) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(ctx.request, store: store)
        try store.deleteFile(mageID: caller, id: try ctx.parameter("file_upload_id"))
        return APIResponse.noContent()
    }

    /// The exact bytes with the stored content type. No token needed, like the real static host.
    func download(_ ctx: RequestContext) throws -> HTTPResponse {
        let id = try ctx.parameter("file_upload_id")
        guard let file = store.download(id: id, filename: try ctx.parameter("filename")) else {
            throw EQPErrorDefinition.fileNotFound.error(["file_upload_id": id])
        }
        return HTTPResponse(status: .ok, headers: ["Content-Type": file.contentType], body: file.bytes)
    }
}
