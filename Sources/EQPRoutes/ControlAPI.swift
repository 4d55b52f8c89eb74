import EQP
import Formats
import HTTP1
import Server

/// What the executable tells the control API about the run.
public struct ControlSettings: Sendable {
    /// The sandbox's version (`GET /_sandbox/version`).
    public var version: String
    /// When set, every control endpoint but health and readiness requires it.
    public var controlToken: String?
    /// The effective configuration `GET /_sandbox/config` answers (never the control token),
    /// asked for on each request so it can include what is known only once serving (the port).
    public var configuration: @Sendable () -> JSON

    public init(version: String, controlToken: String? = nil, configuration: @escaping @Sendable () -> JSON = { [:] }) {
        self.version = version
        self.controlToken = controlToken
        self.configuration = configuration
    }
}

/// Everything the control routes work on.
public struct ControlContext: Sendable {
    public var store: SandboxStore
    public var journal: RequestJournal
    public var faults: FaultInjector
    /// nil when callbacks are disabled (the outbound client could not start).
    public var callbacks: CallbackDispatcher?
    public var settings: ControlSettings

    public init(store: SandboxStore, journal: RequestJournal, faults: FaultInjector, callbacks: CallbackDispatcher?,
                settings: ControlSettings) {
        self.store = store
        self.journal = journal
        self.faults = faults
        self.callbacks = callbacks
        self.settings = settings
    }
}

/// The sandbox's own control API under `/_sandbox/` (README, "Control API"): JSON in and out,
/// errors in the EQP shape with codes 1500-1599. It stands in for the Developer Portal UI and
/// gives tests the levers moto's `/moto-api` and WireMock's `/__admin` give theirs.
public enum ControlAPI {
    public static let prefix = "/_sandbox"

    /// Adds the control routes and hooks the journal, the fault middleware and the "did you
    /// mean" 404 into `router`. Call once, after `EQPAPI.register` (the 404 suggestions list
    /// whatever is registered when a request arrives) and before the server starts.
    public static func install(on router: Router, context: ControlContext) {
        let routes = ControlRouteRegistrar(router: router, token: context.settings.controlToken)
        ControlHealthRoutes(context: context).register(on: routes)
        ControlResetRoutes(store: context.store).register(on: routes)
        ControlUserRoutes(store: context.store).register(on: routes)
        ControlClockRoutes(store: context.store).register(on: routes)
        ControlScanRoutes(store: context.store).register(on: routes)
        // Package reviews: hold, step, decide one package; outcomes queued per sku.
        ControlReviewRoutes(store: context.store).register(on: routes)
        ControlJournalRoutes(journal: context.journal).register(on: routes)
        ControlCallbackRoutes(dispatcher: context.callbacks).register(on: routes)
        ControlFaultRoutes(faults: context.faults).register(on: routes)
        ControlStateRoutes(store: context.store).register(on: routes)
        // Every user's packages and files at once, and the dashboard page that shows them.
        ControlListingRoutes(store: context.store).register(on: routes)
        DashboardRoutes().register(on: routes)

        context.journal.exclude(patterns: routes.patterns)
        let journal = context.journal
        router.onResponse = { ctx, response, nanoseconds in journal.record(ctx, response, nanoseconds: nanoseconds) }
        router.middleware.append(context.faults.middleware)
        router.notFound = { [unowned router] request in
            ControlRouteSuggestions.notFound(request, routes: router.routes())
        }
    }
}

/// Registers control routes: checks the control token first where one is configured, and
/// remembers the patterns so the journal can leave them out.
final class ControlRouteRegistrar {
    let router: Router
    let token: String?
    private(set) var patterns: [String] = []

    init(router: Router, token: String?) {
        self.router = router
        self.token = token
    }

    /// `open` routes (health, readiness, the dashboard page, which holds no data and asks for the
    /// token itself) never ask for the token.
    func add(_ method: HTTPMethod, _ path: String, open: Bool = false, _ handler: @escaping RouteHandler) {
        let pattern = ControlAPI.prefix + path
        patterns.append(pattern)
        guard let token, !open else {
            router.add(method, pattern, handler)
            return
        }
        router.add(method, pattern) { ctx in
            try ControlToken.check(ctx.request, expected: token)
            return try handler(ctx)
        }
    }
}

/// `--control-token`: `Authorization: Bearer <token>` or `X-Sandbox-Token: <token>`.
enum ControlToken {
    static func check(_ request: HTTPRequest, expected: String) throws {
        var given: Substring?
        if let header = request.headers["X-Sandbox-Token"] {
            given = header.trimmingASCIIWhitespace()
        } else if let header = request.headers["Authorization"] {
            let value = header.trimmingASCIIWhitespace()
            let scheme = value.prefix { $0 != " " }
            if scheme.asciiCaseInsensitiveEquals("Bearer") { given = value.dropFirst(scheme.count).trimmingASCIIWhitespace() }
        }
        guard let given, !given.isEmpty else { throw EQPErrorDefinition.controlTokenRequired.error() }
        guard constantTimeEqual(Array(given.utf8), Array(expected.utf8)) else { throw EQPErrorDefinition.controlTokenInvalid.error() }
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var diff = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<min(a.count, b.count) { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}

/// Small helpers the control routes share.
enum ControlRequest {
    /// The body as a JSON object; an empty body reads as `{}`.
    static func object(_ request: HTTPRequest) throws -> JSONObject {
        let body = try JSONBody.parseOrEmpty(request)
        guard case .object(let o) = body else { throw EQPError.wrongType("The request body", expected: .object, actual: body) }
        return o
    }

    /// Refuses members the endpoint does not know, so typos are errors rather than silence.
    static func requireKnown(_ o: JSONObject, _ known: [String]) throws {
        for key in o.keys where !known.contains(key) {
            throw EQPError.invalidValue(key, "is not a known field here; known fields: \(known.joined(separator: ", "))")
        }
    }
}

extension AccessKey {
    /// The admin's view of an access key: with the secret.
    var controlJSON: JSON {
        var o = JSONObject()
        o.append("application_id", .string(applicationID))
        o.append("application_secret", .string(applicationSecret))
        o.append("name", .string(name))
        o.append("created_at", .string(UTCTimestamp.format(createdAt)))
        o.append("regenerated_at", regeneratedAt.map { .string(UTCTimestamp.format($0)) } ?? .null)
        return .object(o)
    }
}
