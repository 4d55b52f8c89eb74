import EQP
import Formats
import Server

/// Everything the executable can be told, from flags and environment variables.
struct SandboxOptions {
    var server = ServerConfiguration()
    /// Folder of seed JSON files; nil means the bundled `seed-data/`.
    var seedDataDirectory: String?
    /// Where state is kept across restarts and crashes; nil keeps it in memory only.
    var dataDirectory: String?
    /// Journal growth that triggers a background snapshot.
    var compactAfter = 8 << 20
    /// Longest session token lifetime in seconds; longer `expires_in` requests are cut to it.
    var sessionMaxLifetime = 7200
    /// Seconds (sandbox clock) a malware scan takes.
    var scanDelay = 2
    /// Seconds (sandbox clock) per review step; 0 reviews at once.
    var reviewPace = 3
    /// How much of the real review is played (sandbox.md).
    var reviewMode = ReviewMode.sandbox
    /// Whether the documented demo session token is accepted.
    var demoToken = true
    /// `system` or `manual`; nil means system, or manual under `--deterministic`.
    var clockMode: SandboxClock.Mode?
    /// Where the sandbox clock starts (seconds since the epoch); nil means now, or
    /// 2020-01-01 00:00:00 under `--deterministic`.
    var startTime: Int?
    /// Seeded IDs and tokens, a manual clock at a fixed start, 0 ms durations in the journal.
    var deterministic = false
    /// Seed for IDs, tokens and fault probabilities; setting it makes them repeat.
    var randomSeed: UInt64?
    /// When set, the control API (`/_sandbox/`, health and readiness excepted) requires it.
    var controlToken: String?
    /// Requests the journal keeps.
    var journalSize = 1000
    /// Log lines below this level are dropped; access lines are `info`.
    var logLevel = LogLevel.info
    /// `text` or JSON lines, on stderr.
    var logFormat = LogFormat.text
    /// One access-log line per request (at `info`).
    var accessLog = true

