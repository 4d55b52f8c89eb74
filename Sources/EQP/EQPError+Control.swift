/// The sandbox control API's errors (codes 1500-1599, reserved for `/_sandbox/`). The control
/// API also answers with the shared request-shape errors (1030-1041), `unknownUser` (1105) and
/// the access key errors (1170, 1171). A code is never reused for a different meaning.
extension EQPErrorDefinition {
    // Protection (--control-token).
    public static let controlTokenRequired = EQPErrorDefinition(1501, 401, "control_token_required",
        "This sandbox protects its control API: send the control token as 'Authorization: Bearer <token>' or 'X-Sandbox-Token: <token>'")
    public static let controlTokenInvalid = EQPErrorDefinition(1502, 401, "control_token_invalid",
        "The control token does not match the one this sandbox was started with (--control-token / EQP_SANDBOX_CONTROL_TOKEN)")

    // Users and access keys.
    public static let userExists = EQPErrorDefinition(1510, 409, "user_exists",
        "User {mage_id} already exists; leave mage_id out to get a generated one")
    public static let invalidMageID = EQPErrorDefinition(1511, 400, "invalid_mage_id",
        "mage_id must be 1 to 64 letters, digits, '_', '-', '.' or '@', got '{value}'")
    public static let identifierInUse = EQPErrorDefinition(1512, 409, "identifier_in_use",
        "{path}: {what} '{value}' is already used by user {owner}")

    // Malware scans.
    public static let unknownFile = EQPErrorDefinition(1520, 404, "unknown_file",
        "No file '{file_upload_id}' in the sandbox")
    public static let scanAlreadyFinished = EQPErrorDefinition(1521, 409, "scan_already_finished",
        "The malware scan of '{file_upload_id}' already finished with '{status}'; only an in-progress scan can be decided (upload the file again to scan it again)")

    // Faults.
    public static let unknownFault = EQPErrorDefinition(1530, 404, "unknown_fault",
        "No fault {id}; GET /_sandbox/faults lists the faults there are")

    // State import.
    public static let invalidStateDocument = EQPErrorDefinition(1540, 400, "invalid_state_document",
        "Invalid state document: {problem}")

    // Journal queries.
    public static let invalidStatusFilter = EQPErrorDefinition(1550, 400, "invalid_status_filter",
        "status must be a status code such as 404 or a class such as 4xx, got '{value}'")

    // Package reviews (POST /_sandbox/packages/:submission_id/review, /_sandbox/skus/:sku/outcomes).
    public static let unknownPackage = EQPErrorDefinition(1560, 404, "unknown_package",
        "No package with submission_id '{submission_id}' in the sandbox")
    public static let invalidReviewControl = EQPErrorDefinition(1561, 400, "invalid_review_control",
        "Send exactly one of hold (true or false), step (true) or decide (an object with tool and status); {problem}")
    public static let invalidReviewTool = EQPErrorDefinition(1562, 400, "invalid_review_tool",
        "{field} must be one of phpcs, phpcpd, varnish, marketing, manual_qa; got {value}")
    public static let invalidReviewStatus = EQPErrorDefinition(1563, 400, "invalid_review_status",
        "{field} must be one of pass, fail, error, needs_review; got {value}")
    public static let noReviewStep = EQPErrorDefinition(1564, 409, "no_review_step",
        "Package {submission_id} has no review step to take now (technical {technical}, marketing {marketing}, overall {overall}); submit it for review first")
    public static let invalidOutcomeCount = EQPErrorDefinition(1565, 400, "invalid_outcome_count",
        "count must be an integer from 1 to {max}, got {value}")
    public static let invalidOutcomeSKU = EQPErrorDefinition(1566, 400, "invalid_outcome_sku",
        "sku must be of the form 'vendor_name/package_name' (URL-encode the '/' as %2F), got '{value}'")
}

extension EQPError {
    /// The control API's entries (1501-1599) in numeric order, for the README's error table and
    /// `catalogue`.
    public static let controlCatalogue: [EQPErrorDefinition] = [
        .controlTokenRequired, .controlTokenInvalid,
        .userExists, .invalidMageID, .identifierInUse,
        .unknownFile, .scanAlreadyFinished,
        .unknownFault,
        .invalidStateDocument,
        .invalidStatusFilter,
        .unknownPackage, .invalidReviewControl, .invalidReviewTool, .invalidReviewStatus, .noReviewStep,
        .invalidOutcomeCount, .invalidOutcomeSKU,
    ]
}
