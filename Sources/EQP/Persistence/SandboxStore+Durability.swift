import Formats
import Glibc
import Storage

/// The store with `--data-dir`: opening a data folder, journaling each operation's changes,
/// the clock, whole-state replacements and background snapshots (README, "Durable state").
extension SandboxStore {
    /// A store whose state lives in `dataDirectory` (created with the seed's world when new).
    /// Throws `DurableStateError` or `SeedError` with a message for the start-up error line.
    public static func open(seedDirectory: String, clock: SandboxClock, ids: IDGenerator, options: Options = Options(),
                            dataDirectory: String, compactAfterBytes: Int = 8 << 20,
                            onEvent: @escaping @Sendable (DurabilityEvent) -> Void = { _ in }) throws -> (SandboxStore, RecoveryReport) {
        let seed = try SeedLoader.load(directory: seedDirectory, maxAccessKeysPerUser: options.maxAccessKeysPerUser)
        return try open(seed: seed, clock: clock, ids: ids, options: options, dataDirectory: dataDirectory,
                        compactAfterBytes: compactAfterBytes, onEvent: onEvent)
    }

    public static func open(seed: Seed, clock: SandboxClock, ids: IDGenerator, options: Options = Options(),
                            dataDirectory: String, compactAfterBytes: Int = 8 << 20,
                            onEvent: @escaping @Sendable (DurabilityEvent) -> Void = { _ in }) throws -> (SandboxStore, RecoveryReport) {
        let (journal, state, report) = try StateJournal.open(
            directory: dataDirectory, clock: clock, ids: ids, compactAfterBytes: compactAfterBytes, onEvent: onEvent,
            freshState: { SandboxState(seed: seed, now: clock.now, options: options) })
        let store = SandboxStore(seed: seed, clock: clock, ids: ids, options: options, state: state, durable: journal)
        return (store, report)
    }

    /// Where state lives: the data folder, or nil for memory only.
    public var dataDirectory: String? { durable?.directory }

    /// The operation, its capture under the lock, then the journal write outside it.
    func durably<R: Sendable>(_ durable: StateJournal, movesClock: Bool = false, clockChange: () -> Void = {},
                              _ body: (inout SandboxState, _ now: Int) throws -> R) throws -> R {
        var ticket: JournalTicket?
        let result: Result<R, Error> = state.withLock { s in
            clockChange()
            let now = clock.now
            s.settle(now: now, options: options)
            let outcome = Result { try body(&s, now) }
            // Whatever changed is journaled, even when the operation then failed: memory and
            // disk must not disagree.
            ticket = durable.capture(&s, ids: ids, clock: movesClock ? ClockSetting(clock) : nil)
            return outcome
        }
        if let ticket {
            durable.commit(ticket)
            compactIfDue(durable)
        }
        return try result.get()
    }

    /// Replaces the whole state (resets, imports); the old one is released after the lock is
    /// given up, so even a large state costs other requests only the swap.
    func replaceState(_ fresh: SandboxState) {
        var fresh = fresh
        guard let durable else {
            let old = state.withLock { s -> SandboxState in
                let previous = s
                s = fresh
                return previous
            }
            withExtendedLifetime(old) {}
            return
        }
        fresh.setTracking(true)
        let (old, ticket) = state.withLock { s -> (SandboxState, JournalTicket) in
            let previous = s
            s = fresh
            return (previous, durable.captureWhole(&s, ids: ids, clock: ClockSetting(clock)))
        }
        withExtendedLifetime(old) {}
        durable.commit(ticket)
        compactIfDue(durable)
    }

    /// `PUT /_sandbox/clock`: the clock moves, what is due by then settles, and (with a data
    /// folder) the new setting is journaled with what settled.
    public func setClock(_ epochSeconds: Int) { moveClock { clock.set(epochSeconds) } }

    /// `POST /_sandbox/clock/advance`.
    public func advanceClock(by seconds: Int) { moveClock { clock.advance(by: seconds) } }

    private func moveClock(_ change: () -> Void) {
        guard let durable else {
            change()
            tick()
            return
        }
        _ = try? durably(durable, movesClock: true, clockChange: change) { _, _ in () }
    }

    /// Takes a snapshot now, on this thread (tests; the server lets the journal's size decide).
    public func compactNow() {
        guard let durable else { return }
        // One snapshot at a time: wait for a background one to finish.
        while !durable.beginCompaction() { usleep(1000) }
        let capture = state.withLock { s in durable.beginSnapshot(of: s, ids: ids, clock: ClockSetting(clock)) }
        durable.finishSnapshot(capture)
    }

    private func compactIfDue(_ durable: StateJournal) {
        guard durable.wantsCompaction() else { return }
        BackgroundThread.run { [self] in
            // The copy is O(1) under the lock; serializing it happens on this thread.
            let capture = state.withLock { s in durable.beginSnapshot(of: s, ids: ids, clock: ClockSetting(clock)) }
            durable.finishSnapshot(capture)
        }
    }
}
