import Formats

extension ToolReports {
    /// One phpcs report per PHP version (test-results.md, "Code Sniffer (PHPCS)"). A failing
    /// run flags the sniff of the documented example on every PHP 7+ environment (on all of them
    /// when none is PHP 7+); the others pass.
    static func phpcsReports(_ run: ToolRun) -> [JSON] {
        let phpVersions = MagentoPHPVersions.php(for: run.compatibility)
        let modern = phpVersions.filter { (PackageText.versionComponents($0).first ?? 0) >= 7 }
        let failing = run.status.passes ? [] : (modern.isEmpty ? phpVersions : modern)
        return phpVersions.map { php in
            let fails = failing.contains(php)
            var o = reportHeader(run)
            o.append("php_version", .string(php))
            o.append("status", .string(fails ? run.status.detailValue : (run.status == .needsReview ? "NEEDS_REVIEW" : "PASS")))
            o.append("date", .string(UTCTimestamp.format(run.date)))
            o.append("details", phpcsDetails(run, failing: fails))
            return .object(o)
        }
    }

    /// `{"totals": {...}, "files": {path: {"errors", "warnings", "messages"}}}`.
    static func phpcsDetails(_ run: ToolRun, failing: Bool) -> JSON {
        let messages: [JSON] = failing ? [phpcsMessage] : []
        var totals = JSONObject()
        totals.append("errors", .int(messages.count))
        totals.append("warnings", 0)
        totals.append("fixable", 0)
        var file = JSONObject()
        file.append("errors", .int(messages.count))
        file.append("warnings", 0)
        file.append("messages", .array(messages))
        var files = JSONObject()
        files.append(scannedFile(run), .object(file))
        var o = JSONObject()
        o.append("totals", .object(totals))
        o.append("files", .object(files))
        return .object(o)
    }

    /// Where the automation unpacks the package, as in the documented example.
    static func scannedFile(_ run: ToolRun) -> String {
        "/eqp-automation/temp/\(run.vendor)/\(run.extensionName)/\(run.vendor)-\(run.extensionName)-\(run.version)/registration.php"
    }

    static let phpcsMessage: JSON = {
        var m = JSONObject()
        m.append("message", "\"resource\" is a reserved word in PHP 7")
        m.append("source", "MEQP2.NamingConventions.ReservedWords.FoundReservedWord")
        m.append("severity", 10)
        m.append("type", "ERROR")
        m.append("line", 3)
        m.append("column", 36)
        m.append("fixable", false)
        return .object(m)
    }()
}
