import Formats
import Storage

extension StateJournal {
    /// Opens (or creates) the data folder and recovers the state it holds: the snapshot, then
    /// every later journal record in order. A torn or corrupt tail of the newest journal
    /// segment is cut off (reported in the answer, for one log line); any other damage throws
    /// `DurableStateError`. A new folder starts from `freshState()` (the seed's world), written
    /// at once as the first snapshot.
    static func open(directory: String, clock: SandboxClock, ids: IDGenerator, compactAfterBytes: Int,
                     onEvent: @escaping @Sendable (DurabilityEvent) -> Void,
                     freshState: () -> SandboxState) throws -> (StateJournal, SandboxState, RecoveryReport) {
        do {
            return try openUnchecked(directory: directory, clock: clock, ids: ids, compactAfterBytes: compactAfterBytes,
                                     onEvent: onEvent, freshState: freshState)
        } catch let error as StorageError {
            throw DurableStateError.storage(error)
        }
    }

    private static func openUnchecked(directory: String, clock: SandboxClock, ids: IDGenerator, compactAfterBytes: Int,
                                      onEvent: @escaping @Sendable (DurabilityEvent) -> Void,
                                      freshState: () -> SandboxState) throws -> (StateJournal, SandboxState, RecoveryReport) {
        try PosixFile.makeDirectory(directory)
        let lock = try DirectoryLock(directory: directory)
        try PosixFile.remove(directory + "/" + SnapshotFile.fileName + ".tmp")
        let blobs = try FileBlobStore(directory: directory + "/files")
        var report = RecoveryReport(directory: directory, fresh: false, snapshotSequence: 0, recordsReplayed: 0, lastSequence: 0,
                                    cutTail: nil, users: 0, files: 0, packages: 0, orphanFilesRemoved: 0)
        var state: SandboxState
        let segments = try JournalSegments.list(directory)
        if let snapshot = try SnapshotFile.read(directory: directory) {
            var replay = StateReplay()
            for item in snapshot.items { replay.apply(item) }
            report.snapshotSequence = snapshot.sequence
            report.lastSequence = snapshot.sequence
            try replayJournal(segments, into: &replay, report: &report)
            state = replay.finish()
            if let setting = replay.clock { clock.restore(setting) }
            if let position = replay.ids { ids.restore(seededPosition: position) }
            try loadContents(of: &state, from: blobs)
        } else {
            guard segments.isEmpty else { throw DurableStateError.journalWithoutSnapshot(directory: directory) }
            state = freshState()
            report.fresh = true
            for file in state.files.values { _ = try blobs.ensure(FileBlobStore.name(of: file), bytes: file.bytes) }
            try blobs.syncDirectory()
            let capture = SnapshotCapture(sequence: 0, state: state, clock: ClockSetting(clock), ids: ids.seededPosition)
            _ = try writeSnapshot(capture, directory: directory)
        }
        let writer = try JournalWriter(directory: directory, nextSequence: report.lastSequence + 1)
        try writer.removeSegments(coveredBy: report.snapshotSequence)
        report.orphanFilesRemoved = try blobs.collectGarbage(keeping: Set(state.files.values.map(FileBlobStore.name(of:))))
        report.users = state.users.count
        report.files = state.files.count
        report.packages = state.packages.records.count
        state.setTracking(true)
        let journal = StateJournal(directory: directory, blobs: blobs, writer: writer, lock: lock,
                                   marks: Marks(sequence: report.lastSequence, state: state, ids: ids.seededPosition),
                                   compactAfterBytes: compactAfterBytes, onEvent: onEvent)
        return (journal, state, report)
    }

    /// Applies every record after the snapshot, checking that none is missing; cuts a torn or
    /// corrupt tail off the newest segment.
    private static func replayJournal(_ segments: [JournalSegments.Segment], into replay: inout StateReplay,
                                      report: inout RecoveryReport) throws {
        for (i, segment) in segments.enumerated() {
            let read = try JournalSegments.read(segment)
            for range in read.payloads {
                let record: JournalRecord
                do {
                    record = try JournalRecord(payload: Array(read.bytes[range]))
                } catch {
                    throw DurableStateError.recordUnreadable(path: segment.path, offset: range.lowerBound - RecordFrame.headerSize,
                                                             problem: "\(error)")
                }
                if record.sequence <= report.lastSequence { continue }
                guard record.sequence == report.lastSequence + 1 else {
                    throw DurableStateError.sequenceGap(path: segment.path, expected: report.lastSequence + 1, found: record.sequence)
                }
                for item in record.items { replay.apply(item) }
                report.lastSequence = record.sequence
                report.recordsReplayed += 1
            }
            guard let offset = read.end.offset else { continue }
            guard i == segments.count - 1 else {
                throw DurableStateError.segmentDamaged(path: segment.path, offset: offset, problem: read.end.reason)
            }
            // The newest segment's tail: a write that was never answered (the crash came before
            // its fsync finished), or damage after the last good record. Cut it off.
            try PosixFile.truncate(segment.path, to: offset)
            report.cutTail = RecoveryReport.CutTail(segment: segment.path, offset: offset,
                                                    droppedBytes: read.bytes.count - offset, reason: read.end.reason)
        }
    }

    /// Reads every file's bytes back from `files/`, checking them against the recorded MD5.
    private static func loadContents(of state: inout SandboxState, from blobs: FileBlobStore) throws {
        for id in Array(state.files.keys) {
            guard var file = state.files[id] else { continue }
            let name = FileBlobStore.name(of: file)
            let path = blobs.directory + "/" + name
            guard let bytes = try blobs.load(name) else {
                throw DurableStateError.fileContentMissing(fileID: id, path: path, problem: "missing")
            }
            guard MD5.hex(bytes) == file.md5 else {
                throw DurableStateError.fileContentMissing(fileID: id, path: path, problem: "damaged (MD5 differs)")
            }
            file.bytes = bytes
            state.files[id] = file
        }
    }
}
