import Glibc
import Synchronization

/// The sandbox's notion of "now", in whole seconds since the Unix epoch (UTC). Everything that
/// expires or progresses (session tokens, malware scans, reviews) reads this clock, so tests and
/// the control API can move time instead of waiting for it.
///
/// Two modes: `system` follows the real clock plus an offset (moving it shifts the offset);
/// `manual` stands still until `set(_:)` or `advance(by:)` is called.
public final class SandboxClock: Sendable {
    public enum Mode: Sendable, Equatable {
        case system
        case manual
    }

    private struct State {
        var mode: Mode
        /// System mode: seconds added to the real clock. Manual mode: the current time.
        var value: Int
    }

    private let state: Mutex<State>

    private init(mode: Mode, value: Int) {
        state = Mutex(State(mode: mode, value: value))
    }

    /// Real time, shifted by `offset` seconds.
    public static func system(offset: Int = 0) -> SandboxClock { SandboxClock(mode: .system, value: offset) }

    /// A clock that stands at `epochSeconds` until told to move.
    public static func manual(at epochSeconds: Int) -> SandboxClock { SandboxClock(mode: .manual, value: epochSeconds) }

    public var mode: Mode { state.withLock { $0.mode } }

    /// The current sandbox time in seconds since the epoch.
    public var now: Int {
        state.withLock { s in s.mode == .manual ? s.value : SandboxClock.realNow() + s.value }
    }

    /// Moves the clock to `epochSeconds` (system mode keeps ticking from there).
    public func set(_ epochSeconds: Int) {
        state.withLock { s in
            if s.mode == .manual { s.value = epochSeconds } else { s.value = epochSeconds - SandboxClock.realNow() }
        }
    }

    /// Moves the clock forward (or back, with a negative amount) by `seconds`.
    public func advance(by seconds: Int) {
        state.withLock { $0.value += seconds }
    }

    /// The raw setting (system mode: the offset from real time; manual: the time it stands
    /// at), kept by durable state (Persistence/).
    var rawValue: Int {
        get { state.withLock { $0.value } }
    }

    func setRawValue(_ value: Int) { state.withLock { $0.value = value } }

    /// The operating system's wall clock.
    static func realNow() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int(ts.tv_sec)
    }
}
