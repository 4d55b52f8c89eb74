import Formats
import Glibc
import Storage
import Synchronization

/// A write's change, captured under the store's lock, on its way to disk.
struct JournalTicket: Sendable {
    var sequence: UInt64
    var items: [StateItem]
    /// Uploaded bytes the items refer to, by blob name (FileBlobStore).
    var blobs: [(name: String, bytes: [UInt8])]
}

/// What a snapshot is taken of: the state (an O(1) copy-on-write copy made under the store's
/// lock) and everything outside it, as of journal sequence number `sequence`.
struct SnapshotCapture: Sendable {
    var sequence: UInt64
    var state: SandboxState
    var clock: ClockSetting
    var ids: UInt64?
}

/// The data folder (`--data-dir`) of one running sandbox: journal, snapshot and file contents.
///
/// Every store operation that changed something ends with `capture` under the store's lock:
/// the touched entities as they are now, with the next sequence number. `commit` then, outside
/// the lock, writes the uploaded bytes the record needs, appends the record and waits for its
/// fsync (shared with concurrent writers); only then does the operation return, so a write is
/// answered only once it survives a crash. Once the journal has grown by `compactAfterBytes`,
/// a background thread writes a snapshot of a copy of the state and deletes the journal
/// segments it covers.
public final class StateJournal: Sendable {
    public let directory: String
    let blobs: FileBlobStore
    let writer: JournalWriter
    let directoryLock: DirectoryLock
    let compactAfterBytes: Int
    let onEvent: @Sendable (DurabilityEvent) -> Void

    /// The last sequence number handed out and the globals as last journaled: a write
    /// changes them rarely, so they are compared rather than tracked.
    struct Marks: Sendable {
        var sequence: UInt64
        var nextSequence: Int
        var nextRunID: Int
        var outcomes: ReviewOutcomeQueue
        var metrics: [Metric]
        var ids: UInt64?

        init(sequence: UInt64, state: SandboxState, ids: UInt64?) {
            self.sequence = sequence
            nextSequence = state.packages.nextSequence
            nextRunID = state.packages.nextRunID
            outcomes = state.packages.outcomes
            metrics = state.metrics
            self.ids = ids
        }
    }

    private let marks: Mutex<Marks>
    private let compacting = Atomic<Bool>(false)

    init(directory: String, blobs: FileBlobStore, writer: JournalWriter, lock: DirectoryLock, marks: Marks,
                 compactAfterBytes: Int, onEvent: @escaping @Sendable (DurabilityEvent) -> Void) {
        self.directory = directory
        self.blobs = blobs
        self.writer = writer
        directoryLock = lock
        self.marks = Mutex(marks)
        self.compactAfterBytes = compactAfterBytes
        self.onEvent = onEvent
    }

    // MARK: Writes

    /// Under the store's lock, after an operation: its changes with the next sequence number,
    /// or nil when it changed nothing (reads cost nothing more).
    func capture(_ s: inout SandboxState, ids: IDGenerator, clock: ClockSetting?) -> JournalTicket? {
        var items = s.takeChanges()
        let position = ids.seededPosition
        return marks.withLock { m in
            if s.packages.nextSequence != m.nextSequence || s.packages.nextRunID != m.nextRunID {
                items.append(.counters(nextSequence: s.packages.nextSequence, nextRunID: s.packages.nextRunID))
                m.nextSequence = s.packages.nextSequence
                m.nextRunID = s.packages.nextRunID
            }
            if s.packages.outcomes != m.outcomes {
                items.append(.outcomes(s.packages.outcomes))
                m.outcomes = s.packages.outcomes
            }
            if s.metrics != m.metrics {
                items.append(.metrics(s.metrics))
                m.metrics = s.metrics
            }
            if let clock { items.append(.clock(clock)) }
            guard !items.isEmpty else { return nil }
            // The generator moves for every ID drawn; it is worth a record only with a change.
            if let position, position != m.ids {
                items.append(.ids(position))
                m.ids = position
            }
            m.sequence += 1
            return JournalTicket(sequence: m.sequence, items: items, blobs: Self.blobs(for: items, in: s))
        }
    }

    /// Under the store's lock, when the whole state was replaced (reset, import): a record
    /// that clears everything and holds the complete new state.
    func captureWhole(_ s: inout SandboxState, ids: IDGenerator, clock: ClockSetting) -> JournalTicket {
        _ = s.takeChanges()
        let position = ids.seededPosition
        let items: [StateItem] = [.clear] + Array(s.allItems) + [.clock(clock)] + (position.map { [.ids($0)] } ?? [])
        return marks.withLock { m in
            let sequence = m.sequence + 1
            m = Marks(sequence: sequence, state: s, ids: position)
            return JournalTicket(sequence: sequence, items: items, blobs: Self.blobs(for: items, in: s))
        }
    }

