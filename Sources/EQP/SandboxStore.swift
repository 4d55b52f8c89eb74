import Synchronization

/// The sandbox's data and every operation on it. Thread-safe: the server's event-loop threads
/// call it concurrently; each call takes the lock once, does a short in-memory operation and
/// returns values (never references into the state).
///
/// Time-driven changes (malware scans finishing, review steps) are settled lazily against the injected
/// clock at the start of every operation, so with a manual clock nothing moves until it is
/// advanced. The server may also call `tick()` on a timer to settle scans and then
/// `drainCallbackEvents()` to deliver callbacks promptly.
public final class SandboxStore: Sendable {
    public let clock: SandboxClock
    public let ids: IDGenerator
    public let options: Options
    /// The world `reset()` returns to.
    public let seed: Seed
    let state: Mutex<SandboxState>
    /// The data folder with `--data-dir` (Persistence/): every change is journaled before the
    /// operation returns. Nil keeps everything in memory, at no cost per operation.
    let durable: StateJournal?

    public convenience init(seed: Seed, clock: SandboxClock, ids: IDGenerator, options: Options = Options()) {
        self.init(seed: seed, clock: clock, ids: ids, options: options,
                  state: SandboxState(seed: seed, now: clock.now, options: options), durable: nil)
    }

    init(seed: Seed, clock: SandboxClock, ids: IDGenerator, options: Options, state: SandboxState, durable: StateJournal?) {
        self.seed = seed
        self.clock = clock
        self.ids = ids
        self.options = options
        self.state = Mutex(state)
        self.durable = durable
    }

    /// A store over the seed in `seedDirectory` (every `*.json` file there, see
    /// seed-data/README.md). Throws `SeedError` naming file, JSON path and problem.
    public convenience init(seedDirectory: String, clock: SandboxClock, ids: IDGenerator,
                            options: Options = Options()) throws {
        let seed = try SeedLoader.load(directory: seedDirectory, maxAccessKeysPerUser: options.maxAccessKeysPerUser)
        self.init(seed: seed, clock: clock, ids: ids, options: options)
    }

    /// Throws away every change and session: back to the seed's world, as of now.
    public func reset() {
        replaceState(SandboxState(seed: seed, now: clock.now, options: options))
    }

    /// Runs `body` under the lock after settling whatever the clock says is due. With
    /// `--data-dir`, what it changed is durable before this returns.
    func withState<R: Sendable>(_ body: (inout SandboxState, _ now: Int) throws -> R) throws -> R {
        if let durable { return try durably(durable, body) }
        let now = clock.now
        return try state.withLock { s in
            s.settle(now: now, options: options)
            return try body(&s, now)
        }
    }

    /// `withState` for bodies that cannot fail.
    func read<R: Sendable>(_ body: (inout SandboxState, _ now: Int) -> R) -> R {
        // `withState` throws only what its body throws, and this body cannot.
        try! withState(body)
    }

    /// Settles everything due by now (finished scans queue their callbacks).
    public func tick() { read { _, _ in () } }

    /// Hands over the callback requests queued since the last call, oldest first.
    public func drainCallbackEvents() -> [CallbackDelivery] {
        read { s, _ in
            let out = s.outbox
            s.outbox.removeAll()
            return out
        }
    }

    /// The user `mageID`, or 404 "not found" seen from `caller`. A token reaches only its own
    /// user (SANDBOX-NOTES.md): another user's data answers exactly like a missing user (404),
    /// so nothing about other accounts leaks.
    public static func requireSameUser(caller: String, requested: String) throws {
        guard caller == requested else {
            throw EQPErrorDefinition.userNotFound.error(["mage_id": requested, "caller": caller])
        }
    }
}

extension SandboxState {
    /// The user, or a 404 naming them (only the authenticated user reaches here).
    func user(_ mageID: String) throws -> UserRecord {
        guard let user = users[mageID] else {
            throw EQPErrorDefinition.userNotFound.error(["mage_id": mageID, "caller": mageID])
        }
        return user
    }
}
