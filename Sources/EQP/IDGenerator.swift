import Synchronization

/// Makes every identifier and secret the sandbox hands out, shaped like the documented ones.
/// `seeded` mode repeats exactly for the same seed (tests, `--deterministic` runs); `random`
/// mode draws from the system's random source. Uniqueness against existing records is the
/// store's job: it asks again on a collision.
public final class IDGenerator: Sendable {
    private enum Source {
        case seeded(SplitMix64)
        case system
    }

    private let source: Mutex<Source>

    private init(_ source: Source) { self.source = Mutex(source) }

    /// Deterministic identifiers from `seed`.
    public static func seeded(_ seed: UInt64) -> IDGenerator { IDGenerator(.seeded(SplitMix64(seed: seed))) }

    /// Identifiers from the system's random number generator.
    public static func random() -> IDGenerator { IDGenerator(.system) }

    static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    static let lowerAlphanumerics = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
    static let upperAlphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
    static let hexDigits = Array("0123456789abcdef".utf8)
    static let decimalDigits = Array("0123456789".utf8)

    /// Where a seeded generator stands (nil for system randomness), kept by durable state so a
    /// restarted deterministic sandbox goes on with the same sequence.
    var seededPosition: UInt64? {
        source.withLock { s in
            if case .seeded(let g) = s { return g.position }
            return nil
        }
    }

    func restore(seededPosition position: UInt64) {
        source.withLock { s in
            if case .seeded = s { s = .seeded(SplitMix64(seed: position)) }
        }
    }

    /// A value in `0..<bound`.
    func next(below bound: Int) -> Int {
        source.withLock { s in
            switch s {
            case .seeded(var g):
                let v = Int.random(in: 0..<bound, using: &g)
                s = .seeded(g)
                return v
            case .system:
                var g = SystemRandomNumberGenerator()
                return Int.random(in: 0..<bound, using: &g)
            }
        }
    }

    func string(_ count: Int, from alphabet: [UInt8]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for _ in 0..<count { bytes.append(alphabet[next(below: alphabet.count)]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A user session token, like `baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7` (auth.md).
    public func sessionToken() -> String {
        string(32, from: Self.alphanumerics) + "." + string(12, from: Self.alphanumerics)
    }

    /// A file upload ID like `5c11e656057b42.97931218.5` (files.md): 14 hex digits, of which the
    /// first 8 are the upload time in seconds as the real service's are, then 8 digits and 1 digit.
    public func fileUploadID(now: Int) -> String {
        var time = String(UInt32(truncatingIfNeeded: max(0, now)), radix: 16)
        if time.count < 8 { time = String(repeating: "0", count: 8 - time.count) + time }
        return time + string(6, from: Self.hexDigits) + "." + string(8, from: Self.decimalDigits) + "." + string(1, from: Self.decimalDigits)
    }

    /// 32 lowercase hex digits: a Composer `user_key` or `password_key` (users.md).
    public func composerKey() -> String { string(32, from: Self.hexDigits) }

    /// A package `submission_id` like `f4eacd72be` (packages.md): 10 lowercase alphanumerics.
    public func submissionID() -> String { string(10, from: Self.lowerAlphanumerics) }

    /// An API access key application ID like `AQ17NZ49WC` (auth.md).
    public func applicationID() -> String { string(10, from: Self.upperAlphanumerics) }

    /// An API access key application secret like `8820c99614d65f923df7660276f20e029d73e2ca`.
    public func applicationSecret() -> String { string(40, from: Self.hexDigits) }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): small, fast and fully determined by its seed.
/// Also behind the fault injector's probability draws (EQPRoutes).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    /// The state; `SplitMix64(seed: g.position)` continues exactly where `g` is.
    public var position: UInt64 { state }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
