/// The package errors (codes 1201-1299). 1208 and 1210 are documented by handling-errors.md and
/// live in the main catalogue (`insufficientTechnical`, `invalidSKU`); every other package error
/// is defined here, one meaning per code.
extension EQPErrorDefinition {
    // Item shape and field types (packages.md, "Package fields").
    public static let packageFieldType = EQPErrorDefinition(1201, 400, "invalid_package_field_type",
        "{field} must be {expected}, got {actual}")
    public static let packageFieldValue = EQPErrorDefinition(1202, 400, "invalid_package_field_value",
        "{field} {problem}")
    public static let packageFileNotFound = EQPErrorDefinition(1203, 400, "package_file_not_found",
        "{field}: no file '{file_upload_id}' among your uploads; upload it with POST /rest/v1/files/uploads and use the file_upload_id it returns")
    public static let packageBodyNotArray = EQPErrorDefinition(1204, 400, "package_body_not_array",
        "The request body must be a JSON array of packages, even for a single package; got {actual}")
    public static let packageItemNotObject = EQPErrorDefinition(1205, 400, "package_item_not_object",
        "Each package must be a JSON object, got {actual}")
    public static let packageNotFound = EQPErrorDefinition(1206, 404, "package_not_found",
        "No package with {key} '{value}' among your submissions")
    public static let missingSubmissionID = EQPErrorDefinition(1207, 400, "missing_submission_id",
        "submission_id is required for every item of PUT /rest/v1/products/packages; use the submission_id returned by the POST")
    // 1208: insufficientTechnical (main catalogue).
    public static let insufficientMarketing = EQPErrorDefinition(1209, 400, "insufficient_marketing_information",
        "Insufficient information for Marketing Submission")
    // 1210: invalidSKU (main catalogue).

    // The review flows (packages.md, "Update a package").
    public static let actionNotAllowed = EQPErrorDefinition(1211, 409, "action_not_allowed",
        "{action} is not possible while {state}; actions now available: {available}")
    public static let packageLocked = EQPErrorDefinition(1212, 409, "package_locked",
        "{fields} cannot be changed while {state}: {remedy}")
    public static let conflictingActions = EQPErrorDefinition(1213, 400, "conflicting_actions",
        "action.overall '{overall}' cannot be combined with {others}; send it on its own")

    // Required parameters for a submission (packages.md, "Required parameters").
    public static let missingUserGuide = EQPErrorDefinition(1214, 400, "missing_user_guide",
        "documentation_artifacts.user (the user guide) is required for the technical submission of {type} packages; only shared packages need none")
    public static let missingIcon = EQPErrorDefinition(1215, 400, "missing_icon_image",
        "media_artifacts.icon_image is required for the marketing submission")
    public static let missingGallery = EQPErrorDefinition(1216, 400, "missing_gallery_images",
        "media_artifacts.gallery_images needs at least one image for the marketing submission of {type} packages; only shared packages need none")
    public static let customLicenseIncomplete = EQPErrorDefinition(1217, 400, "custom_license_incomplete",
        "license_type 'custom' needs {missing}")
    public static let editionMismatch = EQPErrorDefinition(1218, 400, "edition_mismatch",
        "The editions in prices ({prices}) must match the editions in version_compatibility ({compatibility})")
    public static let invalidCategories = EQPErrorDefinition(1219, 400, "invalid_categories",
        "{field} {problem}")
    public static let fileScanFailed = EQPErrorDefinition(1220, 400, "file_scan_failed",
        "{field} refers to file '{file_upload_id}' ({filename}) whose malware scan failed; upload a clean file and refer to it instead")
    public static let fileScanInProgress = EQPErrorDefinition(1221, 409, "file_scan_in_progress",
        "{field} refers to file '{file_upload_id}' ({filename}) whose malware scan is still in progress; submit again once its malware_status is pass")

