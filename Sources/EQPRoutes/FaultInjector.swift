import EQP
import Formats
import HTTP1
import Server
import Synchronization

/// One injected fault (`POST /_sandbox/faults`): for requests matching `method` and the `path`
/// glob, add latency, answer an error status instead, or drop the connection, `count` times or
/// for ever, each time with `probability`.
public struct Fault: Sendable, Equatable {
    public var id: Int
    /// nil matches every method.
    public var method: String?
    /// A glob over the request path (no query): `*` any run of characters, `?` one.
    public var path: String
    /// Answer this status (with an EQP-shaped body) instead of the real answer.
    public var status: Int?
    /// Hold the answer this long before writing it.
    public var latencyMilliseconds: Int
    /// Close the connection without answering.
    public var drop: Bool
    /// Whether the real handler still runs (so state changes) before a status or drop
    /// replaces its answer: the "did my request go through?" case. Latency-only faults
    /// always run it.
    public var process: Bool
    /// How many times to apply; nil for as long as the fault exists.
    public var count: Int?
    public var remaining: Int?
    public var probability: Double
    /// The message of the error body; nil for a generated one.
    public var message: String?
    /// Extra response headers for an error status (`Retry-After`...).
    public var headers: [(name: String, value: String)]
    /// Times the fault was applied so far.
    public var applied: Int

    public static func == (a: Fault, b: Fault) -> Bool { a.json == b.json }

    public var json: JSON {
        var o = JSONObject()
        o.append("id", .int(id))
        o.append("method", method.map { .string($0) } ?? .null)
        o.append("path", .string(path))
        o.append("status", status.map { .int($0) } ?? .null)
        o.append("latency_ms", .int(latencyMilliseconds))
        o.append("drop", .bool(drop))
        o.append("process", .bool(process))
        o.append("count", count.map { .int($0) } ?? .null)
        o.append("remaining", remaining.map { .int($0) } ?? .null)
        o.append("probability", .double(probability))
        o.append("message", message.map { .string($0) } ?? .null)
        o.append("headers", .object(JSONObject(headers.map { ($0.name, .string($0.value)) })))
        o.append("applied", .int(applied))
        return .object(o)
    }
}

/// Holds the faults and applies them as router middleware. Never touches the control API or
/// the download links (every `/_sandbox/` path), so a test can always inspect and clear faults.
///
/// Latency does not sleep: the answer carries `ConnectionDirective.delayHeader` and the
/// connection holds it on a loop timer, so other connections on the same loop are served
/// meanwhile. The handler itself runs when the request arrives; only the answer is late.
/// Probabilities draw from a generator seeded with the `--seed` in deterministic runs.
public final class FaultInjector: Sendable {
    private struct State {
        var faults: [Fault] = []
        var nextID = 1
        var random: FaultRandom
    }
    private let state: Mutex<State>

    /// `seed` makes probability draws repeat exactly (deterministic runs); nil draws from the system.
    public init(seed: UInt64? = nil) {
        state = Mutex(State(random: FaultRandom(seed: seed)))
    }

    /// Validates a `POST /_sandbox/faults` body and adds the fault.
    public func add(_ body: JSON) throws -> Fault {
        var fault = try Self.parse(body)
        return state.withLock { s in
            fault.id = s.nextID
            s.nextID += 1
            s.faults.append(fault)
            return fault
        }
    }

    public var faults: [Fault] { state.withLock { $0.faults } }

    public func remove(id: Int) throws {
        try state.withLock { s in
            guard let i = s.faults.firstIndex(where: { $0.id == id }) else {
                throw EQPErrorDefinition.unknownFault.error(["id": String(id)])
            }
            s.faults.remove(at: i)
        }
    }

    public func removeAll() { state.withLock { $0.faults.removeAll() } }

