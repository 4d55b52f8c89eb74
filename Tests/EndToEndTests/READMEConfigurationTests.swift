import Foundation
import TestSupport
import XCTest

/// The README's configuration table and `--help` come from different places; this keeps them
/// from drifting apart.
final class READMEConfigurationTests: XCTestCase {
    func testEveryOptionInHelpIsInTheREADME() throws {
        let help = try SandboxProcess.run(["--help"]).stdout
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        var flags: [String] = []
        var variables: [String] = []
        for line in help.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("--"), let flag = t.split(separator: " ").first { flags.append(String(flag)) }
            if t.hasPrefix("env: "), let v = t.dropFirst(5).split(separator: " ").first { variables.append(String(v)) }
        }
        XCTAssertGreaterThan(flags.count, 10)
        for f in flags { XCTAssertTrue(readme.contains("`\(f)"), "README.md does not document \(f)") }
        for v in variables { XCTAssertTrue(readme.contains(v), "README.md does not name \(v)") }
    }
}
