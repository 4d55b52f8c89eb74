import Formats

extension SandboxStore {
    /// Trades an API access key for a session token (auth.md, "How to obtain a session token").
    /// `expiresIn` nil grants the maximum; above the maximum is cut to it.
    public func createSession(applicationID: String, applicationSecret: String, expiresIn: Int?) throws -> SessionGrant {
        if let expiresIn, expiresIn <= 0 {
            throw EQPErrorDefinition.invalidExpiresIn.error(["value": String(expiresIn)])
        }
        let granted = min(expiresIn ?? options.sessionMaxSeconds, options.sessionMaxSeconds)
        return try withState { s, now in
            guard let owner = s.owner(ofApplicationID: applicationID, secret: applicationSecret) else {
                throw EQPErrorDefinition.badCredentials.error()
            }
            s.pruneSessions(now: now)
            var token = ids.sessionToken()
            while s.sessions[token] != nil { token = ids.sessionToken() }
            s.sessions[token] = Session(token: token, mageID: owner.mageID, expiresAt: now + granted)
            return SessionGrant(mageID: owner.mageID, token: token, expiresIn: granted)
        }
    }

    /// The mage_id owning this API access key, or 401 1012. Lets the token endpoint check the
    /// key before it reads the body.
    public func verifyAccessKey(applicationID: String, applicationSecret: String) throws -> String {
        try withState { s, _ in
            guard let owner = s.owner(ofApplicationID: applicationID, secret: applicationSecret) else {
                throw EQPErrorDefinition.badCredentials.error()
            }
            return owner.mageID
        }
    }

    /// The mage_id a session token belongs to; unknown and expired tokens are distinct 401s.
    public func authenticate(token: String) throws -> String {
        try withState { s, now in
            guard let session = s.sessions[token] else { throw EQPErrorDefinition.unknownToken.error() }
            if let expiresAt = session.expiresAt, now >= expiresAt {
                throw EQPErrorDefinition.expiredToken.error(["expired_at": UTCTimestamp.format(expiresAt)])
            }
            return session.mageID
        }
    }

    /// Live (unexpired) sessions, demo tokens included.
    public func liveSessionCount() -> Int {
        read { s, now in s.sessions.values.filter { $0.expiresAt.map { now < $0 } ?? true }.count }
    }
}

extension SandboxState {
    /// The user holding this application ID and secret, if any.
    func owner(ofApplicationID applicationID: String, secret: String) -> UserRecord? {
        for mageID in userOrder {
            guard let user = users[mageID] else { continue }
            for key in user.accessKeys where key.applicationID == applicationID {
                return constantTimeEquals(key.applicationSecret, secret) ? user : nil
            }
        }
        return nil
    }

    /// Forgets tokens that expired over a day ago, once there are many: expired tokens are kept
    /// a while so clients hear "expired" rather than "unknown".
    mutating func pruneSessions(now: Int) {
        guard sessions.count > 10_000 else { return }
        sessions.removeAll { _, session in !(session.expiresAt.map { $0 > now - 86_400 } ?? true) }
    }
}

/// Compares secrets without stopping at the first difference.
func constantTimeEquals(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    var diff = UInt8(x.count == y.count ? 0 : 1)
    for i in 0..<min(x.count, y.count) { diff |= x[i] ^ y[i] }
    return diff == 0
}
