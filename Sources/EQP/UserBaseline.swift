import Formats

/// Where a user came from, as the control API's user list shows it.
public enum UserOrigin: String, Sendable, Equatable, Codable {
    /// Defined by the seed the sandbox started with.
    case seed
    /// Made at run time by `POST /_sandbox/users`.
    case created
    /// Brought in by `PUT /_sandbox/state` and not defined by the startup seed.
    case imported
}

/// The world a per-user reset returns a user to, for users the startup seed does not define:
/// their own one-user seed, as they were created or imported. Seed users need none: they go
/// back to the startup seed's version of themselves.
struct UserBaseline: Sendable, Codable {
    var origin: UserOrigin
    var seed: Seed
}

extension Seed {
    /// Only `mageID`'s part of this seed: the user and their files (metrics are global and
    /// stay out). Empty when the seed does not define the user.
    func subset(for mageID: String) -> Seed {
        var part = Seed()
        part.users = users.filter { $0.mageID == mageID }
        guard !part.users.isEmpty else { return part }
        part.files = files.filter { $0.ownerMageID == mageID }
        part.packages = packages.filter { $0.value["owner"]?.stringValue == mageID }
        part.seedPackages = seedPackages.filter { $0.ownerMageID == mageID }
        return part
    }

    func defines(_ mageID: String) -> Bool { users.contains { $0.mageID == mageID } }
}

extension IDGenerator {
    /// A mage_id like the docs' `MAG123456789`: `MAG` and nine digits.
    public func mageID() -> String { "MAG" + string(9, from: Self.decimalDigits) }
}
