import Glibc
import Storage
import Synchronization

/// Uploaded files' bytes under `DATA/files/`, one file per content: `<file_upload_id>.<md5>`
/// (bytes outside letters, digits, `_`, `-`, `.` in the ID are written `%XX`). The MD5 in the
/// name means a content is never overwritten in place: an import that brings the same ID with
/// other bytes writes a second file, so a crash between writing bytes and journaling the
/// record that uses them can never leave a record pointing at the wrong bytes.
///
/// Bytes are written (and fsynced, and their directory entry fsynced) before the journal
/// record that refers to them is appended. Files no longer referenced are removed after a
/// snapshot that no longer needs them (`collectGarbage`) and at start-up.
final class FileBlobStore: Sendable {
    let directory: String

    private struct Inventory {
        /// Names known to be complete on disk.
        var present: Set<String> = []
        /// Names asked for since the last snapshot began: never collected by that snapshot.
        var recent: Set<String> = []
    }

    private let inventory = Mutex(Inventory())
    private let writes = Atomic<Int>(0)

    init(directory: String) throws {
        self.directory = directory
        try PosixFile.makeDirectory(directory)
        var present: Set<String> = []
        for name in try PosixFile.list(directory) {
            if name.hasSuffix(".tmp") { try PosixFile.remove(directory + "/" + name) } else { present.insert(name) }
        }
        inventory.withLock { $0.present = present }
    }

    static func name(fileID: String, md5: String) -> String {
        var out: [UInt8] = []
        for (i, b) in fileID.utf8.enumerated() {
            let safe = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
                || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || (b == UInt8(ascii: ".") && i > 0)
            if safe {
                out.append(b)
            } else {
                let hex = Array("0123456789ABCDEF".utf8)
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self) + "." + md5
    }

    static func name(of file: StoredFile) -> String { name(fileID: file.id, md5: file.md5) }

    /// Makes sure `name` holds `bytes` on disk; answers whether it had to write (then the
    /// directory must be synced before the record that needs it is appended).
    func ensure(_ name: String, bytes: [UInt8]) throws -> Bool {
        let known = inventory.withLock { inv -> Bool in
            inv.recent.insert(name)
            return inv.present.contains(name)
        }
        if known { return false }
        // Two records may need the same new file at once (an upload, then a write that touches
        // its record): each writes its own temporary file, and the renames give the same bytes.
        let suffix = ".\(writes.add(1, ordering: .relaxed).newValue).tmp"
        try PosixFile.replace(directory + "/" + name, in: directory, syncDirectory: false, temporarySuffix: suffix) { fd, path in
            try PosixFile.write(fd, bytes, path: path)
        }
        inventory.withLock { _ = $0.present.insert(name) }
        return true
    }

    func syncDirectory() throws { try PosixFile.syncDirectory(directory) }

    func load(_ name: String) throws -> [UInt8]? { try PosixFile.read(directory + "/" + name) }

    /// A snapshot is being taken: names ensured from now on are kept by its collection.
    func beginGeneration() { inventory.withLock { $0.recent = [] } }

    /// Removes every file that neither `keep` (what a durable snapshot references) nor a write
    /// since `beginGeneration` needs. Answers how many went.
    @discardableResult
    func collectGarbage(keeping keep: Set<String>) throws -> Int {
        try inventory.withLock { inv in
            let victims = inv.present.subtracting(keep).subtracting(inv.recent)
            for name in victims {
                try PosixFile.remove(directory + "/" + name)
                inv.present.remove(name)
            }
            if !victims.isEmpty { try PosixFile.syncDirectory(directory) }
            return victims.count
        }
    }
}
