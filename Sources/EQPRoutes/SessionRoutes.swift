import EQP
import Formats
import HTTP1
import Server

/// `POST /rest/v1/app/session/token` (auth.md) and `GET /rest/v1/apps` (SANDBOX-NOTES.md).
struct SessionRoutes {
    let store: SandboxStore

    func register(on router: Router) {
        router.post(EQPAPI.prefix + "/app/session/token") { ctx in try createToken(ctx.request) }
        router.get(EQPAPI.prefix + "/apps") { ctx in try listApps(ctx.request) }
    }

    /// Credentials first (401), then the body (400), as the real service checks the key first.
    func createToken(_ request: HTTPRequest) throws -> HTTPResponse {
        let credentials = try BasicCredentials.parse(request.headers["Authorization"])
        let owner = try store.verifyAccessKey(applicationID: credentials.applicationID, applicationSecret: credentials.applicationSecret)
        RequestScope.noteAuthenticated(owner)
        let body = try JSONBody.parseOrEmpty(request)
        guard case .object(let o) = body else {
            throw EQPError.wrongType("The request body", expected: .object, actual: body)
        }
        guard let grantType = o["grant_type"], !grantType.isNull else { throw EQPErrorDefinition.missingGrantType.error() }
        guard grantType == "session" else {
            let shown = grantType.stringValue.map { "'\($0)'" } ?? "\(grantType.text) (\(grantType.typeName))"
            throw EQPErrorDefinition.unsupportedGrantType.error(["value": shown])
        }
        var expiresIn: Int?
        if let value = o["expires_in"], !value.isNull {
            if let seconds = value.intValue, seconds > 0 {
                expiresIn = seconds
            } else if case .double(let d) = value, d.isFinite, d >= 9.0e15, d.rounded() == d {
                // A whole number too large for an Int is still a request for "as long as
                // allowed": the store cuts it to the maximum like any other (auth.md).
                expiresIn = Int.max
            } else {
                throw EQPErrorDefinition.invalidExpiresIn.error(["value": value.stringValue.map { "'\($0)' (a string)" } ?? value.text])
            }
        }
        let grant = try store.createSession(applicationID: credentials.applicationID,
                                            applicationSecret: credentials.applicationSecret, expiresIn: expiresIn)
        return APIResponse.json(["mage_id": .string(grant.mageID), "ust": .string(grant.token), "expires_in": .int(grant.expiresIn)])
    }

    /// The caller's API access keys, never their secrets.
    func listApps(_ request: HTTPRequest) throws -> HTTPResponse {
        let caller = try BearerAuthentication.caller(request, store: store)
        let page = try PageRequest(query: request)
        return APIResponse.list(page.apply(try store.accessKeys(mageID: caller).map(\.publicJSON)))
    }
}