    /// The fault to apply to this request, if any; counts it as applied. The first matching
    /// fault (in creation order) that fires wins.
    func decide(method: HTTPMethod, path: String) -> Fault? {
        state.withLock { s in
            for i in s.faults.indices {
                let f = s.faults[i]
                guard f.remaining.map({ $0 > 0 }) ?? true,
                      f.method.map({ $0 == method.rawValue || ($0 == "GET" && method == .HEAD) }) ?? true,
                      Glob.matches(f.path, path) else { continue }
                if f.probability < 1 && s.random.nextUnit() >= f.probability { continue }
                s.faults[i].applied += 1
                if let r = f.remaining { s.faults[i].remaining = r - 1 }
                return s.faults[i]
            }
            return nil
        }
    }

    /// The router middleware.
    public var middleware: @Sendable (RequestContext, RouteHandler) throws -> HTTPResponse {
        { [self] context, next in try apply(context, next) }
    }

    func apply(_ context: RequestContext, _ next: RouteHandler) throws -> HTTPResponse {
        let request = context.request
        guard state.withLock({ !$0.faults.isEmpty }), !Self.isExempt(request.path), let fault = decide(method: request.method, path: Self.normalized(request.path)) else {
            return try next(context)
        }
        RequestScope.noteFault(fault.id, dropped: fault.drop)
        var response: HTTPResponse
        if fault.status == nil && !fault.drop || fault.process {
            do {
                response = try next(context)
            } catch let error as HTTPResponseConvertible {
                response = error.httpResponse
            }
        } else {
            response = HTTPResponse(status: .serviceUnavailable)
        }
        if let status = fault.status {
            let httpStatus = HTTPStatus(status)
            var headers = HTTPHeaders()
            for (name, value) in fault.headers { headers.add(name, value) }
            let message = fault.message ?? "\(httpStatus.reason) (fault \(fault.id) injected by the sandbox for \(request.method) \(fault.path))"
            response = .error(httpStatus, code: status, message: message, headers: headers)
        }
        if fault.drop { response.headers.set(ConnectionDirective.dropHeader, "1") }
        if fault.latencyMilliseconds > 0 { response.headers.set(ConnectionDirective.delayHeader, String(fault.latencyMilliseconds)) }
        return response
    }

    /// The control API and the download links are never faulted.
    static func isExempt(_ path: String) -> Bool { path == ControlAPI.prefix || path.hasPrefix(ControlAPI.prefix + "/") }

    /// Without trailing slashes, which the router ignores too.
    static func normalized(_ path: String) -> String {
        // The common case, checked on every request: no trailing slash, nothing to copy.
        guard path.utf8.count > 1, path.utf8.last == UInt8(ascii: "/") else { return path }
        var p = Substring(path)
        while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }

    static let fields = ["method", "path", "status", "latency_ms", "drop", "process", "count", "probability", "message", "headers"]

