import Formats

extension PackageRecord {
    /// This package as a seed-data entry, which `SeedPackages.parse` reads back (state export).
    var seedJSON: JSON {
        var o = JSONObject()
        o.append("owner", .string(ownerMageID))
        o.append("submission_id", .string(submissionID))
        if let itemID { o.append("item_id", .string(itemID)) }
        if let sku { o.append("sku", .string(sku)) }
        if let version { o.append("version", .string(version)) }
        for (name, value) in fields { o.append(name, value) }
        o.append("eqp_status", status.json)
        o.append("created_at", .string(UTCTimestamp.format(createdAt)))
        o.append("modified_at", .string(UTCTimestamp.format(modifiedAt)))
        if let t = originalLaunchDate { o.append("original_launch_date", .string(UTCTimestamp.format(t))) }
        if let t = latestLaunchDate { o.append("latest_launch_date", .string(UTCTimestamp.format(t))) }
        o.append("tool_runs", .array(toolRuns.map { run in
            var r = JSONObject()
            r.append("tool_run_id", .string(run.id))
            r.append("name", .string(run.tool.rawValue))
            r.append("status", .string(run.status.rawValue))
            r.append("date", .string(UTCTimestamp.format(run.date)))
            if let reports = run.reports { r.append("reports", reports) }
            if !run.listed { r.append("in_summary", false) }
            return .object(r)
        }))
        return .object(o)
    }
}
