import Glibc

/// The few POSIX file operations durable state needs, each retrying EINTR and throwing a
/// `StorageError` naming the call and the path.
public enum PosixFile {
    /// The whole file, or nil when it does not exist.
    public static func read(_ path: String) throws -> [UInt8]? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StorageError("open", path)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StorageError("fstat", path) }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError("read", path)
            }
            if n == 0 { break }
            done += n
        }
        if done < out.count { out.removeSubrange(done...) }
        return out
    }

    /// Opens (creating with mode 0644 when asked) and answers the descriptor.
    public static func open(_ path: String, flags: Int32) throws -> Int32 {
        let fd = Glibc.open(path, flags | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StorageError("open", path) }
        return fd
    }

    /// Writes all of `bytes` at the descriptor's position.
    public static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError("write", path)
            }
            done += n
        }
    }

    public static func write(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { try write(fd, $0, path: path) }
    }

    /// Data and metadata on stable storage (fdatasync would do for appends, but a new file's
    /// size must be durable too).
    public static func sync(_ fd: Int32, path: String) throws {
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw StorageError("fsync", path)
        }
    }

    /// Makes renames, creations and removals inside `directory` durable.
    public static func syncDirectory(_ directory: String) throws {
        let fd = Glibc.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError("open", directory) }
        defer { close(fd) }
        try sync(fd, path: directory)
    }

    /// Writes `path` so that it is either the old or the whole new content after a crash:
    /// `path.tmp`, fsync, rename, fsync the directory (the last one left to the caller when
    /// `syncDirectory` is false, to batch several).
    /// `temporarySuffix` must differ between writers that may replace the same path at once.
    public static func replace(_ path: String, in directory: String, syncDirectory syncDir: Bool = true,
                               temporarySuffix: String = ".tmp",
                               write body: (_ fd: Int32, _ path: String) throws -> Void) throws {
        let tmp = path + temporarySuffix
        let fd = try open(tmp, flags: O_WRONLY | O_CREAT | O_TRUNC)
        do {
            try body(fd, tmp)
            try sync(fd, path: tmp)
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        close(fd)
        guard rename(tmp, path) == 0 else { throw StorageError("rename", tmp) }
        if syncDir { try syncDirectory(directory) }
    }

    /// Creates the directory unless it exists.
    public static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw StorageError("mkdir", path) }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { throw StorageError("mkdir", path, errno: ENOTDIR) }
    }

    /// Names in `directory` (not `.` and `..`).
    public static func list(_ directory: String) throws -> [String] {
        guard let dir = opendir(directory) else { throw StorageError("opendir", directory) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public static func remove(_ path: String) throws {
        if unlink(path) != 0 && errno != ENOENT { throw StorageError("unlink", path) }
    }

    /// Cuts the file to `length` bytes and makes that durable.
    public static func truncate(_ path: String, to length: Int) throws {
        let fd = try open(path, flags: O_WRONLY)
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0 else { throw StorageError("ftruncate", path) }
        try sync(fd, path: path)
    }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }
}
