import EQP
import EQPRoutes
import Formats
import Glibc
import HTTP1
import Server
import Synchronization

/// Wires the domain, the routes and the background work together for one run.
final class SandboxApp {
    let router = Router()
    let store: SandboxStore
    let seedDirectory: String
    /// What opening `--data-dir` found (nil: state in memory).
    let recovery: RecoveryReport?
    let journal: RequestJournal
    let faults: FaultInjector
    /// Every log line of the run (stderr): start-up, access lines, problems.
    let logger: Logger
    private let callbackClient: HTTPClient?
    private let dispatcher: CallbackDispatcher?
    /// The port actually bound, for `GET /_sandbox/config` (known once the server started).
    private let boundPort = BoundPort()

    /// 2020-01-01 00:00:00 UTC: where a deterministic run's clock starts unless told otherwise.
    static let deterministicStart = 1_577_836_800

    init(options: SandboxOptions) throws {
        let logger = Logger(level: options.logLevel, format: options.logFormat, accessLog: options.accessLog)
        self.logger = logger
        seedDirectory = try SeedLocation.resolve(options.seedDataDirectory)
        let clock = Self.clock(options)
        let seed = options.randomSeed ?? (options.deterministic ? 0 : nil)
        let ids: IDGenerator = seed.map { .seeded($0) } ?? .random()
        let storeOptions = SandboxStore.Options(scanDelaySeconds: options.scanDelay,
                                                sessionMaxSeconds: options.sessionMaxLifetime,
                                                demoTokensEnabled: options.demoToken,
                                                reviewPaceSeconds: options.reviewPace,
                                                reviewMode: options.reviewMode)
        if let dataDirectory = options.dataDirectory {
            let (store, report) = try SandboxStore.open(seedDirectory: seedDirectory, clock: clock, ids: ids, options: storeOptions,
                                                        dataDirectory: dataDirectory, compactAfterBytes: options.compactAfter,
                                                        onEvent: { Self.log($0, logger) })
            self.store = store
            recovery = report
        } else {
            store = try SandboxStore(seedDirectory: seedDirectory, clock: clock, ids: ids, options: storeOptions)
            recovery = nil
        }
        journal = RequestJournal(capacity: options.journalSize, clock: clock, recordsDurations: !options.deterministic)
        faults = FaultInjector(seed: seed)
        do {
            let client = try HTTPClient()
            callbackClient = client
            dispatcher = CallbackDispatcher(client: client, store: store)
        } catch {
            logger.warn("callbacks disabled: \(error)")
            callbackClient = nil
            dispatcher = nil
        }
        router.onUnexpectedError = { error, request in
            logger.error("unexpected error answering \(request.method) \(request.path): \(error)")
        }
        EQPAPI.register(on: router, store: store)
        let configuration = Self.configuration(options, seedDirectory: seedDirectory, seed: seed, callbacks: dispatcher)
        let port = boundPort
        let settings = ControlSettings(version: HelpText.version, controlToken: options.controlToken) {
            var o = configuration
            let bound = port.value.load(ordering: .relaxed)
            if bound > 0 { o["port"] = .int(bound) }
            return o
        }
        ControlAPI.install(on: router, context: ControlContext(store: store, journal: journal, faults: faults,
                                                              callbacks: dispatcher, settings: settings))
        OpenAPIDocument.register(on: router)
        // After ControlAPI.install: wraps the journal's hook, reading the user before it does.
        AccessLog.install(on: router, logger: logger)
    }

    /// `--clock`, `--start-time` and `--deterministic` into the sandbox clock.
    static func clock(_ options: SandboxOptions) -> SandboxClock {
        let mode = options.clockMode ?? (options.deterministic ? .manual : .system)
        let start = options.startTime ?? (options.deterministic ? deterministicStart : nil)
        let now = Int(time(nil))
        switch mode {
        case .manual: return .manual(at: start ?? now)
        case .system: return .system(offset: start.map { $0 - now } ?? 0)
        }
    }

    /// What `GET /_sandbox/config` shows: every effective setting, never the control token.
    static func configuration(_ options: SandboxOptions, seedDirectory: String, seed: UInt64?, callbacks: CallbackDispatcher?) -> JSON {
        let server = options.server
        var o = JSONObject()
        o.append("host", .string(server.host))
        o.append("port", .int(server.port))
        o.append("seed_data", .string(seedDirectory))
        o.append("data_dir", options.dataDirectory.map { .string($0) } ?? .null)
        o.append("compact_after_bytes", .int(options.compactAfter))
        o.append("clock_mode", .string((options.clockMode ?? (options.deterministic ? .manual : .system)) == .manual ? "manual" : "system"))
        o.append("start_time", (options.startTime ?? (options.deterministic ? deterministicStart : nil)).map { .string(UTCTimestamp.format($0)) } ?? .null)
        o.append("deterministic", .bool(options.deterministic))
        o.append("random_seed", seed.map { $0 <= UInt64(Int.max) ? .int(Int($0)) : .string(String($0)) } ?? .null)
        o.append("scan_delay_seconds", .int(options.scanDelay))
        o.append("review_pace_seconds", .int(options.reviewPace))
        o.append("review_mode", .string(options.reviewMode.rawValue))
        o.append("session_max_lifetime_seconds", .int(options.sessionMaxLifetime))
        o.append("demo_token", .bool(options.demoToken))
        o.append("max_access_keys_per_user", .int(SandboxStore.Options().maxAccessKeysPerUser))
        o.append("control_token_configured", .bool(options.controlToken != nil))
        o.append("journal_capacity", .int(options.journalSize))
        o.append("limits", [
            "max_body_bytes": .int(server.limits.maxBodyBytes),
            "max_request_line_bytes": .int(server.limits.maxRequestLineBytes),
            "max_header_bytes": .int(server.limits.maxHeaderBytes),
            "max_header_count": .int(server.limits.maxHeaderCount),
            "max_connections": .int(server.maxConnections),
        ])
        o.append("timeouts", [
            "header_seconds": .double(server.headerReadTimeout),
            "body_seconds": .double(server.bodyReadTimeout),
            "idle_seconds": .double(server.idleTimeout),
            "write_seconds": .double(server.writeTimeout),
            "shutdown_grace_seconds": .double(server.shutdownGracePeriod),
        ])
        o.append("event_loops", server.eventLoops > 0 ? .int(server.eventLoops) : .string("one per core"))
        o.append("callbacks", callbacks.map { d -> JSON in
            ["enabled": true, "max_attempts": .int(d.maxAttempts), "first_backoff_seconds": .double(d.firstBackoff),
             "timeout_seconds": .double(d.timeout)]
        } ?? ["enabled": false])
        return .object(o)
    }

