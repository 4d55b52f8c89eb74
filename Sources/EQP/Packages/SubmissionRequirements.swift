import Formats

/// The checks of a `submit` (packages.md, "Required parameters"): "the API validates fields to
/// ensure all required parameters are available ... and that parameters which depend upon each
/// other match up correctly". The store calls `check` for each submitted flow on the record as
/// it will be after the item is merged (and after reading the artifact's composer.json).
/// Uniqueness (name, item_id, version) and shared packages named by sku are the store's checks.
public enum SubmissionRequirements {
    /// Throws the first unmet requirement of `flow` (`.overall` has none).
    public static func check(_ flow: EQPFlow, _ record: PackageRecord, files: FileLookup) throws {
        switch flow {
        case .technical: try checkTechnical(record, files: files)
        case .marketing: try checkMarketing(record, files: files)
        case .overall: break
        }
    }

    /// Technical: type, platform, version_compatibility, release_notes, version, artifact and
    /// documentation_artifacts with the user guide (not for shared packages) → 1208 listing
    /// what is missing; then 1214 (user guide), 1217 (custom licence), the scans of the
    /// artifact, shared packages and documentation (1220/1221), editions (1218).
    public static func checkTechnical(_ record: PackageRecord, files: FileLookup) throws {
        let f = record.fields
        var missing: [String] = []
        if record.type == nil { missing.append("type") }
        if record.platform == nil { missing.append("platform") }
        if f["version_compatibility"]?.arrayValue?.isEmpty ?? true { missing.append("version_compatibility") }
        if isBlank(f["release_notes"]) { missing.append("release_notes") }
        let isM1 = record.platform == "M1"
        // M2 takes sku and version from the artifact's composer.json once it passes the scan;
        // while the scan runs, the scan error below is the one that helps.
        if isM1 && record.sku == nil { missing.append("sku") }
        if record.version == nil {
            let artifactScanned = record.artifactFileID.flatMap { files($0) }?.malwareStatus == .pass
            if record.artifactFileID == nil || isM1 || artifactScanned { missing.append("version") }
        }
        if record.artifactFileID == nil { missing.append("artifact") }
        if !record.isSharedPackage && (f["documentation_artifacts"]?.objectValue?.isEmpty ?? true) {
            missing.append("documentation_artifacts")
        }
        if !missing.isEmpty { throw EQPError.insufficient(.insufficientTechnical, missing: missing) }
        if !record.isSharedPackage && f["documentation_artifacts"]?["user"] == nil {
            throw EQPErrorDefinition.missingUserGuide.error(["type": record.type ?? "extension"])
        }
        try checkCustomLicense(f)
        try checkFiles(record, for: .technical, files: files)
        try checkEditions(f)
    }

    /// Marketing: name, long_description, documentation_artifacts (one of user, installation,
    /// reference; not for shared packages), categories, media_artifacts, license_type → 1209
    /// listing what is missing; then the icon (1215), a gallery image (1216, not for shared
    /// packages), custom licence (1217), categories (1219), editions (1218), pricing model
    /// (1202), and the scans of documentation and media (1220/1221).
    public static func checkMarketing(_ record: PackageRecord, files: FileLookup) throws {
        let f = record.fields
        var missing: [String] = []
        if isBlank(f["name"]) { missing.append("name") }
        if isBlank(f["long_description"]) { missing.append("long_description") }
        if !record.isSharedPackage && (f["documentation_artifacts"]?.objectValue?.isEmpty ?? true) {
            missing.append("documentation_artifacts")
        }
        if f["categories"]?.arrayValue?.isEmpty ?? true { missing.append("categories") }
        if f["media_artifacts"] == nil { missing.append("media_artifacts") }
        if f["license_type"] == nil { missing.append("license_type") }
        if !missing.isEmpty { throw EQPError.insufficient(.insufficientMarketing, missing: missing) }
        let media = f["media_artifacts"]
        if media?["icon_image"] == nil { throw EQPErrorDefinition.missingIcon.error() }
        if !record.isSharedPackage && (media?["gallery_images"]?.arrayValue?.isEmpty ?? true) {
            throw EQPErrorDefinition.missingGallery.error(["type": record.type ?? "extension"])
        }
        try checkCustomLicense(f)
        try checkCategories(f["categories"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        try checkEditions(f)
        try checkPricingModel(f)
        try checkFiles(record, for: .marketing, files: files)
    }

    /// 1210 unless composer.json's `name` has the form `vendor_name/package_name`.
    public static func checkComposerName(_ name: String?) throws {
        guard let name, ComposerName.isValid(name) else { throw EQPErrorDefinition.invalidSKU.error() }
    }

    /// "`custom_license_name` / `custom_license_url`: Only if license_type is `custom`" (1217).
    public static func checkCustomLicense(_ f: JSONObject) throws {
        guard f["license_type"]?.stringValue == "custom" else { return }
        let missing = ["custom_license_name", "custom_license_url"].filter { isBlank(f[$0]) }
        if !missing.isEmpty {
            throw EQPErrorDefinition.customLicenseIncomplete.error(["missing": missing.joined(separator: " and ")])
        }
    }

    /// Every file the flow needs must have passed its malware scan: a failed scan is 1220, one
    /// still running 1221 (failures first), a file no longer among the caller's 1203.
    public static func checkFiles(_ record: PackageRecord, for flow: EQPFlow, files: FileLookup) throws {
        var inProgress: (PackageFileReference, ReferencedFile)?
        for ref in record.fileReferences where ref.role.isChecked(for: flow) {
            guard let file = files(ref.fileUploadID) else {
                throw EQPErrorDefinition.packageFileNotFound.error(
                    ["field": ref.path + ".file_upload_id", "file_upload_id": ref.fileUploadID])
            }
            switch file.malwareStatus {
            case .pass: continue
            case .fail: throw scanError(.fileScanFailed, ref, file)
            case .inProgress: if inProgress == nil { inProgress = (ref, file) }
            }
        }
        if let (ref, file) = inProgress { throw scanError(.fileScanInProgress, ref, file) }
    }

    static func scanError(_ definition: EQPErrorDefinition, _ ref: PackageFileReference, _ file: ReferencedFile) -> EQPError {
        definition.error(["field": ref.path, "file_upload_id": ref.fileUploadID, "filename": file.filename])
    }

    static func isBlank(_ value: JSON?) -> Bool {
        guard let s = value?.stringValue else { return true }
        return s.allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
    }
}
