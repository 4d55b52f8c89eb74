/// What the start-up log shows about each seed user: enough to mint a session token at once.
public struct SeedUserSummary: Sendable, Equatable {
    public var mageID: String
    /// (application ID, application secret) pairs.
    public var accessKeys: [(applicationID: String, applicationSecret: String)]
    public var demoTokens: [String]

    public static func == (a: SeedUserSummary, b: SeedUserSummary) -> Bool {
        a.mageID == b.mageID && a.demoTokens == b.demoTokens
            && a.accessKeys.map(\.applicationID) == b.accessKeys.map(\.applicationID)
            && a.accessKeys.map(\.applicationSecret) == b.accessKeys.map(\.applicationSecret)
    }
}

extension Seed {
    /// The seed users in order, with their access keys and demo tokens.
    public var userSummaries: [SeedUserSummary] {
        users.map { u in
            SeedUserSummary(mageID: u.mageID,
                            accessKeys: u.accessKeys.map { ($0.applicationID, $0.applicationSecret) },
                            demoTokens: u.demoTokens)
        }
    }
}
