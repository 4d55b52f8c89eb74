import Formats

/// The review tools of test-results.md, by their `name`.
public enum ReviewTool: String, Sendable, CaseIterable, Codable {
    /// Copy-Paste Detector: production-like mode only; summary only.
    case phpcpd
    case phpcs
    case varnish
    /// Manual technical QA: production-like mode only.
    case manualQA = "manual_qa"
    case marketing
}

/// A tool's result as the summary reports it: "`pass`, `fail`, `error`, or `needs_review`".
public enum ToolRunStatus: String, Sendable, CaseIterable, Codable {
    case pass, fail, error
    case needsReview = "needs_review"

    /// Whether the flow may go on: `needs_review` lets it pass (for marketing it means
    /// `approved_with_modifications_pending`).
    public var passes: Bool { self == .pass || self == .needsReview }

    /// The upper-case form of the detail documents: `PASS`, `FAIL`, `ERROR`, `NEEDS_REVIEW`.
    public var detailValue: String { rawValue.uppercased() }
}

/// The edition and Magento versions of one `version_compatibility` entry.
public struct MagentoCompatibility: Sendable, Equatable, Codable {
    public var edition: String
    public var versions: [String]

    public init(edition: String, versions: [String]) {
        self.edition = edition
        self.versions = versions
    }

    /// Reads `version_compatibility`, skipping malformed entries.
    public static func list(from json: JSON?) -> [MagentoCompatibility] {
        (json?.arrayValue ?? []).compactMap { entry in
            guard let edition = entry["edition"]?.stringValue else { return nil }
            return MagentoCompatibility(edition: edition,
                                        versions: (entry["versions"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
    }
}

/// One run of one tool on one package version, as the store keeps it. The package facts the
/// reports need are copied in at run time, so later edits do not rewrite old reports.
public struct ToolRun: Sendable, Equatable, Codable {
    /// `tool_run_id`: a string, shared by the tools of one automated run (test-results.md shows
    /// phpcpd, phpcs and varnish all with run "5").
    public var id: String
    public var tool: ReviewTool
    public var status: ToolRunStatus
    /// Seconds since the epoch.
    public var date: Int
    public var sku: String
    public var version: String
    public var platform: String
    public var compatibility: [MagentoCompatibility]
    /// A detail document's `reports` given as is (seed data reproducing the docs' examples);
    /// nil builds them from the run.
    public var reports: JSON?
    /// Whether the summary at `.../status` lists the run (seed data may keep the docs'
    /// illustrative failure reports reachable by detail path only).
    public var listed: Bool

    public init(id: String, tool: ReviewTool, status: ToolRunStatus, date: Int, sku: String, version: String,
                platform: String, compatibility: [MagentoCompatibility], reports: JSON? = nil, listed: Bool = true) {
        self.reports = reports
        self.listed = listed
        self.id = id
        self.tool = tool
        self.status = status
        self.date = date
        self.sku = sku
        self.version = version
        self.platform = platform
        self.compatibility = compatibility
    }

    /// `acme` of `acme/one-click-checkout`; empty when the sku has no vendor part.
    public var vendor: String {
        guard let slash = sku.firstIndex(of: "/") else { return "" }
        return String(sku[..<slash])
    }

    /// `one-click-checkout` of `acme/one-click-checkout`.
    public var extensionName: String {
        guard let slash = sku.firstIndex(of: "/") else { return sku }
        return String(sku[sku.index(after: slash)...])
    }
}
