import EQP
import Formats
import Glibc
import HTTP1
import Server
import Synchronization

/// One answered request, as `GET /_sandbox/requests` shows it.
public struct JournalEntry: Sendable {
    public var id: Int
    /// Sandbox-clock time the answer was ready.
    public var time: Int
    public var method: String
    /// The request target as received: path and query.
    public var target: String
    /// The path without the query, percent-decoded (what filters match).
    public var path: String
    /// The route pattern that answered; nil for an unknown route.
    public var route: String?
    /// nil when a fault dropped the connection instead of answering.
    public var status: Int?
    /// Real time spent answering, in milliseconds (0 in deterministic runs).
    public var durationMilliseconds: Double
    /// The authenticated user, when the request carried a valid session token (or, for the
    /// token endpoint, valid API access key credentials).
    public var mageID: String?
    /// The error message of a 4xx/5xx answer.
    public var error: String?
    /// The fault that changed this exchange, if any.
    public var faultID: Int?

    public var json: JSON {
        var o = JSONObject()
        o.append("id", .int(id))
        o.append("time", .string(UTCTimestamp.format(time)))
        o.append("method", .string(method))
        o.append("path", .string(target))
        o.append("route", route.map { .string($0) } ?? .null)
        o.append("status", status.map { .int($0) } ?? .null)
        o.append("duration_ms", .double(durationMilliseconds))
        o.append("mage_id", mageID.map { .string($0) } ?? .null)
        o.append("error", error.map { .string($0) } ?? .null)
        o.append("fault_id", faultID.map { .int($0) } ?? .null)
        return .object(o)
    }
}

/// What `GET /_sandbox/requests` filters on; nil members match everything.
public struct JournalQuery: Sendable {
    public var method: String?
    /// A glob over the path (no query): `*` any run of characters, `?` one.
    public var path: String?
    public var status: StatusFilter?
    public var mageID: String?
    /// Most entries answered, newest first.
    public var limit: Int

    public enum StatusFilter: Sendable, Equatable {
        case exact(Int)
        /// `4xx`: 400 to 499.
        case hundreds(Int)

        public static func parse(_ text: String) throws -> StatusFilter {
            let t = text.lowercased()
            if t.count == 3, t.hasSuffix("xx"), let first = Int(t.prefix(1)), (1...5).contains(first) { return .hundreds(first) }
            if let code = Int(t), (100...599).contains(code) { return .exact(code) }
            throw EQPErrorDefinition.invalidStatusFilter.error(["value": text])
        }

        func matches(_ status: Int?) -> Bool {
            guard let status else { return false }
            switch self {
            case .exact(let code): return status == code
            case .hundreds(let h): return status / 100 == h
            }
        }
    }

    public init(method: String? = nil, path: String? = nil, status: StatusFilter? = nil, mageID: String? = nil, limit: Int = 100) {
        self.method = method
        self.path = path
        self.status = status
        self.mageID = mageID
        self.limit = limit
    }

    func matches(_ e: JournalEntry) -> Bool {
        if let method, !e.method.asciiCaseInsensitiveEquals(method) { return false }
        if let path, !Glob.matches(path, e.path) { return false }
        if let status, !status.matches(e.status) { return false }
        if let mageID, e.mageID != mageID { return false }
        return true
    }
}

/// The last `capacity` requests the sandbox answered, outside the control API (the control
/// API's own requests are left out, as WireMock leaves out its admin calls, so a test sees
/// exactly what its client did). Fed by the router's `onResponse` hook on the loop threads.
public final class RequestJournal: Sendable {
    public let capacity: Int
    private let clock: SandboxClock
    /// Deterministic runs report 0 ms, so two runs' journals compare byte for byte.
    private let recordsDurations: Bool
    private struct State {
        var ring: [JournalEntry] = []
        /// Index in `ring` of the oldest entry once the ring is full.
        var head = 0
        var nextID = 1
        /// Route patterns never journaled (the control API's).
        var excluded: Set<String> = []
    }
    private let state = Mutex(State())

    public init(capacity: Int = 1000, clock: SandboxClock, recordsDurations: Bool = true) {
        self.capacity = max(1, capacity)
        self.clock = clock
        self.recordsDurations = recordsDurations
    }

    /// Leaves requests answered by these route patterns out of the journal.
    public func exclude(patterns: [String]) {
        state.withLock { $0.excluded.formUnion(patterns) }
    }

