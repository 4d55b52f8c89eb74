import Formats

/// One piece of durable state: a journal record is a list of these (what one write changed),
/// and a snapshot is the list that rebuilds the whole state from nothing. Each item says what
/// a thing *is* now (nil: gone), never how it changed, so applying a record twice is harmless
/// and replay is "snapshot, then every later record in order, the last word wins".
enum StateItem: Sendable {
    case user(String, UserRecord?)
    case session(String, Session?)
    /// The file's record without its bytes (those are in `files/`, FileBlobStore).
    case file(String, StoredFile?)
    case baseline(String, UserBaseline?)
    case package(String, PackageSlot?)
    /// Appends and removals of one of the ordered ID lists, in the order they happened.
    case order(OrderedList, [TrackedList<String>.Operation])
    case counters(nextSequence: Int, nextRunID: Int)
    case outcomes(ReviewOutcomeQueue)
    case metrics([Metric])
    case clock(ClockSetting)
    /// The seeded ID generator's position (`--seed` / `--deterministic` runs).
    case ids(UInt64)
    /// Everything is gone: a whole reset or import follows with the complete new state.
    case clear

    enum OrderedList: String, Sendable {
        case users, files, packages
    }
}

/// A package and the review clock's notes about it.
struct PackageSlot: Sendable, Codable {
    var record: PackageRecord
    var reviewDue: Int?
    var held: Bool
    var awaitingManifest: Bool
}

/// The sandbox clock as the journal keeps it: the mode, its raw value (the offset from real
/// time, or the standing time) and the sandbox time when it was recorded.
struct ClockSetting: Sendable, Codable, Equatable {
    var manual: Bool
    var value: Int
    var now: Int
}

extension StateItem {
    /// `["kind", ...]`: a short JSON array per item.
    func json() throws -> JSON {
        let e = JSONValueEncoder()
        func keyed(_ kind: String, _ key: String, _ value: (some Encodable)?) throws -> JSON {
            .array([.string(kind), .string(key), try value.map { try e.encode($0) } ?? .null])
        }
        switch self {
        case .user(let id, let v): return try keyed("user", id, v)
        case .session(let token, let v): return try keyed("session", token, v)
        case .file(let id, let v): return try keyed("file", id, v)
        case .baseline(let id, let v): return try keyed("baseline", id, v)
        case .package(let id, let v): return try keyed("package", id, v)
        case .order(let list, let operations):
            return .array(["order", .string(list.rawValue), .array(operations.map(Self.json))])
        case .counters(let sequence, let runID): return .array(["counters", .int(sequence), .int(runID)])
        case .outcomes(let queue): return .array(["outcomes", try e.encode(queue)])
        case .metrics(let metrics): return .array(["metrics", try e.encode(metrics)])
        case .clock(let setting): return .array(["clock", try e.encode(setting)])
        case .ids(let state): return .array(["ids", .int(Int(bitPattern: UInt(state)))])
        case .clear: return .array(["clear"])
        }
    }

    static func json(_ operation: TrackedList<String>.Operation) -> JSON {
        switch operation {
        case .append(let id): return ["+", .string(id)]
        case .remove(let ids): return ["-", .array(ids.sorted().map { .string($0) })]
        case .replace(let ids): return ["=", .array(ids.map { .string($0) })]
        }
    }

    init(json: JSON) throws {
        let d = JSONValueDecoder()
        guard case .array(let a) = json, case .string(let kind)? = a.first else {
            throw JSONCodingError("a state item must be an array starting with its kind", path: [])
        }
        func value<T: Decodable>(_ type: T.Type) throws -> (String, T?) {
            guard a.count == 3, case .string(let key) = a[1] else { throw JSONCodingError("\(kind) needs a key and a value", path: []) }
            return (key, a[2].isNull ? nil : try d.decode(type, from: a[2]))
        }
        func single<T: Decodable>(_ type: T.Type) throws -> T {
            guard a.count == 2 else { throw JSONCodingError("\(kind) needs one value", path: []) }
            return try d.decode(type, from: a[1])
        }
        switch kind {
        case "user": let (k, v) = try value(UserRecord.self); self = .user(k, v)
        case "session": let (k, v) = try value(Session.self); self = .session(k, v)
        case "file": let (k, v) = try value(StoredFile.self); self = .file(k, v)
        case "baseline": let (k, v) = try value(UserBaseline.self); self = .baseline(k, v)
        case "package": let (k, v) = try value(PackageSlot.self); self = .package(k, v)
        case "order":
            guard a.count == 3, let list = a[1].stringValue.flatMap(OrderedList.init(rawValue:)), case .array(let ops) = a[2] else {
                throw JSONCodingError("order needs a list name and operations", path: [])
            }
            self = .order(list, try ops.map(Self.operation))
        case "counters":
            guard a.count == 3, case .int(let sequence) = a[1], case .int(let runID) = a[2] else {
                throw JSONCodingError("counters needs two integers", path: [])
            }
            self = .counters(nextSequence: sequence, nextRunID: runID)
        case "outcomes": self = .outcomes(try single(ReviewOutcomeQueue.self))
        case "metrics": self = .metrics(try single([Metric].self))
        case "clock": self = .clock(try single(ClockSetting.self))
        case "ids": self = .ids(UInt64(UInt(bitPattern: try single(Int.self))))
        case "clear": self = .clear
        default: throw JSONCodingError("unknown state item kind '\(kind)'", path: [])
        }
    }

    static func operation(_ json: JSON) throws -> TrackedList<String>.Operation {
        guard case .array(let a) = json, a.count == 2, case .string(let op) = a[0] else {
            throw JSONCodingError("an order operation is [\"+\"|\"-\"|\"=\", ids]", path: [])
        }
        func ids() throws -> [String] {
            guard case .array(let list) = a[1] else { throw JSONCodingError("\(op) needs a list of ids", path: []) }
            return try list.map { v in
                guard case .string(let s) = v else { throw JSONCodingError("ids are strings", path: []) }
                return s
            }
        }
        switch op {
        case "+":
            guard case .string(let id) = a[1] else { throw JSONCodingError("+ needs an id", path: []) }
            return .append(id)
        case "-": return .remove(Set(try ids()))
        case "=": return .replace(try ids())
        default: throw JSONCodingError("unknown order operation '\(op)'", path: [])
        }
    }
}