    static func parse(_ body: JSON) throws -> Fault {
        guard case .object(let o) = body else { throw EQPError.wrongType("The request body", expected: .object, actual: body) }
        for key in o.keys where !fields.contains(key) {
            throw EQPError.invalidValue(key, "is not a fault field; fault fields: \(fields.joined(separator: ", "))")
        }
        var fault = Fault(id: 0, method: nil, path: "*", status: nil, latencyMilliseconds: 0, drop: false, process: false,
                          count: nil, remaining: nil, probability: 1, message: nil, headers: [], applied: 0)
        if let v = o["method"], !v.isNull {
            guard case .string(let m) = v else { throw EQPError.wrongType("method", expected: .string, actual: v) }
            let upper = m.uppercased()
            if upper != "*" && upper != "ANY" {
                guard !upper.isEmpty, upper.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
                    throw EQPError.invalidValue("method", "must be an HTTP method such as PUT, or '*' for any, got '\(m)'")
                }
                fault.method = upper
            }
        }
        guard let pathValue = o["path"] else { throw EQPError.missing("path") }
        guard case .string(let path) = pathValue else { throw EQPError.wrongType("path", expected: .string, actual: pathValue) }
        guard path.hasPrefix("/") || path.hasPrefix("*") else {
            throw EQPError.invalidValue("path", "must be a path glob starting with '/' or '*', such as '/rest/v1/products/packages*', got '\(path)'")
        }
        guard !path.hasPrefix(ControlAPI.prefix + "/") && path != ControlAPI.prefix else {
            throw EQPError.invalidValue("path", "must not target the control API: faults never apply to \(ControlAPI.prefix)/ paths")
        }
        fault.path = path.count > 1 && path.hasSuffix("/") ? normalized(path) : path
        if let v = o["status"], !v.isNull {
            guard let status = v.intValue else { throw EQPError.wrongType("status", expected: .int, actual: v) }
            guard (400...599).contains(status) else { throw EQPError.invalidValue("status", "must be an error status from 400 to 599, got \(status)") }
            fault.status = status
        }
        if let v = o["latency_ms"], !v.isNull {
            guard let ms = v.intValue else { throw EQPError.wrongType("latency_ms", expected: .int, actual: v) }
            guard (0...ConnectionDirective.maxDelayMilliseconds).contains(ms) else {
                throw EQPError.invalidValue("latency_ms", "must be from 0 to \(ConnectionDirective.maxDelayMilliseconds), got \(ms)")
            }
            fault.latencyMilliseconds = ms
        }
        for (key, assign) in [("drop", { (f: inout Fault, b: Bool) in f.drop = b }), ("process", { (f: inout Fault, b: Bool) in f.process = b })] {
            if let v = o[key], !v.isNull {
                guard case .bool(let b) = v else { throw EQPError.wrongType(key, expected: .bool, actual: v) }
                assign(&fault, b)
            }
        }
        if let v = o["count"], !v.isNull {
            guard let count = v.intValue else { throw EQPError.wrongType("count", expected: .int, actual: v) }
            guard count >= 1 else { throw EQPError.invalidValue("count", "must be at least 1 (leave it out for no limit), got \(count)") }
            fault.count = count
            fault.remaining = count
        }
        if let v = o["probability"], !v.isNull {
            guard let p = v.doubleValue else { throw EQPError.wrongType("probability", expected: .number, actual: v) }
            guard p > 0 && p <= 1 else { throw EQPError.invalidValue("probability", "must be above 0 and at most 1, got \(v.text)") }
            fault.probability = p
        }
        if let v = o["message"], !v.isNull {
            guard case .string(let m) = v else { throw EQPError.wrongType("message", expected: .string, actual: v) }
            fault.message = m
        }
        if let v = o["headers"], !v.isNull {
            guard case .object(let h) = v else { throw EQPError.wrongType("headers", expected: .object, actual: v) }
            for (name, value) in h {
                guard case .string(let s) = value else { throw EQPError.wrongType(joinedPath("headers", name), expected: .string, actual: value) }
                guard Self.isToken(name), !s.utf8.contains(where: { $0 == 13 || $0 == 10 || $0 == 0 }) else {
                    throw EQPError.invalidValue(joinedPath("headers", name), "is not a valid header field")
                }
                fault.headers.append((name, s))
            }
        }
        guard fault.status != nil || fault.drop || fault.latencyMilliseconds > 0 else {
            throw EQPError.invalidValue("The fault", "does nothing: give a status, latency_ms above 0, or drop: true")
        }
        if fault.process && fault.status == nil && !fault.drop {
            throw EQPError.invalidValue("process", "only matters with a status or drop: a latency-only fault always runs the request")
        }
        return fault
    }

    static func joinedPath(_ a: String, _ b: String) -> String { a + "." + b }

    /// An RFC 9110 token: a header name.
    static func isToken(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || "!#$%&'*+-.^_`|~".utf8.contains(b)
        }
    }
}

/// Probability draws: seeded in deterministic runs, from the system otherwise.
struct FaultRandom: Sendable {
    private var generator: SplitMix64

    init(seed: UInt64?) {
        var system = SystemRandomNumberGenerator()
        generator = SplitMix64(seed: seed ?? system.next())
    }

    /// A value in [0, 1).
    mutating func nextUnit() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
}
