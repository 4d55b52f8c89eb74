import Glibc

// The sandbox's logger: levels, text or JSON lines, one write(2) per line on stderr.
//
// Why here, in Server, rather than in the executable: the server itself logs (its `logger`
// hook, accept failures) and its `parseFailureObserver` feeds the access log, so the lowest
// module that produces log lines owns the format; EQPRoutes and the executable sit above it and
// share the same writer. No Formats dependency: the few JSON escapes a log line needs are here.

/// How much is logged. Access lines are `info`, so `warn` silences them.
public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
    case error = 0, warn, info, debug

    public static func < (a: LogLevel, b: LogLevel) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .error: return "error"
        case .warn: return "warn"
        case .info: return "info"
        case .debug: return "debug"
        }
    }

    public init?(name: String) {
        switch name.lowercased() {
        case "error": self = .error
        case "warn", "warning": self = .warn
        case "info": self = .info
        case "debug": self = .debug
        default: return nil
        }
    }
}

public enum LogFormat: String, Sendable {
    case text, json
}

/// One answered (or refused) request, as the access log shows it.
public struct AccessLogRecord: Sendable, Equatable {
    /// Wall-clock seconds since the epoch (UTC).
    public var time: Int
    public var method: String
    /// The request target as received: path and query.
    public var target: String
    /// nil when the connection was dropped instead of answered (an injected fault).
    public var status: Int?
    /// Response body bytes sent.
    public var bytes: Int
    public var durationNanoseconds: UInt64
    /// The authenticated mage_id, if any.
    public var user: String?
    /// The peer as `host:port`.
    public var peer: String

    public init(time: Int, method: String, target: String, status: Int?, bytes: Int,
                durationNanoseconds: UInt64, user: String?, peer: String) {
        self.time = time
        self.method = method
        self.target = target
        self.status = status
        self.bytes = bytes
        self.durationNanoseconds = durationNanoseconds
        self.user = user
        self.peer = peer
    }
}

/// Thread-safe: every line is built in full, then written with a single `write(2)` (looping
/// only on a partial write), so lines from several event-loop threads never interleave (pipes
/// guarantee atomic writes up to PIPE_BUF, 4096 bytes; longer lines are cut to that). The
/// write is blocking: a stderr nobody reads eventually stalls the thread that logs — keep it
/// drained, or turn access lines off (`--access-log false` / `--log-level warn`).
public final class Logger: Sendable {
    public let level: LogLevel
    public let format: LogFormat
    /// Whether access lines are written (they also need `level >= info`).
    public let accessLogEnabled: Bool
    private let fd: Int32

    /// Text at info on stderr: what the server uses before (or without) configuration.
    public static let standard = Logger()

    public init(level: LogLevel = .info, format: LogFormat = .text, accessLog: Bool = true, fd: Int32 = 2) {
        self.level = level
        self.format = format
        self.accessLogEnabled = accessLog
        self.fd = fd
    }

    public func isEnabled(_ level: LogLevel) -> Bool { level <= self.level }

    /// Whether `access(_:)` writes anything: callers can skip building the record.
    public var logsAccess: Bool { accessLogEnabled && isEnabled(.info) }

    public func error(_ message: String, _ fields: KeyValuePairs<String, String> = [:]) { log(.error, message, fields) }
    public func warn(_ message: String, _ fields: KeyValuePairs<String, String> = [:]) { log(.warn, message, fields) }
    public func info(_ message: String, _ fields: KeyValuePairs<String, String> = [:]) { log(.info, message, fields) }
    public func debug(_ message: String, _ fields: KeyValuePairs<String, String> = [:]) { log(.debug, message, fields) }

    public func log(_ level: LogLevel, _ message: String, _ fields: KeyValuePairs<String, String> = [:]) {
        guard isEnabled(level) else { return }
        writeLine(Logger.formatMessage(level: level, message: message, fields: Array(fields),
                                       time: Int(Glibc.time(nil)), format: format))
    }

