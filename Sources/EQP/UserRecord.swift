import Formats

/// Everything the sandbox holds for one user: the profile of users.md and the resources that
/// hang off it.
struct UserRecord: Sendable, Codable {
    var mageID: String
    /// The stored profile fields (role `.stored` in `ProfileSchema`), complete and in schema order.
    var profile: JSONObject
    var profileImageFileID: String?
    var callbacks: [APICallback]
    var accessKeys: [AccessKey]
    /// Tokens that never expire (the docs' example `ust`), honoured when demo tokens are enabled.
    var demoTokens: [String]
    var m2Keys: [ComposerKey]
    var m1Keys: [M1Key]
    var reports: UserReports
    /// When the profile was last published with `action: submit`.
    var publishedAt: Int?

    /// The org_ids of the user's organizations: the other valid Composer key `uid`s (users.md).
    var orgIDs: [String] {
        (profile["organizations"]?.arrayValue ?? []).compactMap { $0["org_id"]?.stringValue }
    }

    /// Whether `uid` is this user's mage_id or one of their org_ids.
    func owns(uid: String) -> Bool { uid == mageID || orgIDs.contains(uid) }
}
