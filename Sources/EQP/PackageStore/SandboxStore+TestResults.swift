import Formats

/// The test-results endpoints (test-results.md).
extension SandboxStore {
    /// How a status request names its package.
    public enum PackageKey: Sendable {
        case submissionID(String)
        /// The latest version of the sku.
        case sku(String)
        case itemID(String)
    }

    /// `GET .../packages/:submission_id/status`, `/sku/:sku/status`, `/item/:item_id/status`:
    /// the summary of the package's tool runs.
    public func testResults(mageID: String, key: PackageKey) throws -> JSON {
        try withState { s, _ in ToolReports.summary(try s.packageRecord(key, owner: mageID).toolRuns) }
    }

    /// `GET .../packages/:submission_id/status/:tool/:run_id` (and `/rest/v1/:submission_id/...`).
    public func testResult(mageID: String, submissionID: String, tool: String, runID: String) throws -> JSON {
        try withState { s, _ in
            let record = try s.packageRecord(.submissionID(submissionID), owner: mageID)
            return try ToolReports.detail(tool: tool, runID: runID, runs: record.toolRuns, submissionID: submissionID,
                                          attachmentURL: Self.attachmentURL(submissionID: submissionID, tool: tool, runID: runID))
        }
    }

    /// Where a failed marketing or manual QA review's screenshots would be, in the form of
    /// test-results.md's example.
    static func attachmentURL(submissionID: String, tool: String, runID: String) -> String {
        "https://commercedeveloper-sandbox-static.adobe.com/user/attachments/\(submissionID)/\(tool)-\(runID).zip"
    }
}

extension SandboxState {
    func packageRecord(_ key: SandboxStore.PackageKey, owner: String) throws -> PackageRecord {
        switch key {
        case .submissionID(let id):
            if let r = packages.record(id, owner: owner) { return r }
            throw SandboxStore.packageNotFound("submission_id", id)
        case .itemID(let id):
            if let r = packages.record(itemID: id, owner: owner) { return r }
            throw SandboxStore.packageNotFound("item_id", id)
        case .sku(let sku):
            if let r = packages.versions(of: sku, owner: owner).last { return r }
            throw SandboxStore.packageNotFound("sku", sku)
        }
    }
}