    /// The router's `onResponse` hook. Always takes the request's scope (who authenticated,
    /// which fault applied), so nothing carries over to the thread's next request.
    public func record(_ context: RequestContext, _ response: HTTPResponse, nanoseconds: UInt64) {
        let scope = RequestScope.take()
        let request = context.request
        var entry = JournalEntry(id: 0, time: clock.now, method: request.method.rawValue, target: request.head.target,
                                 path: request.path, route: context.routePattern.isEmpty ? nil : context.routePattern,
                                 status: scope.dropped ? nil : response.status.code,
                                 durationMilliseconds: recordsDurations ? Double(nanoseconds / 1000) / 1000 : 0,
                                 mageID: scope.mageID, error: nil, faultID: scope.faultID)
        if response.status.code >= 400 && !scope.dropped {
            entry.error = (try? JSON.parse(response.body))?["message"]?.stringValue
        }
        state.withLock { s in
            if let route = entry.route, s.excluded.contains(route) { return }
            entry.id = s.nextID
            s.nextID += 1
            if s.ring.count < capacity {
                s.ring.append(entry)
            } else {
                s.ring[s.head] = entry
                s.head = (s.head + 1) % capacity
            }
        }
    }

    /// Matching entries, newest first, and how many matched in all.
    public func entries(_ query: JournalQuery = JournalQuery()) -> (items: [JournalEntry], total: Int) {
        let all = state.withLock { s -> [JournalEntry] in
            Array(s.ring[s.head...]) + Array(s.ring[..<s.head])
        }
        var matched: [JournalEntry] = []
        for e in all.reversed() where query.matches(e) { matched.append(e) }
        let limit = query.limit < 0 ? matched.count : min(query.limit, matched.count)
        return (Array(matched.prefix(limit)), matched.count)
    }

    /// Forgets every entry; ids keep counting.
    public func clear() {
        state.withLock { s in
            s.ring.removeAll(keepingCapacity: true)
            s.head = 0
        }
    }
}

/// Facts about the request being answered that only code deep in a handler knows, handed to
/// the journal without threading them through every handler: who authenticated
/// (`BearerAuthentication`, the token endpoint) and which fault applied (`FaultInjector`).
///
/// Why a thread-local: handlers are synchronous on the event-loop thread that calls
/// `Router.respond`, and the router's `onResponse` hook runs on that same thread right after
/// the handler, where `RequestJournal.record` takes (and so clears) the scope. A response header
/// stripped before sending was the alternative, but an error thrown after authentication (a 404
/// for another user's file) never builds a response the auth code could mark, and every handler
/// would have to copy the header over; the thread-local needs one line at the single place
/// authentication succeeds and nothing anywhere else.
public enum RequestScope {
    public struct Values: Sendable, Equatable {
        public var mageID: String?
        public var faultID: Int?
        public var dropped = false
    }

    private final class Slot {
        var values = Values()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            guard let raw else { return }
            Unmanaged<Slot>.fromOpaque(raw).release()
        }
        return key
    }()

    private static var slot: Slot {
        if let raw = pthread_getspecific(key) { return Unmanaged<Slot>.fromOpaque(raw).takeUnretainedValue() }
        let slot = Slot()
        pthread_setspecific(key, Unmanaged.passRetained(slot).toOpaque())
        return slot
    }

    /// Called where authentication succeeds.
    public static func noteAuthenticated(_ mageID: String) { slot.values.mageID = mageID }

    static func noteFault(_ id: Int, dropped: Bool) {
        slot.values.faultID = id
        slot.values.dropped = dropped
    }

    /// This thread's values for the request being answered, left in place: for the access
    /// log, which reads them in the router's `onResponse` hook before the journal takes them.
    public static func peek() -> Values { slot.values }

    /// This thread's values for the request just answered, cleared.
    public static func take() -> Values {
        let s = slot
        let values = s.values
        s.values = Values()
        return values
    }
}

/// Glob matching for paths: `*` matches any run of characters (slashes included), `?` exactly
/// one; everything else matches itself.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.utf8), t = Array(text.utf8)
        var pi = 0, ti = 0
        var starP = -1, starT = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == UInt8(ascii: "?") || (p[pi] == t[ti] && p[pi] != UInt8(ascii: "*"))) {
                pi += 1
                ti += 1
            } else if pi < p.count && p[pi] == UInt8(ascii: "*") {
                starP = pi
                starT = ti
                pi += 1
            } else if starP >= 0 {
                pi = starP + 1
                starT += 1
                ti = starT
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
