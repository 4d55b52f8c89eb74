@testable import EQP
import Formats
import XCTest

/// The documents of test-results.md, compared with its examples field for field.
final class ToolReportsTests: XCTestCase {
    static let summaryExample = #"""
    [
        { "tool_run_id": "5", "name": "phpcpd", "status": "pass", "date": "2020-01-07 18:43:32" },
        { "tool_run_id": "5", "name": "phpcs", "status": "pass", "date": "2020-01-07 18:52:25" },
        { "tool_run_id": "5", "name": "varnish", "status": "pass", "date": "2020-01-07 18:45:03" },
        { "tool_run_id": "6", "name": "marketing", "status": "fail", "date": "2020-01-08 16:57:55" }
    ]
    """#

    static let marketingExample = #"""
    {
        "tool": "marketing",
        "status": "FAIL",
        "reports": {
            "tool": "marketing",
            "vendor": "acme",
            "extension": "one-click-checkout",
            "version" : "1.1.5",
            "status": "FAIL",
            "date": "2020-01-08 16:57:55",
            "details": {
                "reasons": ["Long Description: Your extension long description contains several errors. View marketing review guidelines..."],
                "message": "Please correct grammar and spelling issues. See attached screenshots for more information.",
                "attachment": "https://commercedeveloper-sandbox-static.adobe.com/user/attachments/ha/8d/ha8d83d9482un439d8s09xnc88/prv/jj/t1/jjt18m0u38ru0v4v8y76q5e2xre5vrecz/spelling.zip"
            }
        }
    }
    """#

    static let manualQAExample = #"""
    {
      "tool": "manual_qa",
      "status": "FAIL",
      "reports": {
        "tool": "manual_qa",
        "vendor": "acme",
        "extension": "one-click-checkout",
        "version": "1.1.5",
        "status": "FAIL",
        "date": "2020-01-14 07:21:57",
        "details": {
          "reasons": ["Tech: Your extension does not function as described in the user guide."],
          "message": "Missing feature - your extension was missing a feature when tested on Magento 2.2.3. See attached screenshots for more information.",
          "attachment": "https://commercedeveloper-sandbox-static.adobe.com/user/attachments/ha/8d/ha8d83d9482un439d8s09xnc88/prv/jj/t1/jjt18m0u38ru0v4v8y76q5e2xre5vrecz/missing_feature.zip"
        }
      }
    }
    """#

    static let phpcsExample = #"""
    {
        "tool": "phpcs",
        "status": "FAIL",
        "reports": [
            {
                "tool": "phpcs",
                "vendor": "acme",
                "extension": "one-click-checkout",
                "version" : "1.1.5",
                "php_version" : "7.1.16",
                "status": "FAIL",
                "date": "2020-01-07 18:52:25",
                "details": {
                    "totals": { "errors": 1, "warnings": 0, "fixable": 0 },
                    "files": {
                        "\/eqp-automation\/temp\/acme\/one-click-checkout\/acme-one-click-checkout-1.1.5\/registration.php": {
                            "errors": 1,
                            "warnings": 0,
                            "messages": [
                                {
                                    "message": "\"resource\" is a reserved word in PHP 7",
                                    "source": "MEQP2.NamingConventions.ReservedWords.FoundReservedWord",
                                    "severity": 10,
                                    "type": "ERROR",
                                    "line": 3,
                                    "column": 36,
                                    "fixable": false
                                }
                            ]
                        }
                    }
                }
            },
            {
                "tool": "phpcs",
                "vendor": "acme",
                "extension": "one-click-checkout",
                "version" : "1.1.5",
                "php_version" : "5.6.38",
                "status": "PASS",
                "date": "2020-01-07 18:52:25",
                "details": {
                    "totals": { "errors": 0, "warnings": 0, "fixable": 0 },
                    "files": {
                      "\/eqp-automation\/temp\/acme\/one-click-checkout\/acme-one-click-checkout-1.1.5\/registration.php": {
                            "errors": 0,
                            "warnings": 0,
                            "messages": []
                        }
                    }
                }
            }
        ]
    }
    """#

    /// The varnish example without its "..." placeholders.
    static let varnishExample = #"""
    {
        "tool" : "varnish",
        "status" : "FAIL",
        "reports" : [
            {
                "tool": "varnish",
                "vendor": "acme",
                "extension": "one-click-checkout",
                "version": "1.1.5",
                "magento_platform" : "M2",
                "magento_edition" : "CE",
                "magento_version" : "2.2.3",
                "php_version" : "7.1.16",
                "status": "FAIL",
                "date": "2020-01-07 19:45:42",
                "details" : [
                    { "command": "composer require acme\/one-click-checkout:1.1.5 2>&1", "output" : "<string output of composer require command goes here>" },
                    { "command": "php bin\/magento setup:upgrade", "output" : "<string output of setup:upgrade command goes here>" }
                ]
            }
        ]
    }
    """#

    func run(_ id: String, _ tool: ReviewTool, _ status: ToolRunStatus, _ date: String,
             compatibility: [MagentoCompatibility] = [MagentoCompatibility(edition: "CE", versions: ["2.2.3"])]) -> ToolRun {
        ToolRun(id: id, tool: tool, status: status, date: UTCTimestamp.parse(date)!, sku: "acme/one-click-checkout",
                version: "1.1.5", platform: "M2", compatibility: compatibility)
    }

    func testSummaryMatchesTheExample() throws {
        let runs = [run("5", .phpcpd, .pass, "2020-01-07 18:43:32"), run("5", .phpcs, .pass, "2020-01-07 18:52:25"),
                    run("5", .varnish, .pass, "2020-01-07 18:45:03"), run("6", .marketing, .fail, "2020-01-08 16:57:55")]
        XCTAssertEqual(ToolReports.summary(runs), try JSON.parse(Self.summaryExample))
        XCTAssertEqual(ToolReports.summary([]), [])
    }

    func testMarketingAndManualQAReportsMatchTheExamples() throws {
        let marketing = try JSON.parse(Self.marketingExample)
        let attachment = marketing["reports"]!["details"]!["attachment"]!.stringValue!
        XCTAssertEqual(ToolReports.detail(run("6", .marketing, .fail, "2020-01-08 16:57:55"), attachmentURL: attachment), marketing)

        let manual = try JSON.parse(Self.manualQAExample)
        let manualAttachment = manual["reports"]!["details"]!["attachment"]!.stringValue!
        XCTAssertEqual(ToolReports.detail(run("9", .manualQA, .fail, "2020-01-14 07:21:57"), attachmentURL: manualAttachment), manual)

        let passed = ToolReports.detail(run("7", .marketing, .pass, "2020-01-09 10:00:00"), attachmentURL: "ignored")
        XCTAssertEqual(jsonShape(passed), jsonShape(marketing).replacingOccurrences(of: "reasons:[string]", with: "reasons:[]"))
        XCTAssertEqual(passed["status"], "PASS")
        XCTAssertEqual(passed["reports"]?["details"]?["attachment"], "")
    }

    func testPhpcsReportsMatchTheExample() throws {
        let example = try JSON.parse(Self.phpcsExample)
        // Magento 2.1 runs on PHP 7.0 and 5.6: one failing PHP 7 report, one passing PHP 5 report.
        let generated = ToolReports.detail(run("8", .phpcs, .fail, "2020-01-07 18:52:25",
                                               compatibility: [MagentoCompatibility(edition: "CE", versions: ["2.1"])]))
        XCTAssertEqual(jsonShape(generated), jsonShape(example))
        let reports = try XCTUnwrap(generated["reports"]?.arrayValue), documented = try XCTUnwrap(example["reports"]?.arrayValue)
        XCTAssertEqual(reports.count, 2)
        for (mine, theirs) in zip(reports, documented) {
            XCTAssertEqual(jsonShape(mine), jsonShape(theirs))
            var a = mine.objectValue!, b = theirs.objectValue!
            a["php_version"] = nil
            b["php_version"] = nil
            XCTAssertEqual(JSON.object(a), JSON.object(b))
        }
        XCTAssertEqual(reports.map { $0["php_version"] }, ["7.0.33", "5.6.40"])
        XCTAssertEqual(generated["status"], "FAIL")
    }

    func testPhpcsRunsOncePerPHPVersion() {
        let passing = ToolReports.detail(run("5", .phpcs, .pass, "2020-01-07 18:52:25", compatibility: [
            MagentoCompatibility(edition: "CE", versions: ["2.3", "2.4"]), MagentoCompatibility(edition: "EE", versions: ["2.4"]),
        ]))
        let reports = passing["reports"]?.arrayValue ?? []
        XCTAssertEqual(reports.compactMap { $0["php_version"]?.stringValue }, ["8.3.6", "8.2.18", "7.4.33", "7.3.33"])
        XCTAssertTrue(reports.allSatisfy { $0["status"] == "PASS" && $0["details"]?["totals"]?["errors"] == 0 })
        // All-modern PHP: every environment fails.
        let failing = ToolReports.detail(run("5", .phpcs, .fail, "2020-01-07 18:52:25",
                                             compatibility: [MagentoCompatibility(edition: "CE", versions: ["2.4"])]))
        XCTAssertTrue((failing["reports"]?.arrayValue ?? []).allSatisfy { $0["status"] == "FAIL" })
    }

    func testVarnishReportsMatchTheExample() throws {
        let example = try JSON.parse(Self.varnishExample)
        let generated = ToolReports.detail(run("8", .varnish, .fail, "2020-01-07 19:45:42", compatibility: [
            MagentoCompatibility(edition: "CE", versions: ["2.2.3"]), MagentoCompatibility(edition: "EE", versions: ["2.2.3"]),
            MagentoCompatibility(edition: "ECE", versions: ["2.2.3"]),
        ]))
        XCTAssertEqual(jsonShape(generated), jsonShape(example))
        let reports = try XCTUnwrap(generated["reports"]?.arrayValue)
        // 2.2.3 × {CE, EE (ECE is tested as EE)} × {PHP 7.0, 7.1}.
        XCTAssertEqual(reports.map { "\($0["magento_version"]!.stringValue!) \($0["magento_edition"]!.stringValue!) \($0["php_version"]!.stringValue!)" },
                       ["2.2.3 CE 7.0.33", "2.2.3 CE 7.1.33", "2.2.3 EE 7.0.33", "2.2.3 EE 7.1.33"])
        let first = reports[0]
        for key in ["tool", "vendor", "extension", "version", "magento_platform", "magento_edition", "magento_version", "status"] {
            XCTAssertEqual(first[key], example["reports"]?.arrayValue?.first?[key], key)
        }
        let steps = try XCTUnwrap(first["details"]?.arrayValue)
        XCTAssertEqual(steps.first?["command"], "composer require acme/one-click-checkout:1.1.5 2>&1")
        // "The last command/output step in the details section is the command that failed."
        XCTAssertTrue(steps.last?["output"]?.stringValue?.contains("MISS\n") ?? false)
        let passed = ToolReports.detail(run("5", .varnish, .pass, "2020-01-07 18:45:03"))
        XCTAssertEqual(passed["reports"]?.arrayValue?.first?["details"]?.arrayValue?.last?["output"], "X-Magento-Cache-Debug: HIT")
        XCTAssertEqual(passed["status"], "PASS")
    }

    func testDetailLookupErrors() throws {
        let runs = [run("5", .phpcpd, .pass, "2020-01-07 18:43:32"), run("5", .phpcs, .pass, "2020-01-07 18:52:25"),
                    run("6", .marketing, .fail, "2020-01-08 16:57:55")]
        XCTAssertEqual(try ToolReports.detail(tool: "phpcs", runID: "5", runs: runs, submissionID: "f4eacd72be")["tool"], "phpcs")
        assertPackageError(1233, "Copy-Paste Detector (phpcpd) reports cannot be requested; only the summary at .../status is available") {
            try ToolReports.detail(tool: "phpcpd", runID: "5", runs: runs, submissionID: "f4eacd72be")
        }
        assertPackageError(1232, "No review tool named 'eslint'; reports exist for phpcs, varnish, marketing and manual_qa") {
            try ToolReports.detail(tool: "eslint", runID: "5", runs: runs, submissionID: "f4eacd72be")
        }
        let missing = assertPackageError(1234, "No marketing run '5' for submission f4eacd72be; GET .../packages/f4eacd72be/status lists the runs") {
            try ToolReports.detail(tool: "marketing", runID: "5", runs: runs, submissionID: "f4eacd72be")
        }
        XCTAssertEqual(missing?.status, 404)
    }

    func testVendorAndExtensionComeFromTheSku() {
        var r = run("1", .marketing, .pass, "2020-01-01 00:00:00")
        XCTAssertEqual(r.vendor, "acme")
        XCTAssertEqual(r.extensionName, "one-click-checkout")
        r.sku = "legacy_module"
        XCTAssertEqual(r.vendor, "")
        XCTAssertEqual(r.extensionName, "legacy_module")
    }
}
