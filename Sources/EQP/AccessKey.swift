import Formats

/// An API access key (access-keys.md): the application ID and secret a client trades for
/// session tokens. Managed in the Developer Portal UI in the real service, so here through
/// seed data and the sandbox's control API.
public struct AccessKey: Sendable, Equatable, Codable {
    public var applicationID: String
    public var applicationSecret: String
    /// The "API Key Name" the user chose.
    public var name: String
    public var createdAt: Int
    /// When the pair was last regenerated; nil if never.
    public var regeneratedAt: Int?

    public init(applicationID: String, applicationSecret: String, name: String, createdAt: Int, regeneratedAt: Int? = nil) {
        self.applicationID = applicationID
        self.applicationSecret = applicationSecret
        self.name = name
        self.createdAt = createdAt
        self.regeneratedAt = regeneratedAt
    }

    /// The record `GET /rest/v1/apps` lists: never the secret (SANDBOX-NOTES.md).
    public var publicJSON: JSON {
        [
            "application_id": .string(applicationID),
            "name": .string(name),
            "created_at": .string(UTCTimestamp.format(createdAt)),
            "regenerated_at": regeneratedAt.map { .string(UTCTimestamp.format($0)) } ?? .null,
        ]
    }
}
