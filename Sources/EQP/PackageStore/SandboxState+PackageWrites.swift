import Formats

/// POST and PUT of one package item (packages.md, "Package submissions"): the store's half of
/// the work, around the pure checks of `PackageValidator`, `ReviewFlow` and
/// `SubmissionRequirements`.
extension SandboxState {
    /// Creates one package from a POST item, or throws the item's error (nothing is stored).
    mutating func createPackage(_ raw: JSON, owner: String, now: Int, context: PackageContext) throws -> PackageRecord {
        guard let obj = raw.objectValue else {
            throw EQPErrorDefinition.packageItemNotObject.error(["actual": raw.typeName])
        }
        let lookup = fileLookup(owner: owner, links: context.links)
        let item = try PackageValidator.validate(obj, operation: .create, files: lookup)
        var latest: PackageRecord?
        if let sku = item.sku { latest = packages.versions(of: sku, owner: owner).last }
        var id = context.ids.submissionID()
        while packages.records[id] != nil { id = context.ids.submissionID() }
        var record = PackageRecord(submissionID: id, ownerMageID: owner, sequence: packages.nextSequence, now: now,
                                   item: item, carriedOver: latest?.carryOver() ?? JSONObject())
        // "sku: Only specified in a POST when creating another version of an existing
        // extension"; M1 packages name their sku themselves (SANDBOX-NOTES.md).
        if let sku = item.sku, latest == nil, record.platform != "M1" {
            throw EQPErrorDefinition.unknownPackageSKU.error(["sku": sku])
        }
        try resolveManifest(&record, requestedVersion: item.version)
        try checkIdentity(record)
        record.status = try ReviewFlow.applyUpdate(item.actions, changing: item.fieldNames, to: .draft)
        for flow in item.actions.submittedFlows { try SubmissionRequirements.check(flow, record, files: lookup) }
        _ = packages.takeSequence()
        commit(record, previous: nil, now: now, context: context)
        // With pace 0 the review has moved on already.
        return packages.records[record.submissionID] ?? record
    }

    /// Updates `existing` with a PUT item, or throws the item's error (nothing changes).
    mutating func updatePackage(_ obj: JSONObject, existing: PackageRecord, now: Int,
                                context: PackageContext) throws -> PackageRecord {
        let lookup = fileLookup(owner: existing.ownerMageID, links: context.links)
        let item = try PackageValidator.validate(obj, operation: .update, files: lookup)
        let changed = existing.changedFields(item)
        let status = try ReviewFlow.applyUpdate(item.actions, changing: changed, to: existing.status)
        var record = existing
        record.merge(item, now: now)
        if record.artifactFileID != existing.artifactFileID || record.sku == nil || item.version != nil {
            try resolveManifest(&record, requestedVersion: item.version)
        }
        try checkIdentity(record)
        record.status = status
        for flow in item.actions.submittedFlows { try SubmissionRequirements.check(flow, record, files: lookup) }
        commit(record, previous: existing, now: now, context: context)
        return packages.records[record.submissionID] ?? record
    }

    /// Reads sku and version from composer.json in an M2 artifact that passed its scan
    /// (SANDBOX-NOTES.md, "Packages"): 1227 when the ZIP cannot be read, 1210 for a bad `name`,
    /// 1226 when the request named another version. M1 packages keep what the request said.
    mutating func resolveManifest(_ record: inout PackageRecord, requestedVersion: String?) throws {
        guard record.platform != "M1", let fileID = record.artifactFileID,
              let file = files[fileID], file.ownerMageID == record.ownerMageID, file.status == .pass else { return }
        let manifest: ComposerManifest
        do {
            manifest = try ComposerManifest.read(fromZip: file.bytes)
        } catch {
            throw EQPErrorDefinition.unreadableArtifact.error(["file_upload_id": fileID, "detail": "\(error)"])
        }
        try SubmissionRequirements.checkComposerName(manifest.name)
        record.sku = manifest.name
        if let version = manifest.version {
            if let given = requestedVersion, given != version {
                throw EQPErrorDefinition.versionMismatch.error(["given": given, "composer": version])
            }
            record.version = version
        }
    }

