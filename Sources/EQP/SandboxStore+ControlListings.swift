import Formats

/// The control API's read-only listings across every user (README, "Control API"): packages with
/// their review state and test results, and files with their scans. The dashboard shows them;
/// the EQP API only ever shows a user their own.
extension SandboxStore {
    /// `GET /_sandbox/packages`: every package, newest first, optionally only `mageID`'s.
    public func controlPackages(mageID: String?, page: PageRequest) -> Page<JSON> {
        read { s, _ in
            let ids = s.packages.order.reversed().filter { id in
                mageID.map { s.packages.records[id]?.ownerMageID == $0 } ?? true
            }
            return page.apply(ids).map { id in
                s.packages.records[id].map { s.controlPackageSummary($0) } ?? .null
            }
        }
    }

    /// `GET /_sandbox/files`: every file, newest first, optionally only `mageID`'s.
    public func controlFiles(mageID: String?, page: PageRequest, links: DownloadLinks) -> Page<JSON> {
        read { s, _ in
            let ids = s.fileOrder.reversed().filter { id in
                mageID.map { s.files[id]?.ownerMageID == $0 } ?? true
            }
            return page.apply(ids).map { id in s.controlFileSummary(id, links: links) ?? .null }
        }
    }
}

extension SandboxState {
    /// A package as the control listing shows it: who owns it, where its reviews are, what the
    /// review clock will do next, and the summary of its tool runs (test-results.md).
    func controlPackageSummary(_ r: PackageRecord) -> JSON {
        func text(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }
        var review = JSONObject()
        review.append("held", .bool(packages.held.contains(r.submissionID)))
        review.append("next_step_at", packages.reviewDue[r.submissionID].map { .string(UTCTimestamp.format($0)) } ?? .null)
        var o = JSONObject()
        o.append("submission_id", .string(r.submissionID))
        o.append("mage_id", .string(r.ownerMageID))
        o.append("item_id", text(r.itemID))
        o.append("name", text(r.name))
        o.append("sku", text(r.sku))
        o.append("version", text(r.version))
        o.append("type", text(r.type))
        o.append("platform", text(r.platform))
        o.append("eqp_status", r.status.json)
        o.append("actions_now_available", .string(ReviewFlow.actionsNowAvailableString(for: r.status)))
        o.append("review", .object(review))
        o.append("test_results", ToolReports.summary(r.toolRuns))
        o.append("created_at", .string(UTCTimestamp.format(r.createdAt)))
        o.append("modified_at", .string(UTCTimestamp.format(r.modifiedAt)))
        return .object(o)
    }

    /// A file as the control listing shows it: the EQP record plus its owner, upload time and,
    /// while the scan runs, when it finishes.
    func controlFileSummary(_ id: String, links: DownloadLinks) -> JSON? {
        guard let file = files[id], let info = fileInfo(id) else { return nil }
        var o = JSONObject()
        o.append("file_upload_id", .string(file.id))
        o.append("mage_id", .string(file.ownerMageID))
        o.append("filename", .string(info.filename))
        o.append("content_type", .string(info.contentType))
        o.append("size", .int(info.size))
        o.append("malware_status", .string(info.malwareStatus.rawValue))
        o.append("file_hash", info.fileHash.map { .string($0) } ?? .null)
        o.append("uploaded_at", .string(UTCTimestamp.format(file.uploadedAt)))
        o.append("scan_due_at", file.status == .inProgress ? .string(UTCTimestamp.format(file.scanDueAt)) : .null)
        o.append("submission_ids", .array(info.submissionIDs.map { .string($0) }))
        o.append("is_profile_image", .bool(info.isProfileImage))
        o.append("url", .string(links.url(fileUploadID: file.id, filename: file.filename)))
        return .object(o)
    }
}
