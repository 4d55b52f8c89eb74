import Storage

/// Why the data folder cannot be used. Start-up stops with this message (exit 1): damage other
/// than a torn journal tail is never skipped silently.
public enum DurableStateError: Error, CustomStringConvertible, Sendable {
    case snapshotDamaged(path: String, problem: String)
    case segmentDamaged(path: String, offset: Int, problem: String)
    case recordUnreadable(path: String, offset: Int, problem: String)
    case sequenceGap(path: String, expected: UInt64, found: UInt64)
    case journalWithoutSnapshot(directory: String)
    case fileContentMissing(fileID: String, path: String, problem: String)
    case storage(StorageError)

    static let remedy = "restore the data folder from a backup, or move it away to start from the seed"

    public var description: String {
        switch self {
        case .snapshotDamaged(let path, let problem):
            return "snapshot \(path) is damaged: \(problem); \(Self.remedy)"
        case .segmentDamaged(let path, let offset, let problem):
            return "journal \(path) is damaged at byte \(offset) (\(problem)) and later journal files exist, so it is not a torn tail; \(Self.remedy)"
        case .recordUnreadable(let path, let offset, let problem):
            return "journal \(path): the intact record at byte \(offset) cannot be read (\(problem)); it may come from another version of eqp-sandbox; \(Self.remedy)"
        case .sequenceGap(let path, let expected, let found):
            return "journal \(path): record \(found) follows where \(expected) was expected, so records are missing; \(Self.remedy)"
        case .journalWithoutSnapshot(let directory):
            return "data folder \(directory) has journal files but no snapshot; \(Self.remedy)"
        case .fileContentMissing(let fileID, let path, let problem):
            return "the bytes of file \(fileID) (\(path)) are \(problem); \(Self.remedy)"
        case .storage(let error):
            return "data folder: \(error)"
        }
    }
}

/// What opening a data folder found, for the start-up log.
public struct RecoveryReport: Sendable, Equatable {
    public var directory: String
    /// A new data folder: the seed's world was written as the first snapshot.
    public var fresh: Bool
    public var snapshotSequence: UInt64
    public var recordsReplayed: Int
    /// The newest sequence number in the recovered state.
    public var lastSequence: UInt64
    /// Set when a torn or corrupt journal tail was cut off.
    public var cutTail: CutTail?
    public var users: Int
    public var files: Int
    public var packages: Int
    /// Unreferenced uploaded-file contents removed at start-up.
    public var orphanFilesRemoved: Int

    public struct CutTail: Sendable, Equatable {
        public var segment: String
        public var offset: Int
        public var droppedBytes: Int
        public var reason: String
    }
}

/// Something durable state did while running, for the log.
public enum DurabilityEvent: Sendable {
    /// A snapshot replaced the journal up to `sequence`.
    case compacted(sequence: UInt64, snapshotBytes: Int, filesRemoved: Int, milliseconds: Int)
    /// A snapshot could not be written; the journal keeps everything, so nothing is lost.
    case compactionFailed(String)
    /// The journal could not be written: the process stops rather than answer a write it
    /// cannot keep.
    case writeFailed(String)
}
