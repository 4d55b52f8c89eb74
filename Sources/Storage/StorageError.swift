import Glibc

/// A failed file-system call: which call, on which path, and the errno text.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32

    public init(_ operation: String, _ path: String, errno code: Int32 = Glibc.errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var description: String {
        "\(operation) \(path) failed: \(String(cString: strerror(code))) (errno \(code))"
    }
}
