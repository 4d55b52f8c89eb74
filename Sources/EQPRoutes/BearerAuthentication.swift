import EQP
import HTTP1
import Server

/// Reads `Authorization: Bearer <ust>` (auth.md, "How to use a session token") and answers
/// who is calling. Missing, malformed, unknown and expired tokens are distinct 401s.
enum BearerAuthentication {
    static func caller(_ request: HTTPRequest, store: SandboxStore) throws -> String {
        guard let header = request.headers["Authorization"] else { throw EQPErrorDefinition.missingBearer.error() }
        let value = header.trimmingASCIIWhitespace()
        let scheme = value.prefix { $0 != " " }
        let token = value.dropFirst(scheme.count).trimmingASCIIWhitespace()
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
        return try store.authenticate(token: String(token))
    }

    /// 32 ASCII letters or digits, a dot, 12 more (auth.md's example `ust`).
    static func isTokenShaped(_ token: Substring) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        func alnum(_ s: Substring, _ n: Int) -> Bool {
            s.utf8.count == n && s.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
        }
        return parts.count == 2 && alnum(parts[0], 32) && alnum(parts[1], 12)
    }
}