    private static func blobs(for items: [StateItem], in s: SandboxState) -> [(name: String, bytes: [UInt8])] {
        items.compactMap { item in
            guard case .file(_, let file?) = item else { return nil }
            return (FileBlobStore.name(of: file), file.bytes)
        }
    }

    /// Outside the store's lock: bytes, record, fsync. Returns once the change is durable.
    /// If the disk refuses, the sandbox stops (exit 1) rather than answer a write it could not
    /// keep: the next start recovers every write that was answered.
    func commit(_ ticket: JournalTicket) {
        do {
            var wroteBlob = false
            for blob in ticket.blobs where try blobs.ensure(blob.name, bytes: blob.bytes) { wroteBlob = true }
            if wroteBlob { try blobs.syncDirectory() }
            let payload = try JournalRecord(sequence: ticket.sequence, items: ticket.items).payload()
            writer.submit(ticket.sequence, framed: RecordFrame.framed(payload))
            try writer.waitDurable(ticket.sequence)
        } catch {
            onEvent(.writeFailed("cannot write the journal in \(directory): \(error); stopping so that no unsaved write is answered"))
            _exit(1)
        }
    }

    // MARK: Compaction

    /// Whether a snapshot is being written.
    var isCompacting: Bool { compacting.load(ordering: .acquiring) }

    /// True once per compaction when the journal has grown enough: the caller then starts one.
    func wantsCompaction() -> Bool {
        guard writer.appendedSinceRotation >= compactAfterBytes else { return false }
        return beginCompaction()
    }

    /// Claims the one compaction that may run; false while another runs. `finishSnapshot`
    /// gives the claim back.
    func beginCompaction() -> Bool {
        compacting.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }

    /// Under the store's lock: fixes what the snapshot covers. Records after it go to a new
    /// journal segment; file contents written from now on survive its garbage collection.
    func beginSnapshot(of s: SandboxState, ids: IDGenerator, clock: ClockSetting) -> SnapshotCapture {
        let sequence = marks.withLock { $0.sequence }
        writer.rotate(after: sequence)
        blobs.beginGeneration()
        return SnapshotCapture(sequence: sequence, state: s, clock: clock, ids: ids.seededPosition)
    }

    /// Off the request path: writes the snapshot, then drops the journal segments and file
    /// contents it makes unnecessary. A failure leaves the journal whole (logged, retried
    /// after the journal grows again).
    func finishSnapshot(_ capture: SnapshotCapture) {
        defer { compacting.store(false, ordering: .releasing) }
        let started = Self.monotonicMilliseconds()
        do {
            // Every record up to the snapshot has its file contents on disk once it is durable.
            try writer.waitDurable(capture.sequence)
            let bytes = try Self.writeSnapshot(capture, directory: directory)
            try writer.removeSegments(coveredBy: capture.sequence)
            let removed = try blobs.collectGarbage(keeping: Set(capture.state.files.values.map(FileBlobStore.name(of:))))
            onEvent(.compacted(sequence: capture.sequence, snapshotBytes: bytes, filesRemoved: removed,
                               milliseconds: Self.monotonicMilliseconds() - started))
        } catch {
            onEvent(.compactionFailed("snapshot of \(directory) failed: \(error); the journal still holds everything"))
        }
    }

    static func writeSnapshot(_ capture: SnapshotCapture, directory: String) throws -> Int {
        let tail: [StateItem] = [.clock(capture.clock)] + (capture.ids.map { [.ids($0)] } ?? [])
        return try SnapshotFile.write(directory: directory, sequence: capture.sequence,
                                      items: [AnySequence(capture.state.allItems), AnySequence(tail)].joined())
    }

    static func monotonicMilliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }
}

extension ClockSetting {
    init(_ clock: SandboxClock) {
        self.init(manual: clock.mode == .manual, value: clock.rawValue, now: clock.now)
    }
}

extension SandboxClock {
    /// Puts the clock where `setting` had it: the same offset from real time (system) or the
    /// same standing time (manual). Across a change of `--clock` mode, the same sandbox time.
    func restore(_ setting: ClockSetting) {
        if setting.manual == (mode == .manual) {
            setRawValue(setting.value)
        } else {
            set(setting.manual ? setting.value : SandboxClock.realNow() + setting.value)
        }
    }
}
