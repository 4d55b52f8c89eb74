import Foundation

/// Reads a child's stderr on its own thread as lines arrive, so a chatty sandbox (access logs
/// are on by default) never blocks on a full pipe, and tests can wait for a line to appear.
public final class StderrCollector: @unchecked Sendable {
    private let condition = NSCondition()
    private var bytes: [UInt8] = []
    private var closed = false

    public init(_ handle: FileHandle) {
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty { closed = true } else { bytes.append(contentsOf: chunk) }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }
        thread.name = "sandbox-stderr"
        thread.start()
    }

    /// Everything read so far.
    public var text: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The complete lines read so far.
    public var lines: [String] {
        var t = text
        if let last = t.lastIndex(of: "\n") { t = String(t[..<last]) } else { return [] }
        return t.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The first complete line matching `predicate`, waiting up to `timeout` seconds for it.
    public func waitForLine(timeout: TimeInterval = 5, where predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let line = lines.first(where: predicate) { return line }
            condition.lock()
            if closed { condition.unlock(); return lines.first(where: predicate) }
            let more = condition.wait(until: deadline)
            condition.unlock()
            if !more { return lines.first(where: predicate) }
        }
    }

    /// Waits for end of file (the process exited and closed stderr), then everything read.
    public func waitUntilClosed(timeout: TimeInterval = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        while !closed && condition.wait(until: deadline) {}
        condition.unlock()
        return text
    }
}
