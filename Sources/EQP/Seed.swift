import Formats

/// The world the sandbox starts in (and returns to on reset), read from the seed-data folder
/// by `SeedLoader` and already validated. Kept by the store so later resets (whole or per
/// user) can go back to it.
public struct Seed: Sendable, Codable {
    var users: [UserRecord] = []
    var files: [SeedFile] = []
    public internal(set) var metrics: [Metric] = []
    /// The `packages` entries, unvalidated: the packages resource reads them.
    public internal(set) var packages: [SeedPackageDocument] = []
    /// The `packages` entries as records, checked when the seed is finished.
    var seedPackages: [PackageRecord] = []
    /// The seed files read, in load order.
    public internal(set) var sourceFiles: [String] = []

    public init() {}

    /// The users the seed defines, in order.
    public var mageIDs: [String] { users.map(\.mageID) }
}

/// A file the seed provides, with its bytes already read or decoded.
struct SeedFile: Sendable, Codable {
    var id: String
    var ownerMageID: String
    var filename: String
    var contentType: String
    var bytes: [UInt8]
    var status: MalwareStatus
    /// Upload time; nil means "when the sandbox starts".
    var uploadedAt: Int?
}

/// One package entry of a seed file, with where it came from so errors can point at it.
public struct SeedPackageDocument: Sendable, Codable {
    public var file: String
    public var path: String
    public var value: JSON
}

/// Why a seed cannot be loaded: the file, the JSON path inside it, and the problem. Start-up
/// stops with this message.
public struct SeedError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// Such as `users[0].access_keys[3]`; empty when the problem is with the file as a whole.
    public var path: String
    public var problem: String

    public init(file: String, path: String, problem: String) {
        self.file = file
        self.path = path
        self.problem = problem
    }

    public var description: String {
        path.isEmpty ? "invalid seed \(file): \(problem)" : "invalid seed \(file): \(path): \(problem)"
    }
}
