import EQP
import HTTP1
import Server

/// Reads `Authorization: Bearer <ust>` (auth.md, "How to use a session token") and answers
/// who is calling. Missing, malformed, unknown and expired tokens are distinct 401s.
enum BearerAuthentication {
    static func caller(_ request: HTTPRequest, store: SandboxStore) throws -> String {
        guard let header = request.headers["Authorization"] else { throw EQPErrorDefinition.missingBearer.error() }
        let value = header.trimmingASCIIWhitespace()
        // Split on the first space by UTF-8 index: Character iteration would be the slowest
        // step of every authenticated request.
        let space = value.utf8.firstIndex(of: UInt8(ascii: " ")) ?? value.endIndex
        let scheme = value[..<space]
        let token = value[space...].trimmingASCIIWhitespace()
        guard scheme.asciiCaseInsensitiveEquals("Bearer") else {
            let detail = scheme.isEmpty ? "but the header is empty" : "got the '\(scheme)' scheme"
            throw EQPErrorDefinition.malformedBearer.error(["detail": detail])
        }
        guard !token.isEmpty else { throw EQPErrorDefinition.malformedBearer.error(["detail": "but no token follows 'Bearer'"]) }
        guard isTokenShaped(token) else {
            throw EQPErrorDefinition.malformedBearer.error([
                "detail": "but the token is not shaped like a session token (32 letters or digits, '.', 12 letters or digits)",
            ])
        }
        let mageID = try store.authenticate(token: String(token))
        // Tells the request journal who this request is for (RequestJournal.swift, RequestScope).
        RequestScope.noteAuthenticated(mageID)
        return mageID
    }

    /// 32 ASCII letters or digits, a dot, 12 more (auth.md's example `ust`).
    static func isTokenShaped(_ token: Substring) -> Bool {
        // Checked on every authenticated request, so over the bytes rather than with split().
        guard token.utf8.count == 45 else { return false }
        var i = 0
        for b in token.utf8 {
            if i == 32 {
                guard b == UInt8(ascii: ".") else { return false }
            } else if !((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)) {
                return false
            }
            i += 1
        }
        return true
    }
}
