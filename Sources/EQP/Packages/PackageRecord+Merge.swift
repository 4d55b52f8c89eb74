import Formats

extension PackageRecord {
    /// The names of the item's fields whose value differs from what is stored, for
    /// `ReviewFlow.applyUpdate`: a client that PUTs back a whole GET response only "changes"
    /// what it edited. A null for an absent field is no change.
    public func changedFields(_ item: ValidatedPackageItem) -> [String] {
        var names: [String] = []
        for (name, value) in item.fields {
            let stored = fields[name]
            if value.isNull ? stored != nil : stored != value { names.append(name) }
        }
        if let id = item.itemID, id != itemID { names.append("item_id") }
        if let v = item.version, v != version { names.append("version") }
        return names
    }

    /// Applies the item's fields: top-level fields are replaced whole (a PUT acts as a PATCH of
    /// top-level fields; `browsers` "overwrites all previously stored compatibility rules"),
    /// null clears a field.
    public mutating func merge(_ item: ValidatedPackageItem, now: Int) {
        for (name, value) in item.fields {
            // JSON is nil-literal expressible: spell out the Optional to remove the member.
            fields[name] = value.isNull ? Optional<JSON>.none : value
        }
        if let id = item.itemID { itemID = id }
        if let v = item.version { version = v }
        modifiedAt = now
    }

    /// The fields a new version of this package's sku starts with (SANDBOX-NOTES.md: fields a
    /// new-version POST leaves out carry over from the latest version).
    public func carryOver() -> JSONObject {
        var out = JSONObject()
        for name in PackageSchema.carriedOverFields { if let v = fields[name] { out.append(name, v) } }
        return out
    }

    /// Records one review step: the new status, the tool runs (one run id per step, from
    /// `nextRunID`), and launch dates when the step releases the version. `reports` are detail
    /// `reports` the control API decided for some tools' runs.
    public mutating func record(_ step: ReviewStep, at now: Int, reports: [ReviewTool: JSON] = [:], nextRunID: () -> String) {
        status = step.status
        modifiedAt = now
        if !step.toolResults.isEmpty {
            let id = nextRunID()
            for result in step.toolResults {
                toolRuns.append(ToolRun(id: id, tool: result.tool, status: result.status, date: now, sku: sku ?? "",
                                        version: version ?? "", platform: platform ?? "M2", compatibility: compatibility,
                                        reports: reports[result.tool]))
            }
        }
        if step.releases {
            if originalLaunchDate == nil { originalLaunchDate = now }
            latestLaunchDate = now
        }
    }
}