    /// Background work that must not sit on the request path: settling scans that came due on
    /// the sandbox clock and delivering the callbacks they queue.
    func started(server: HTTPServer, baseURL: String) {
        boundPort.value.store(server.port, ordering: .relaxed)
        if let callbackClient, let dispatcher { schedulePump(callbackClient, dispatcher) }
        logStartup(baseURL: baseURL)
    }

    /// The start-up banner (info): where it serves, where the world came from, where state
    /// lives, the clock, and for each seed user the access keys that mint a session token.
    func logStartup(baseURL: String) {
        if let cut = recovery?.cutTail {
            // A warning: shown even with --log-level warn.
            logger.warn("journal tail cut: \(cut.reason); the write it held was never answered", [
                "file": cut.segment, "offset": String(cut.offset), "dropped_bytes": String(cut.droppedBytes),
                "last_sequence": String(recovery?.lastSequence ?? 0),
            ])
        }
        guard logger.isEnabled(.info) else { return }
        logger.info("eqp-sandbox \(HelpText.version) serving \(baseURL)", ["api": baseURL + "/rest/v1", "control": baseURL + "/_sandbox/"])
        logger.info("seed data from \(seedDirectory)", ["users": String(store.seed.mageIDs.count)])
        if let recovery {
            Self.logRecovery(recovery, logger)
        } else {
            logger.info("state is in memory: lost when the process exits (--data-dir DIR keeps it)")
        }
        let clock = store.clock
        logger.info("clock \(clock.mode == .manual ? "manual" : "system")", ["sandbox_time": Logger.textTime(clock.now) + " UTC"])
        for user in store.seed.userSummaries {
            if user.accessKeys.isEmpty {
                logger.info("seed user", ["mage_id": user.mageID, "application_id": "-", "application_secret": "-"])
            }
            for key in user.accessKeys {
                logger.info("seed user", ["mage_id": user.mageID, "application_id": key.applicationID,
                                          "application_secret": key.applicationSecret])
            }
            if store.options.demoTokensEnabled {
                for token in user.demoTokens { logger.info("demo token", ["mage_id": user.mageID, "token": token]) }
            }
        }
    }

    /// Where state lives and what recovery found (a cut journal tail is logged before, as a warning).
    static func logRecovery(_ r: RecoveryReport, _ logger: Logger) {
        if r.fresh {
            logger.info("state is durable in \(r.directory): new data folder, started from the seed", ["users": String(r.users), "files": String(r.files)])
        } else {
            logger.info("state is durable in \(r.directory): recovered", [
                "snapshot_sequence": String(r.snapshotSequence), "records_replayed": String(r.recordsReplayed),
                "last_sequence": String(r.lastSequence), "users": String(r.users), "files": String(r.files),
                "packages": String(r.packages),
            ])
        }
        if r.orphanFilesRemoved > 0 {
            logger.debug("removed unreferenced file contents", ["count": String(r.orphanFilesRemoved)])
        }
    }

    /// Background events of durable state.
    static func log(_ event: DurabilityEvent, _ logger: Logger) {
        switch event {
        case .compacted(let sequence, let bytes, let removed, let ms):
            logger.debug("snapshot written, journal compacted", ["sequence": String(sequence), "bytes": String(bytes),
                                                                  "files_removed": String(removed), "ms": String(ms)])
        case .compactionFailed(let message): logger.warn(message)
        case .writeFailed(let message): logger.error(message)
        }
    }

    private func schedulePump(_ client: HTTPClient, _ dispatcher: CallbackDispatcher) {
        client.schedule(after: 0.25) { [weak self] in
            dispatcher.pump()
            self?.schedulePump(client, dispatcher)
        }
    }

    func stopping() {
        callbackClient?.shutdown()
    }
}

/// The listening port, shared with the control API's configuration report.
final class BoundPort: Sendable {
    let value = Atomic<Int>(0)
}

/// Finds the seed folder: the one given, else `seed-data/` in the working directory (as with
/// `swift run`), else next to or above the binary (an installed copy, a `.build` folder).
enum SeedLocation {
    static func resolve(_ given: String?) throws -> String {
        if let given {
            guard isDirectory(given) else { throw UsageError("seed data folder '\(given)' does not exist or is not a folder") }
            return given
        }
        var candidates = ["seed-data"]
        if let exe = executableDirectory() {
            var dir = exe
            for _ in 0..<5 {
                candidates.append(dir + "/seed-data")
                guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
                dir = String(dir[..<slash])
            }
        }
        for c in candidates where isDirectory(c) { return c }
        throw UsageError("no seed-data folder found (looked in: \(candidates.joined(separator: ", "))); pass --seed-data DIR")
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func executableDirectory() -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return nil }
        let path = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }
}