    // Uniqueness and identity, checked by the store.
    public static let duplicatePackageName = EQPErrorDefinition(1222, 409, "duplicate_package_name",
        "A package named '{name}' already exists ({submission_id}); duplicate names are not allowed")
    public static let duplicateItemID = EQPErrorDefinition(1223, 409, "duplicate_item_id",
        "item_id '{item_id}' is already used by submission {submission_id}; item_id must be unique")
    public static let unknownPackageSKU = EQPErrorDefinition(1224, 400, "unknown_package_sku",
        "sku '{sku}' is not one of your extensions; send sku only to submit a new version of an existing extension")
    public static let duplicateVersion = EQPErrorDefinition(1225, 409, "duplicate_version",
        "Version {version} of {sku} already exists ({submission_id}); raise the version in composer.json")
    public static let versionMismatch = EQPErrorDefinition(1226, 400, "version_mismatch",
        "version '{given}' does not match version '{composer}' in the artifact's composer.json")
    public static let unreadableArtifact = EQPErrorDefinition(1227, 400, "unreadable_artifact",
        "artifact '{file_upload_id}' is not a readable Magento 2 package: {detail}")
    public static let sharedPackageNotFound = EQPErrorDefinition(1228, 400, "shared_package_not_found",
        "{field}: no shared package {sku} version {version} among your packages")

    // Lists (filtering.md).
    public static let invalidPackageFilter = EQPErrorDefinition(1229, 400, "invalid_package_filter",
        "Cannot filter on '{field}'; filterable fields: {fields}")
    public static let invalidPackageSort = EQPErrorDefinition(1230, 400, "invalid_package_sort",
        "Cannot sort on '{field}'; sortable fields: {fields}")
    public static let invalidPackageFilterValue = EQPErrorDefinition(1231, 400, "invalid_package_filter_value",
        "{field} {problem}")

    // Test results (test-results.md).
    public static let unknownReviewTool = EQPErrorDefinition(1232, 404, "unknown_review_tool",
        "No review tool named '{tool}'; reports exist for phpcs, varnish, marketing and manual_qa")
    public static let phpcpdReportUnavailable = EQPErrorDefinition(1233, 404, "phpcpd_report_unavailable",
        "Copy-Paste Detector (phpcpd) reports cannot be requested; only the summary at .../status is available")
    public static let toolRunNotFound = EQPErrorDefinition(1234, 404, "tool_run_not_found",
        "No {tool} run '{tool_run_id}' for submission {submission_id}; GET .../packages/{submission_id}/status lists the runs")
}

extension EQPError {
    /// The package entries (1201-1299) in numeric order, for the README's error table. 1208 and
    /// 1210 are in `catalogue` already and are not repeated here.
    public static let packageCatalogue: [EQPErrorDefinition] = [
        .packageFieldType, .packageFieldValue, .packageFileNotFound, .packageBodyNotArray,
        .packageItemNotObject, .packageNotFound, .missingSubmissionID, .insufficientMarketing,
        .actionNotAllowed, .packageLocked, .conflictingActions,
        .missingUserGuide, .missingIcon, .missingGallery, .customLicenseIncomplete, .editionMismatch,
        .invalidCategories, .fileScanFailed, .fileScanInProgress,
        .duplicatePackageName, .duplicateItemID, .unknownPackageSKU, .duplicateVersion,
        .versionMismatch, .unreadableArtifact, .sharedPackageNotFound,
        .invalidPackageFilter, .invalidPackageSort, .invalidPackageFilterValue,
        .unknownReviewTool, .phpcpdReportUnavailable, .toolRunNotFound,
    ]

    /// An error whose message is the documented text followed by the missing fields, such as
    /// "Insufficient information for Technical Submission: missing release_notes, artifact".
    static func insufficient(_ definition: EQPErrorDefinition, missing: [String]) -> EQPError {
        EQPError(code: definition.code, status: definition.status,
                 message: definition.template + ": missing " + missing.joined(separator: ", "))
    }
}