    public func access(_ record: AccessLogRecord) {
        guard logsAccess else { return }
        writeLine(Logger.formatAccess(record, format: format))
    }

    // MARK: formatting (pure, for tests)

    /// `2026-11-23 10:31:02 GET /rest/v1/users/MAG123456789 200 2456B 0.21ms user=MAG123456789 peer=127.0.0.1:51234`
    /// or `{"time":"2026-11-23T10:31:02Z","method":"GET",...}`.
    public static func formatAccess(_ r: AccessLogRecord, format: LogFormat) -> String {
        let ms = milliseconds(r.durationNanoseconds)
        switch format {
        case .text:
            let status = r.status.map(String.init) ?? "-"
            return "\(textTime(r.time)) \(r.method) \(textSafe(r.target)) \(status) \(r.bytes)B \(ms)ms user=\(textSafe(r.user ?? "-")) peer=\(textSafe(r.peer))"
        case .json:
            var s = "{\"time\":\(quoted(jsonTime(r.time))),\"method\":\(quoted(r.method)),\"path\":\(quoted(r.target))"
            s += ",\"status\":\(r.status.map(String.init) ?? "null"),\"bytes\":\(r.bytes),\"duration_ms\":\(ms)"
            s += ",\"user\":\(r.user.map(quoted) ?? "null"),\"peer\":\(quoted(r.peer))}"
            return s
        }
    }

    /// `2026-11-23 10:31:02 WARN message key=value` or `{"time":...,"level":"warn","msg":...,"key":"value"}`.
    public static func formatMessage(level: LogLevel, message: String, fields: [(key: String, value: String)] = [],
                                     time: Int, format: LogFormat) -> String {
        switch format {
        case .text:
            var s = "\(textTime(time)) \(level.name.uppercased()) \(textSafe(message))"
            // A value with a space (or none at all) is quoted, so `key=value` pairs stay parseable.
            for (k, v) in fields { s += " \(k)=\(v.isEmpty || v.contains(" ") || v.contains("\"") ? quoted(v) : textSafe(v))" }
            return s
        case .json:
            var s = "{\"time\":\(quoted(jsonTime(time))),\"level\":\(quoted(level.name)),\"msg\":\(quoted(message))"
            for (k, v) in fields { s += ",\(quoted(k)):\(quoted(v))" }
            return s + "}"
        }
    }

    /// Milliseconds with two decimals (at least 0.01 shown as such; 0 as 0.00).
    static func milliseconds(_ ns: UInt64) -> String {
        let hundredths = (ns + 5_000) / 10_000
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    /// `YYYY-MM-DD HH:MM:SS`, UTC.
    public static func textTime(_ epoch: Int) -> String {
        var t = time_t(epoch)
        var tm = tm()
        gmtime_r(&t, &tm)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday)) \(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec))"
    }

    /// RFC 3339, UTC: `YYYY-MM-DDTHH:MM:SSZ`.
    public static func jsonTime(_ epoch: Int) -> String {
        var s = textTime(epoch)
        s = s.replacingFirstSpace(with: "T")
        return s + "Z"
    }

    /// A JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Text lines stay one line: control characters become `\xNN`, so a value cannot forge a
    /// second log line.
    static func textSafe(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x20 || u.value == 0x7F {
                let hex = String(u.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    // MARK: writing

    private static let maxLine = 4096

    func writeLine(_ line: String) {
        var bytes = Array(line.utf8)
        if bytes.count >= Logger.maxLine {
            bytes.removeLast(bytes.count - (Logger.maxLine - 4))
            bytes.append(contentsOf: Array("...".utf8))
        }
        bytes.append(0x0A)
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // stderr closed or broken: logging must never take the server down
                }
                offset += n
            }
        }
    }
}

private extension String {
    func replacingFirstSpace(with replacement: Character) -> String {
        guard let i = firstIndex(of: " ") else { return self }
        var s = self
        s.replaceSubrange(i...i, with: String(replacement))
        return s
    }
}
