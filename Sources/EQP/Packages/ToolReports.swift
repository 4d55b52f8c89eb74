import Formats

/// The documents of test-results.md, built from a package's `ToolRun`s.
public enum ToolReports {
    /// `GET .../status`: `[{"tool_run_id": "5", "name": "phpcs", "status": "pass", "date": ...}, ...]`
    /// in run order.
    public static func summary(_ runs: [ToolRun]) -> JSON {
        .array(runs.filter(\.listed).map(summaryEntry))
    }

    public static func summaryEntry(_ run: ToolRun) -> JSON {
        var o = JSONObject()
        o.append("tool_run_id", .string(run.id))
        o.append("name", .string(run.tool.rawValue))
        o.append("status", .string(run.status.rawValue))
        o.append("date", .string(UTCTimestamp.format(run.date)))
        return .object(o)
    }

    /// `GET .../status/:tool_name/:tool_run_id`, or 1232 (unknown tool), 1233 (phpcpd: "reports
    /// cannot be directly requested"), 1234 (no such run). `attachmentURL` goes into failed
    /// marketing and manual QA reports.
    public static func detail(tool name: String, runID: String, runs: [ToolRun], submissionID: String,
                              attachmentURL: String = "") throws -> JSON {
        guard let tool = ReviewTool(rawValue: name) else {
            throw EQPErrorDefinition.unknownReviewTool.error(["tool": name])
        }
        if tool == .phpcpd { throw EQPErrorDefinition.phpcpdReportUnavailable.error() }
        guard let run = runs.last(where: { $0.tool == tool && $0.id == runID }) else {
            throw EQPErrorDefinition.toolRunNotFound.error(
                ["tool": name, "tool_run_id": runID, "submission_id": submissionID])
        }
        return detail(run, attachmentURL: attachmentURL)
    }

    /// The detail document of one run: `{"tool", "status", "reports"}`, where `reports` is an
    /// array for phpcs and varnish (one entry per environment) and a single object for marketing
    /// and manual_qa, as the examples show. phpcpd, which has no detail, gets an empty array.
    public static func detail(_ run: ToolRun, attachmentURL: String = "") -> JSON {
        var reports: JSON
        switch run.tool {
        case .phpcs: reports = .array(phpcsReports(run))
        case .varnish: reports = .array(varnishReports(run))
        case .marketing, .manualQA: reports = reviewReport(run, attachmentURL: attachmentURL)
        case .phpcpd: reports = .array([])
        }
        if let given = run.reports { reports = given }
        var o = JSONObject()
        o.append("tool", .string(run.tool.rawValue))
        o.append("status", .string(run.status.detailValue))
        o.append("reports", reports)
        return .object(o)
    }

    /// The members every report starts with: tool, vendor, extension, version.
    static func reportHeader(_ run: ToolRun) -> JSONObject {
        var o = JSONObject()
        o.append("tool", .string(run.tool.rawValue))
        o.append("vendor", .string(run.vendor))
        o.append("extension", .string(run.extensionName))
        o.append("version", .string(run.version))
        return o
    }
}
