import Formats

extension ToolReports {
    /// The single report of a marketing or manual QA review (test-results.md, "Marketing and
    /// Manual QA"): `details` holds reasons, message and attachment. Failures use the wording of
    /// the documented examples.
    static func reviewReport(_ run: ToolRun, attachmentURL: String) -> JSON {
        var o = reportHeader(run)
        o.append("status", .string(run.status.detailValue))
        o.append("date", .string(UTCTimestamp.format(run.date)))
        let (reasons, message) = reviewText(run)
        var details = JSONObject()
        details.append("reasons", .array(reasons.map { .string($0) }))
        details.append("message", .string(message))
        details.append("attachment", .string(run.status == .pass ? "" : attachmentURL))
        o.append("details", .object(details))
        return .object(o)
    }

    static func reviewText(_ run: ToolRun) -> (reasons: [String], message: String) {
        let magento = run.compatibility.first?.versions.first.map(MagentoPHPVersions.release(for:)) ?? "2.4.7"
        switch (run.tool, run.status) {
        case (.marketing, .pass):
            return ([], "Approved: the marketing content meets the Commerce Marketplace marketing review guidelines.")
        case (.marketing, .needsReview):
            return (["Images: Your gallery images should show the extension in use. View marketing review guidelines..."],
                    "Approved with modifications pending: please update the listed content with your next release.")
        case (.marketing, _):
            return (["Long Description: Your extension long description contains several errors. View marketing review guidelines..."],
                    "Please correct grammar and spelling issues. See attached screenshots for more information.")
        case (_, .pass):
            return ([], "Approved: the extension functions as described in the user guide when tested on Magento \(magento).")
        case (_, .needsReview):
            return (["Tech: Some settings are not described in the user guide."],
                    "Approved: please describe every configuration setting in the user guide of your next release.")
        default:
            return (["Tech: Your extension does not function as described in the user guide."],
                    "Missing feature - your extension was missing a feature when tested on Magento \(magento). See attached screenshots for more information.")
        }
    }
}
