import Glibc

/// An exclusive `flock` on `DIR/lock`, held for the life of the process, so two sandboxes
/// never write one data folder.
public final class DirectoryLock: Sendable {
    public let path: String
    private let fd: Int32

    /// Takes the lock or throws a message naming the folder.
    public init(directory: String) throws {
        path = directory + "/lock"
        fd = try PosixFile.open(path, flags: O_RDWR | O_CREAT)
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw DirectoryInUse(directory: directory) }
            throw StorageError("flock", path, errno: code)
        }
    }

    deinit { close(fd) }
}

public struct DirectoryInUse: Error, CustomStringConvertible {
    public var directory: String
    public var description: String { "data folder \(directory) is in use by another eqp-sandbox process" }
}
