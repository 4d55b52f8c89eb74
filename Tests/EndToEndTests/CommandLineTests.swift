import Glibc
import TestSupport
import XCTest

/// The binary as a harness uses it: start with --port 0, read the ready line, talk HTTP,
/// stop with SIGTERM.
final class CommandLineTests: XCTestCase {
    func testReadyLineHealthAndCleanExitOnSIGTERM() throws {
        let sandbox = try SandboxProcess()
        XCTAssertGreaterThan(sandbox.port, 0)
        let c = try TestConnection(port: sandbox.port)
        let r = try c.request("GET", "/_sandbox/health")
        XCTAssertEqual(r.status.code, 200)
        XCTAssertEqual(r.bodyText, #"{"status":"ok"}"#)
        XCTAssertEqual(sandbox.stop(), 0)
    }

    func testSIGINTAlsoExitsZero() throws {
        let sandbox = try SandboxProcess()
        XCTAssertEqual(sandbox.stop(signal: SIGINT), 0)
    }

    func testEnvironmentVariableSetsThePort() throws {
        let sandbox = try SandboxProcess(arguments: [], environment: ["EQP_SANDBOX_PORT": "0"])
        XCTAssertGreaterThan(sandbox.port, 0)
        XCTAssertEqual(sandbox.stop(), 0)
    }

    func testPortInUseIsAClearError() throws {
        let first = try SandboxProcess()
        let result = try SandboxProcess.run(["--port", String(first.port)])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("already in use"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        first.stop()
    }

    func testBadFlagsExitNonZeroWithAReason() throws {
        let cases: [([String], String)] = [
            (["--bogus"], "unknown option '--bogus'"),
            (["--port", "http"], "--port expects"),
            (["--port", "70000"], "--port expects 0 to 65535"),
            (["--port"], "--port needs a value"),
            (["--max-body-bytes", "-5"], "--max-body-bytes expects"),
            (["--idle-timeout", "0"], "--idle-timeout expects"),
        ]
        for (args, expected) in cases {
            let r = try SandboxProcess.run(args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.stderr.contains(expected), "\(args): \(r.stderr)")
        }
        let env = try SandboxProcess.run([], environment: ["EQP_SANDBOX_PORT": "nope"])
        XCTAssertEqual(env.status, 2)
        XCTAssertTrue(env.stderr.contains("EQP_SANDBOX_PORT"), env.stderr)
    }

    func testHelpExplainsEveryOptionAndVersionPrints() throws {
        let help = try SandboxProcess.run(["--help"])
        XCTAssertEqual(help.status, 0)
        for needle in ["--host", "--port", "--seed-data", "--max-body-bytes", "--header-timeout", "EQP_SANDBOX_PORT", "listening on"] {
            XCTAssertTrue(help.stdout.contains(needle), needle)
        }
        let version = try SandboxProcess.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("eqp-sandbox "))
    }
}

final class HealthCheckCommandTests: XCTestCase {
    func testHealthcheckSubcommandProbesARunningSandbox() throws {
        let sandbox = try SandboxProcess()
        let ok = try SandboxProcess.run(["healthcheck", "--port", String(sandbox.port)])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("ok"))
        let viaEnv = try SandboxProcess.run(["healthcheck"], environment: ["EQP_SANDBOX_PORT": String(sandbox.port), "EQP_SANDBOX_HOST": "0.0.0.0"])
        XCTAssertEqual(viaEnv.status, 0, viaEnv.stderr)
        let port = sandbox.port
        sandbox.stop()
        let down = try SandboxProcess.run(["healthcheck", "--port", String(port)])
        XCTAssertEqual(down.status, 1)
        XCTAssertTrue(down.stderr.contains("unreachable"), down.stderr)
    }
}
