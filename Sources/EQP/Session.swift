/// A live user session token (auth.md). Tokens minted from an access key outlive that key's
/// regeneration or deletion (access-keys.md), so a session records only whom it serves.
struct Session: Sendable, Equatable, Codable {
    var token: String
    var mageID: String
    /// Sandbox-clock second from which the token is refused; nil for the seed's demo tokens.
    var expiresAt: Int?
}

/// What `POST /rest/v1/app/session/token` answers (auth.md).
public struct SessionGrant: Sendable, Equatable {
    public var mageID: String
    public var token: String
    /// The lifetime actually granted, after capping at the configured maximum.
    public var expiresIn: Int
}