    /// item_id unique per user (1223), one package per sku and version (1225), names unique
    /// across extensions (1222: "Duplicate names are not allowed"; versions of one sku share
    /// theirs), and shared packages named by sku and version must exist (1228).
    func checkIdentity(_ record: PackageRecord) throws {
        let owner = record.ownerMageID
        func isOther(_ other: PackageRecord) -> Bool { other.submissionID != record.submissionID }
        func isLive(_ other: PackageRecord) -> Bool {
            other.status.overall != .canceledByDeveloper && other.status.overall != .canceledByAdmin
        }
        if let id = record.itemID, let other = packages.withItemID(id, owner: owner).first(where: isOther) {
            throw EQPErrorDefinition.duplicateItemID.error(["item_id": id, "submission_id": other.submissionID])
        }
        if let sku = record.sku, let version = record.version,
           let other = packages.versions(of: sku, owner: owner).first(where: { isOther($0) && isLive($0) && $0.version == version }) {
            throw EQPErrorDefinition.duplicateVersion.error(["version": version, "sku": sku, "submission_id": other.submissionID])
        }
        if let name = record.name, let other = packages.named(name, owner: owner).first(where: {
            isOther($0) && isLive($0) && (record.sku == nil || $0.sku != record.sku)
        }) {
            throw EQPErrorDefinition.duplicatePackageName.error(["name": name, "submission_id": other.submissionID])
        }
        for (i, entry) in (record.fields["shared_packages"]?.arrayValue ?? []).enumerated() {
            guard let artifact = entry["artifact"], artifact["file_upload_id"] == nil,
                  let sku = artifact["sku"]?.stringValue else { continue }
            let version = artifact["version"]?.stringValue
            if !packages.versions(of: sku, owner: owner).contains(where: { version == nil || $0.version == version }) {
                throw EQPErrorDefinition.sharedPackageNotFound.error(
                    ["field": "shared_packages[\(i)].artifact", "sku": sku, "version": version ?? "(any)"])
            }
        }
    }

    /// Stores a checked record: keeps the files' `submission_ids` true, queues a callback per
    /// flow whose status changed, and hands the package to the review clock.
    mutating func commit(_ record: PackageRecord, previous: PackageRecord?, now: Int, context: PackageContext) {
        let id = record.submissionID
        let before = Set(previous?.fileReferences.map(\.fileUploadID) ?? [])
        let after = Set(record.fileReferences.map(\.fileUploadID))
        for fileID in before.subtracting(after) { files[fileID]?.submissionIDs.removeAll { $0 == id } }
        for fileID in after.subtracting(before) where files[fileID]?.submissionIDs.contains(id) == false {
            files[fileID]?.submissionIDs.append(id)
        }
        packages.put(record)
        let waiting = record.platform != "M1" && record.sku == nil
            && record.artifactFileID.flatMap { files[$0]?.status } == .inProgress
        if waiting { packages.awaitingManifest.insert(id) } else { packages.awaitingManifest.remove(id) }
        let old = previous?.status ?? .draft
        if old != record.status {
            for flow in EQPStatusChange.flows(from: old, to: record.status) {
                queueStatusCallbacks(record, flow: flow, currentStatus: record.status.value(of: flow), at: now)
            }
        }
        scheduleReview(id, now: now, options: context.options)
    }

    /// The caller's files as packages see them: another user's file is "not found".
    func fileLookup(owner: String, links: DownloadLinks) -> FileLookup {
        let files = self.files
        return FileLookup { id in
            guard let f = files[id], f.ownerMageID == owner else { return nil }
            return ReferencedFile(fileUploadID: id, filename: f.filename, contentType: f.contentType, size: f.bytes.count,
                                  malwareStatus: f.status, fileHash: f.status == .pass ? f.md5 : nil,
                                  url: links.url(fileUploadID: id, filename: f.filename))
        }
    }
}

/// What a package write needs besides the state.
struct PackageContext {
    var ids: IDGenerator
    var options: SandboxStore.Options
    var links: DownloadLinks
}

/// Which flows a status change touched, for one callback each (callbacks.md).
enum EQPStatusChange {
    static func flows(from old: EQPStatus, to new: EQPStatus) -> [EQPFlow] {
        var out: [EQPFlow] = []
        if old.technical != new.technical { out.append(.technical) }
        if old.marketing != new.marketing { out.append(.marketing) }
        if old.overall != new.overall { out.append(.overall) }
        return out
    }
}

extension EQPStatus {
    /// The value of one flow, as a callback's `current_status`.
    func value(of flow: EQPFlow) -> String {
        switch flow {
        case .overall: return overall.rawValue
        case .technical: return technical.rawValue
        case .marketing: return marketing.rawValue
        }
    }
}
