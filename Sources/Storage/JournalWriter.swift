import Glibc

/// Appends records to the journal in sequence order and makes them durable with group commit.
///
/// Writers capture their change under the store's lock and get a sequence number there, then
/// encode it outside the lock, `submit` it, and `waitDurable` before answering. Submissions
/// may arrive out of order (encoding takes different times); whichever waiting thread finds
/// no flush running writes every record that is next in line, fsyncs once, and wakes the
/// others, so concurrent writers share one fsync.
public final class JournalWriter: @unchecked Sendable {
    public let directory: String
    private let lock = WaitLock()

    // Everything below is guarded by `lock`.
    private var pending: [UInt64: [UInt8]] = [:]
    private var nextToWrite: UInt64
    private var durable: UInt64
    private var flushing = false
    private var failure: StorageError?
    /// The first record above this goes to a new segment (set when a snapshot is taken).
    private var rotateAfter: UInt64?
    private var fd: Int32
    private var currentStart: UInt64
    private var currentPath: String
    private var appended = 0

    /// Starts a new, empty segment whose first record will be `nextSequence`.
    public init(directory: String, nextSequence: UInt64) throws {
        precondition(nextSequence >= 1, "sequence numbers start at 1 (0 is the empty state)")
        self.directory = directory
        nextToWrite = nextSequence
        durable = nextSequence - 1
        currentStart = nextSequence
        currentPath = directory + "/" + JournalSegments.name(start: nextSequence)
        fd = try Self.createSegment(currentPath, directory: directory)
    }

    deinit { close(fd) }

    private static func createSegment(_ path: String, directory: String) throws -> Int32 {
        let fd = try PosixFile.open(path, flags: O_WRONLY | O_CREAT | O_TRUNC | O_APPEND)
        do {
            try PosixFile.write(fd, JournalSegments.magic, path: path)
            try PosixFile.sync(fd, path: path)
            try PosixFile.syncDirectory(directory)
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Hands over record `sequence` (its framed bytes). Every sequence number handed out must be
    /// submitted, or later records wait for it forever.
    public func submit(_ sequence: UInt64, framed: [UInt8]) {
        lock.withLock {
            pending[sequence] = framed
            lock.broadcast()
        }
    }

    /// Returns once record `sequence` and all before it are on stable storage; throws when
    /// the journal could not be written (every later wait throws the same error).
    public func waitDurable(_ sequence: UInt64) throws {
        lock.lock()
        defer { lock.unlock() }
        while durable < sequence {
            if let failure { throw failure }
            if flushing {
                lock.wait()
                continue
            }
            var batch: [(UInt64, [UInt8])] = []
            while let bytes = pending.removeValue(forKey: nextToWrite) {
                batch.append((nextToWrite, bytes))
                nextToWrite += 1
            }
            guard !batch.isEmpty else {
                // An earlier record is still being encoded by its writer; it will wake us.
                lock.wait()
                continue
            }
            flushing = true
            let rotation = rotateAfter
            lock.unlock()
            let result = Result { try write(batch, rotateAfter: rotation) }
            lock.lock()
            flushing = false
            switch result {
            case .success(let written):
                durable = batch.last!.0
                appended += written
                if let rotation, durable > rotation, rotateAfter == rotation { rotateAfter = nil }
            case .failure(let error):
                failure = (error as? StorageError) ?? StorageError("write", currentPath, errno: EIO)
            }
            lock.broadcast()
        }
        if let failure { throw failure }
    }

    /// Writes a batch (called by one flushing thread at a time, without the lock: only it
    /// touches the file descriptor).
    private func write(_ batch: [(UInt64, [UInt8])], rotateAfter rotation: UInt64?) throws -> Int {
        var buffer: [UInt8] = []
        var total = 0
        for (sequence, framed) in batch {
            if let rotation, sequence > rotation, currentStart <= rotation {
                if !buffer.isEmpty {
                    try PosixFile.write(fd, buffer, path: currentPath)
                    buffer.removeAll(keepingCapacity: true)
                }
                try PosixFile.sync(fd, path: currentPath)
                let path = directory + "/" + JournalSegments.name(start: sequence)
                let newFD = try Self.createSegment(path, directory: directory)
                close(fd)
                fd = newFD
                // `removeSegments` reads these from other threads.
                lock.withLock {
                    currentStart = sequence
                    currentPath = path
                }
            }
            buffer.append(contentsOf: framed)
            total += framed.count
        }
        if !buffer.isEmpty { try PosixFile.write(fd, buffer, path: currentPath) }
        try PosixFile.sync(fd, path: currentPath)
        return total
    }

    /// Records above `sequence` go to a new segment: a snapshot covering everything up to
    /// `sequence` is being written. Resets the byte count `appendedSinceRotation` reports.
    public func rotate(after sequence: UInt64) {
        lock.withLock {
            rotateAfter = sequence
            appended = 0
        }
    }

    /// Bytes appended since the last `rotate` (what a snapshot would let go).
    public var appendedSinceRotation: Int { lock.withLock { appended } }

    /// Deletes the segments a snapshot at `sequence` makes unnecessary: those whose records
    /// are all at or below it. The segment still being appended to stays until it is rotated.
    public func removeSegments(coveredBy sequence: UInt64) throws {
        let current = lock.withLock { currentStart }
        var removed = false
        let segments = try JournalSegments.list(directory)
        for (i, segment) in segments.enumerated() where segment.start != current {
            // A segment's records end where the next segment starts.
            let next = i + 1 < segments.count ? segments[i + 1].start : UInt64.max
            guard segment.start <= sequence, next <= sequence &+ 1 else { continue }
            try PosixFile.remove(segment.path)
            removed = true
        }
        if removed { try PosixFile.syncDirectory(directory) }
    }
}
