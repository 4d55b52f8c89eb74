import Formats

/// The per-user reports of users.md ("User reports"). Their record shapes are not documented,
/// so seed data defines them (SANDBOX-NOTES.md, "Reports").
public enum UserReportKind: String, Sendable, CaseIterable, Codable, CodingKeyRepresentable {
    case pageviews, totals, sales, refunds
}

/// A user's report records, by kind; empty by default, as in the real sandbox (sandbox.md).
public struct UserReports: Sendable, Equatable, Codable {
    public var records: [UserReportKind: [JSON]] = [:]
    public init() {}
    public subscript(kind: UserReportKind) -> [JSON] {
        get { records[kind] ?? [] }
        set { records[kind] = newValue }
    }
}

/// A marketplace metric (reports.md, "Marketplace Reports"), defined by seed data.
public struct Metric: Sendable, Equatable, Codable {
    public var name: String
    public var description: String
    public var records: [JSON]

    public init(name: String, description: String, records: [JSON]) {
        self.name = name
        self.description = description
        self.records = records
    }

    /// The entry `GET /rest/v1/reports/metrics` lists.
    public var summaryJSON: JSON {
        ["metric_name": .string(name), "description": .string(description), "record_count": .int(records.count)]
    }
}
