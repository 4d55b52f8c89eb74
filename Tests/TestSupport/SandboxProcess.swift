import Foundation
import Glibc

/// The real `eqp-sandbox` binary started the way a test harness would: `--port 0`, then the
/// ready line on stdout gives the port (README, "Starting it from a test suite").
public final class SandboxProcess {
    public let process = Process()
    public let port: Int
    private let stdoutPipe = Pipe()
    private let stderrPipe = Pipe()
    /// stderr, drained as it comes (StderrCollector.swift).
    public private(set) var stderr: StderrCollector!

    /// The binary built next to the test bundle.
    public static var binaryPath: String {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // The XCTest bundle may be a directory (…/X.xctest/…); walk up until the binary is found.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("eqp-sandbox").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("eqp-sandbox").path
    }

    public init(arguments: [String] = ["--port", "0"], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: SandboxProcess.binaryPath)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("EQP_SANDBOX_") }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        try process.run()
        stderr = StderrCollector(stderrPipe.fileHandleForReading)
        // Block on the first stdout line: the process prints it only once it accepts connections.
        let handle = stdoutPipe.fileHandleForReading
        var line: [UInt8] = []
        while true {
            let byte = handle.readData(ofLength: 1)
            if byte.isEmpty { break }
            if byte[0] == 0x0A { break }
            line.append(byte[0])
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("eqp-sandbox listening on http://"), let colon = text.lastIndex(of: ":"),
              let p = Int(text[text.index(after: colon)...]) else {
            process.terminate()
            process.waitUntilExit()
            let err = stderr.waitUntilClosed()
            throw TestError("sandbox did not start: stdout '\(text)', stderr '\(err)'")
        }
        port = p
    }

    /// SIGTERM, then the exit status.
    @discardableResult
    public func stop(signal: Int32 = SIGTERM) -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    public func readStderr() -> String {
        stderr.waitUntilClosed()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Runs the binary to completion (for --help, bad flags): exit status and both outputs.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binaryPath)
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("EQP_SANDBOX_") }
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