    static let specs: [OptionSpec] = [
        OptionSpec(flag: "--host", env: "EQP_SANDBOX_HOST", valueName: "ADDRESS", defaultText: "127.0.0.1",
                   help: "Address to listen on. Use 0.0.0.0 (or ::) to accept connections from other hosts, e.g. in a container.") {
            $0.server.host = $1
        },
        OptionSpec(flag: "--port", env: "EQP_SANDBOX_PORT", valueName: "PORT", defaultText: "8080",
                   help: "TCP port to listen on. 0 picks a free port; the ready line on stdout names the real one.") {
            let p = try Parse.int("--port", $1)
            guard p <= 65535 else { throw UsageError("--port expects 0 to 65535, got '\($1)'") }
            $0.server.port = p
        },
        OptionSpec(flag: "--seed-data", env: "EQP_SANDBOX_SEED_DATA", valueName: "DIR", defaultText: "the bundled seed-data/",
                   help: "Folder of seed JSON files loaded at start-up (see seed-data/README.md).") {
            $0.seedDataDirectory = $1
        },
        OptionSpec(flag: "--data-dir", env: "EQP_SANDBOX_DATA_DIR", valueName: "DIR", defaultText: "none (state in memory only)",
                   help: "Keep state in this folder (created if missing) so it survives restarts and crashes: every write answered 2xx is on disk first (journal fsync). A new folder starts from the seed; afterwards the folder wins over the seed.") {
            guard !$1.isEmpty else { throw UsageError("--data-dir expects a folder path") }
            $0.dataDirectory = $1
        },
        OptionSpec(flag: "--compact-after", env: "EQP_SANDBOX_COMPACT_AFTER", valueName: "SIZE", defaultText: "8M",
                   help: "With --data-dir: journal growth after which a snapshot is written in the background and the journal it covers deleted.") {
            $0.compactAfter = try Parse.bytes("--compact-after", $1)
            guard $0.compactAfter >= 1024 else { throw UsageError("--compact-after expects at least 1K, got '\($1)'") }
        },
        OptionSpec(flag: "--session-max-lifetime", env: "EQP_SANDBOX_SESSION_MAX_LIFETIME", valueName: "SECONDS", defaultText: "7200",
                   help: "Longest session token lifetime; a larger expires_in is cut to this.") {
            $0.sessionMaxLifetime = try Parse.int("--session-max-lifetime", $1, min: 1)
        },
        OptionSpec(flag: "--scan-delay", env: "EQP_SANDBOX_SCAN_DELAY", valueName: "SECONDS", defaultText: "2",
                   help: "Sandbox-clock seconds a malware scan takes before a file is pass or fail (0: instant).") {
            $0.scanDelay = try Parse.int("--scan-delay", $1)
        },
        OptionSpec(flag: "--review-pace", env: "EQP_SANDBOX_REVIEW_PACE", valueName: "SECONDS", defaultText: "3",
                   help: "Sandbox-clock seconds per review step of a submitted package (0: the whole review happens at once).") {
            $0.reviewPace = try Parse.int("--review-pace", $1)
        },
        OptionSpec(flag: "--review-mode", env: "EQP_SANDBOX_REVIEW_MODE", valueName: "sandbox|production-like", defaultText: "sandbox",
                   help: "sandbox: as the real sandbox (no phpcpd, no manual QA, automated marketing review). production-like: adds phpcpd, awaiting_manual_qa/in_manual_qa and a manual marketing review.") {
            guard let mode = ReviewMode(rawValue: $1.lowercased()) else {
                throw UsageError("--review-mode must be sandbox or production-like, got '\($1)'")
            }
            $0.reviewMode = mode
        },
        OptionSpec(flag: "--no-demo-token", env: "EQP_SANDBOX_DEMO_TOKEN", valueName: nil, defaultText: "demo token on",
                   help: "Refuse the documented example token baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7 (EQP_SANDBOX_DEMO_TOKEN=false).") {
            // As a flag it switches the token off; as a variable it says whether it is on.
            $0.demoToken = $1 == "--no-demo-token" ? false : try Parse.bool("EQP_SANDBOX_DEMO_TOKEN", $1)
        },
        OptionSpec(flag: "--clock", env: "EQP_SANDBOX_CLOCK", valueName: "system|manual", defaultText: "system (manual with --deterministic)",
                   help: "system: the sandbox clock follows real time (shifted by --start-time or the control API). manual: it stands still until PUT /_sandbox/clock or POST /_sandbox/clock/advance moves it.") {
            switch $1.lowercased() {
            case "system": $0.clockMode = .system
            case "manual": $0.clockMode = .manual
            default: throw UsageError("--clock expects system or manual, got '\($1)'")
            }
        },
        OptionSpec(flag: "--start-time", env: "EQP_SANDBOX_START_TIME", valueName: "\"YYYY-MM-DD HH:MM:SS\"", defaultText: "now (2020-01-01 00:00:00 with --deterministic)",
                   help: "UTC time the sandbox clock starts at.") {
            guard let t = UTCTimestamp.parse($1.trimmingSpaces()) else {
                throw UsageError("--start-time expects a UTC time 'YYYY-MM-DD HH:MM:SS', got '\($1)'")
            }
            $0.startTime = t
        },
        OptionSpec(flag: "--deterministic", env: "EQP_SANDBOX_DETERMINISTIC", valueName: nil, defaultText: "off",
                   help: "Same requests, same bytes: IDs and tokens from a seeded generator (--seed, default 0), a manual clock at a fixed start (--start-time, default 2020-01-01 00:00:00), 0 ms durations in the journal (EQP_SANDBOX_DETERMINISTIC=true).") {
            $0.deterministic = $1 == "--deterministic" ? true : try Parse.bool("EQP_SANDBOX_DETERMINISTIC", $1)
        },
        OptionSpec(flag: "--seed", env: "EQP_SANDBOX_SEED", valueName: "N", defaultText: "random (0 with --deterministic)",
                   help: "Seed for generated IDs, tokens and fault probabilities; any run with the same seed and requests repeats them.") {
            guard let v = UInt64($1.trimmingSpaces()) else { throw UsageError("--seed expects a whole number ≥ 0, got '\($1)'") }
            $0.randomSeed = v
        },
        OptionSpec(flag: "--control-token", env: "EQP_SANDBOX_CONTROL_TOKEN", valueName: "TOKEN", defaultText: "none (control API open)",
                   help: "Protects the control API: every /_sandbox/ endpoint but health, ready and the dashboard page (which asks for the token) then needs 'Authorization: Bearer TOKEN' or 'X-Sandbox-Token: TOKEN'.") {
            guard !$1.isEmpty, !$1.contains(" ") else { throw UsageError("--control-token expects a token without spaces") }
            $0.controlToken = $1
        },
        OptionSpec(flag: "--journal-size", env: "EQP_SANDBOX_JOURNAL_SIZE", valueName: "N", defaultText: "1000",
                   help: "Requests the journal (GET /_sandbox/requests) keeps; older ones are forgotten.") {
            $0.journalSize = try Parse.int("--journal-size", $1, min: 1)
        },
        OptionSpec(flag: "--log-level", env: "EQP_SANDBOX_LOG_LEVEL", valueName: "error|warn|info|debug", defaultText: "info",
                   help: "Least important log lines written to stderr; access lines are info, so warn silences them.") {
            guard let level = LogLevel(name: $1.trimmingSpaces()) else {
                throw UsageError("--log-level expects error, warn, info or debug, got '\($1)'")
            }
            $0.logLevel = level
        },
        OptionSpec(flag: "--log-format", env: "EQP_SANDBOX_LOG_FORMAT", valueName: "text|json", defaultText: "text",
                   help: "Log lines as text or as JSON lines (one object per line), on stderr.") {
            guard let format = LogFormat(rawValue: $1.trimmingSpaces().lowercased()) else {
                throw UsageError("--log-format expects text or json, got '\($1)'")
            }
            $0.logFormat = format
        },
        OptionSpec(flag: "--access-log", env: "EQP_SANDBOX_ACCESS_LOG", valueName: "true|false", defaultText: "true",
                   help: "One line per request: method, path, status, bytes, duration, user, peer (needs --log-level info or debug).") {
            $0.accessLog = try Parse.bool("--access-log", $1)
        },
        OptionSpec(flag: "--max-body-bytes", env: "EQP_SANDBOX_MAX_BODY_BYTES", valueName: "SIZE", defaultText: "64M",
                   help: "Largest request body (uploads included); larger is 413 before the body is read.") {
            $0.server.limits.maxBodyBytes = try Parse.bytes("--max-body-bytes", $1)
        },
        OptionSpec(flag: "--max-request-line-bytes", env: "EQP_SANDBOX_MAX_REQUEST_LINE_BYTES", valueName: "SIZE", defaultText: "8K",
                   help: "Longest request line; longer is 414.") {
            $0.server.limits.maxRequestLineBytes = try Parse.bytes("--max-request-line-bytes", $1)
        },
        OptionSpec(flag: "--max-header-bytes", env: "EQP_SANDBOX_MAX_HEADER_BYTES", valueName: "SIZE", defaultText: "32K",
                   help: "Largest header section; larger is 431.") {
            $0.server.limits.maxHeaderBytes = try Parse.bytes("--max-header-bytes", $1)
        },
        OptionSpec(flag: "--max-header-count", env: "EQP_SANDBOX_MAX_HEADER_COUNT", valueName: "N", defaultText: "100",
                   help: "Most header fields in a request; more is 431.") {
            $0.server.limits.maxHeaderCount = try Parse.int("--max-header-count", $1, min: 1)
        },
        OptionSpec(flag: "--header-timeout", env: "EQP_SANDBOX_HEADER_TIMEOUT", valueName: "SECONDS", defaultText: "10",
                   help: "Time a client may take to send a whole request head (slow-loris guard); then 408 and close.") {
            $0.server.headerReadTimeout = try Parse.seconds("--header-timeout", $1)
        },
        OptionSpec(flag: "--body-timeout", env: "EQP_SANDBOX_BODY_TIMEOUT", valueName: "SECONDS", defaultText: "60",
                   help: "Time a client may take to send a request body; then 408 and close.") {
            $0.server.bodyReadTimeout = try Parse.seconds("--body-timeout", $1)
        },
        OptionSpec(flag: "--idle-timeout", env: "EQP_SANDBOX_IDLE_TIMEOUT", valueName: "SECONDS", defaultText: "30",
                   help: "Time an idle keep-alive connection stays open.") {
            $0.server.idleTimeout = try Parse.seconds("--idle-timeout", $1)
        },
        OptionSpec(flag: "--write-timeout", env: "EQP_SANDBOX_WRITE_TIMEOUT", valueName: "SECONDS", defaultText: "30",
                   help: "Time a client may stall reading a response before the connection is dropped.") {
            $0.server.writeTimeout = try Parse.seconds("--write-timeout", $1)
        },
        OptionSpec(flag: "--max-connections", env: "EQP_SANDBOX_MAX_CONNECTIONS", valueName: "N", defaultText: "10000",
                   help: "Most open connections; at the limit a new one replaces the connection idle or sending its head longest (over 1 s), else gets a 503.") {
            $0.server.maxConnections = try Parse.int("--max-connections", $1, min: 1)
        },
        OptionSpec(flag: "--event-loops", env: "EQP_SANDBOX_EVENT_LOOPS", valueName: "N", defaultText: "one per CPU core",
                   help: "Event-loop threads serving connections.") {
            $0.server.eventLoops = try Parse.int("--event-loops", $1, min: 1)
        },
        OptionSpec(flag: "--shutdown-grace", env: "EQP_SANDBOX_SHUTDOWN_GRACE", valueName: "SECONDS", defaultText: "3",
                   help: "On SIGTERM/SIGINT, time allowed for in-flight requests before remaining connections close.") {
            $0.server.shutdownGracePeriod = try Parse.seconds("--shutdown-grace", $1)
        },
    ]
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
