import Formats

/// User reports (users.md, "User reports") and marketplace metrics (reports.md), served as
/// seed data defines them.
extension SandboxStore {
    /// `GET /rest/v1/users/:mage_id/reports/{pageviews,totals,sales,refunds}`.
    public func userReport(mageID: String, kind: UserReportKind, page: PageRequest) throws -> Page<JSON> {
        try withState { s, _ in page.apply(try s.user(mageID).reports[kind]) }
    }

    /// `GET /rest/v1/reports/metrics`: the metrics there are, without their records.
    public func metrics(page: PageRequest) -> Page<Metric> {
        read { s, _ in page.apply(s.metrics) }
    }

    /// `GET /rest/v1/reports/metrics/:metric_name`: that metric's records; unknown names are 404.
    public func metricRecords(name: String, page: PageRequest) throws -> Page<JSON> {
        try withState { s, _ in
            guard let metric = s.metrics.first(where: { $0.name == name }) else {
                let available = s.metrics.map(\.name)
                throw EQPErrorDefinition.unknownMetric.error(["name": name, "available": available.isEmpty ? "none" : available.joined(separator: ", ")])
            }
            return page.apply(metric.records)
        }
    }
}
