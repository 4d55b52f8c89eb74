import Formats

/// Reads the `packages` section of seed-data (seed-data/README.md, "Packages"): each entry is a
/// package as "Get package details" shows it (file references by `file_upload_id` only), plus
/// `owner` and `tool_runs`. Every problem names file, JSON path and problem.
enum SeedPackages {
    /// Members read here besides the package fields.
    static let sandboxKeys: Set<String> = [
        "owner", "submission_id", "eqp_status", "created_at", "modified_at", "original_launch_date",
        "latest_launch_date", "tool_runs",
    ]
    /// Read-only fields of the GET shape that are recomputed, so a GET response can be pasted in.
    static let recomputed: Set<String> = ["short_description", "actions_now_available", "max_version_launched", "is_patch"]
    static let runKeys = ["tool_run_id", "name", "status", "date", "reports", "in_summary"]

    static func parse(_ documents: [SeedPackageDocument], files: [SeedFile], users: [UserRecord]) throws -> [PackageRecord] {
        var records: [PackageRecord] = []
        var seen: [String: String] = [:]
        for (sequence, document) in documents.enumerated() {
            let doc = SeedDocument(file: document.file)
            let path = document.path
            guard case .object(let o) = document.value else {
                throw doc.fail(path, "a package must be an object, got \(document.value.typeName)")
            }
            let owner = try doc.string(o, "owner", path)
            guard users.contains(where: { $0.mageID == owner }) else {
                throw doc.fail(joinPath(path, "owner"), "no seed user '\(owner)'")
            }
            let id = try doc.string(o, "submission_id", path)
            if let other = seen[id] { throw doc.fail(joinPath(path, "submission_id"), "'\(id)' is already used by \(other)") }
            seen[id] = document.file + ": " + path
            let lookup = FileLookup(files.filter { $0.ownerMageID == owner }.map {
                ReferencedFile(fileUploadID: $0.id, filename: $0.filename, contentType: $0.contentType, size: $0.bytes.count,
                               malwareStatus: $0.status, fileHash: nil, url: "")
            })
            let item: ValidatedPackageItem
            do {
                item = try PackageValidator.validate(o, operation: .create, files: lookup)
            } catch let error as EQPError {
                throw doc.fail(path, error.message)
            }
            for name in item.ignoredFields where !sandboxKeys.contains(name) && !recomputed.contains(name) && !name.hasPrefix("_") {
                throw doc.fail(joinPath(path, name), "is not a package field (packages.md, \"Package fields\") nor one of \(sandboxKeys.sorted().joined(separator: ", "))")
            }
            let created = try doc.optionalTimestamp(o, "created_at", path) ?? 0
            var record = PackageRecord(submissionID: id, ownerMageID: owner, sequence: sequence, now: created, item: item)
            record.modifiedAt = try doc.optionalTimestamp(o, "modified_at", path) ?? created
            record.originalLaunchDate = try doc.optionalTimestamp(o, "original_launch_date", path)
            record.latestLaunchDate = try doc.optionalTimestamp(o, "latest_launch_date", path)
            if let status = o["eqp_status"] {
                guard let parsed = EQPStatus(json: status) else {
                    throw doc.fail(joinPath(path, "eqp_status"), "must be {\"overall\", \"technical\", \"marketing\"} with the values of packages.md")
                }
                record.status = parsed
            }
            if record.platform != "M1", record.sku == nil || record.version == nil,
               let fileID = record.artifactFileID, let file = files.first(where: { $0.id == fileID }),
               let manifest = try? ComposerManifest.read(fromZip: file.bytes) {
                record.sku = record.sku ?? manifest.name
                record.version = record.version ?? manifest.version
            }
            for (i, run) in try doc.array(o["tool_runs"], joinPath(path, "tool_runs")).enumerated() {
                record.toolRuns.append(try toolRun(run, path: indexPath(joinPath(path, "tool_runs"), i), doc: doc, record: record))
            }
            records.append(record)
        }
        return records
    }

    static func toolRun(_ value: JSON, path: String, doc: SeedDocument, record: PackageRecord) throws -> ToolRun {
        let o = try doc.object(value, path, allowed: runKeys)
        let id = try doc.string(o, "tool_run_id", path)
        let name = try doc.string(o, "name", path)
        guard let tool = ReviewTool(rawValue: name) else {
            throw doc.fail(joinPath(path, "name"), "must be one of \(ReviewTool.allCases.map(\.rawValue).joined(separator: ", ")), got '\(name)'")
        }
        let rawStatus = try doc.string(o, "status", path)
        guard let status = ToolRunStatus(rawValue: rawStatus) else {
            throw doc.fail(joinPath(path, "status"), "must be one of pass, fail, error, needs_review, got '\(rawStatus)'")
        }
        guard let date = try doc.optionalTimestamp(o, "date", path) else { throw doc.fail(joinPath(path, "date"), "is required") }
        let reports = o["reports"].flatMap { $0.isNull ? nil : $0 }
        return ToolRun(id: id, tool: tool, status: status, date: date, sku: record.sku ?? "", version: record.version ?? "",
                       platform: record.platform ?? "M2", compatibility: record.compatibility, reports: reports,
                       listed: try doc.optionalBool(o, "in_summary", path) ?? true)
    }
}

extension SandboxState {
    /// Puts the seed's packages in place, files' `submission_ids` included.
    mutating func installSeedPackages(_ records: [PackageRecord], now: Int, options: SandboxStore.Options) {
        for var record in records {
            record.sequence = packages.takeSequence()
            packages.put(record)
            for ref in record.fileReferences where files[ref.fileUploadID]?.submissionIDs.contains(record.submissionID) == false {
                files[ref.fileUploadID]?.submissionIDs.append(record.submissionID)
            }
            for run in record.toolRuns { if let n = Int(run.id), n >= packages.nextRunID { packages.nextRunID = n + 1 } }
            scheduleReview(record.submissionID, now: now, options: options)
        }
    }
}
