/// Every error the sandbox can answer with. Ranges: 1001-1099 authentication, sessions and
/// request shape; 1100-1149 users; 1150-1169 Composer keys; 1170-1199 API access keys; 1200-1299
/// packages (1208 and 1210 as handling-errors.md documents them); 1300-1399 files; 1400-1499
/// reports. A code is never reused for a different meaning.
extension EQPErrorDefinition {
    // Authentication and sessions (auth.md).
    public static let missingBearer = EQPErrorDefinition(1001, 401, "missing_bearer_token",
        "Missing Authorization header: send 'Authorization: Bearer <ust>' with a session token from POST /rest/v1/app/session/token")
    public static let malformedBearer = EQPErrorDefinition(1002, 401, "malformed_bearer_token",
        "Malformed Authorization header: expected 'Bearer <ust>', {detail}")
    public static let unknownToken = EQPErrorDefinition(1003, 401, "unknown_session_token",
        "Unknown session token: it was not issued by this sandbox, or a reset discarded it; request a new one from POST /rest/v1/app/session/token")
    public static let expiredToken = EQPErrorDefinition(1004, 401, "expired_session_token",
        "Session token expired at {expired_at} UTC; request a new one from POST /rest/v1/app/session/token")
    public static let missingBasic = EQPErrorDefinition(1010, 401, "missing_basic_credentials",
        "Missing HTTP Basic credentials: send your API access key as 'Authorization: Basic base64(application_id:application_secret)'")
    public static let malformedBasic = EQPErrorDefinition(1011, 401, "malformed_basic_credentials",
        "Malformed HTTP Basic credentials: {detail}")
    public static let badCredentials = EQPErrorDefinition(1012, 401, "invalid_credentials",
        "Invalid application ID or application secret")
    public static let missingGrantType = EQPErrorDefinition(1020, 400, "missing_grant_type",
        "grant_type is required; the only supported grant type is 'session'")
    public static let unsupportedGrantType = EQPErrorDefinition(1021, 400, "unsupported_grant_type",
        "Unsupported grant_type {value}; the only supported grant type is 'session'")
    public static let invalidExpiresIn = EQPErrorDefinition(1022, 400, "invalid_expires_in",
        "expires_in must be a positive integer number of seconds, got {value}")

    // Request shape, shared by every resource.
    public static let invalidJSON = EQPErrorDefinition(1030, 400, "invalid_json",
        "Request body is not valid JSON: {detail}")
    public static let emptyBody = EQPErrorDefinition(1031, 400, "empty_body",
        "Request body is empty; send {expected}")
    public static let invalidFieldType = EQPErrorDefinition(1032, 400, "invalid_field_type",
        "{field} must be {expected}, got {actual}")
    public static let invalidFieldValue = EQPErrorDefinition(1033, 400, "invalid_field_value",
        "{field} {problem}")
    public static let missingField = EQPErrorDefinition(1034, 400, "missing_field",
        "{field} is required")
    public static let invalidOffset = EQPErrorDefinition(1040, 400, "invalid_offset",
        "offset must be a non-negative integer, got '{value}'")
    public static let invalidLimit = EQPErrorDefinition(1041, 400, "invalid_limit",
        "limit must be -1 (all remaining records) or a non-negative integer, got '{value}'")

    // Users (users.md).
    public static let userNotFound = EQPErrorDefinition(1101, 404, "user_not_found",
        "User {mage_id} not found: a session token reaches only its own user ({caller})")
    public static let invalidAction = EQPErrorDefinition(1102, 400, "invalid_profile_action",
        "action must be 'draft' or 'submit', got {value}")
    public static let profileIncomplete = EQPErrorDefinition(1103, 400, "profile_incomplete",
        "The profile is incomplete, so it was not submitted (nothing was saved); missing: {fields}. Send action 'draft' to save without publishing")
    public static let invalidStyle = EQPErrorDefinition(1104, 400, "invalid_style",
        "style must be 'summary' or 'full', got '{value}'")
    public static let unknownUser = EQPErrorDefinition(1105, 404, "unknown_user",
        "No user {mage_id} in the sandbox")

    // Composer keys (users.md, "Magento 2 package access keys").
    public static let invalidKeyType = EQPErrorDefinition(1150, 400, "invalid_key_type",
        "type must be one of m1, m2, all; got '{value}'")
    public static let invalidUID = EQPErrorDefinition(1151, 400, "invalid_uid",
        "uid '{uid}' is neither your mage_id ({mage_id}) nor the org_id of one of your organizations{extra}")
    public static let labelFilterNeedsM2 = EQPErrorDefinition(1152, 400, "label_filter_needs_m2",
        "label filters Magento 2 keys only; it cannot be combined with type=m1")
    public static let duplicateKeyLabel = EQPErrorDefinition(1153, 409, "duplicate_key_label",
        "A key labelled '{label}' already exists for uid {uid}; labels are unique per uid")
    public static let keyNotFound = EQPErrorDefinition(1154, 404, "key_not_found",
        "No Magento 2 key labelled '{label}' for uid {uid}")
    public static let keyUpdateItemCount = EQPErrorDefinition(1155, 400, "key_update_item_count",
        "m2 must hold exactly one item for PUT /rest/v1/users/:mage_id/keys/:label, got {count}")

    // API access keys (access-keys.md): managed through the sandbox's control API.
    public static let accessKeyLimit = EQPErrorDefinition(1170, 409, "access_key_limit",
        "User {mage_id} already has {limit} API access keys, the maximum; delete or regenerate one instead")
    public static let accessKeyNotFound = EQPErrorDefinition(1171, 404, "access_key_not_found",
        "User {mage_id} has no API access key with application ID '{app_id}'")

    // Packages (handling-errors.md); the rest of 1200-1299 is reserved for packages.md.
    public static let insufficientTechnical = EQPErrorDefinition(1208, 400, "insufficient_technical_information",
        "Insufficient information for Technical Submission")
    public static let invalidSKU = EQPErrorDefinition(1210, 400, "invalid_sku",
        "Invalid SKU given. SKU must be of the form 'vendor_name/package_name'")

    // Files (files.md).
    public static let fileNotFound = EQPErrorDefinition(1301, 404, "file_not_found",
        "No file '{file_upload_id}' among your uploads")
    public static let notMultipart = EQPErrorDefinition(1302, 415, "not_multipart",
        "Uploads must be sent as 'Content-Type: multipart/form-data; boundary=...', got {value}")
    public static let missingBoundary = EQPErrorDefinition(1303, 400, "missing_multipart_boundary",
        "Content-Type multipart/form-data needs a boundary parameter, such as 'multipart/form-data; boundary=UNIQUE_BOUNDARY_TOKEN'")
    public static let malformedMultipart = EQPErrorDefinition(1304, 400, "malformed_multipart",
        "Malformed multipart/form-data body: {detail}")
    public static let noParts = EQPErrorDefinition(1305, 400, "no_file_parts",
        "The upload holds no parts; send each file as a part named 'file[]'")
    public static let wrongPartName = EQPErrorDefinition(1306, 400, "wrong_part_name",
        "Part {index} is named {name}; every part must be named 'file[]'")
    public static let missingFilename = EQPErrorDefinition(1307, 400, "missing_filename",
        "Part {index} has no filename in its Content-Disposition header")
    public static let unrecognisedContentType = EQPErrorDefinition(1308, 415, "unrecognised_content_type",
        "Unrecognised content type {value} for '{filename}'; use one of {accepted}")
    public static let emptyFile = EQPErrorDefinition(1309, 400, "empty_file",
        "'{filename}' is empty")
    public static let fileInUse = EQPErrorDefinition(1310, 409, "file_in_use",
        "File '{file_upload_id}' is used by submitted package(s) {submission_ids} and cannot be deleted")

    // Reports (reports.md).
    public static let unknownMetric = EQPErrorDefinition(1401, 404, "unknown_metric",
        "No marketplace metric named '{name}'; available: {available}")
}

extension EQPError {
    /// Every code the sandbox uses, in numeric order, with its status and message template.
    public static let catalogue: [EQPErrorDefinition] = [
        .missingBearer, .malformedBearer, .unknownToken, .expiredToken,
        .missingBasic, .malformedBasic, .badCredentials,
        .missingGrantType, .unsupportedGrantType, .invalidExpiresIn,
        .invalidJSON, .emptyBody, .invalidFieldType, .invalidFieldValue, .missingField,
        .invalidOffset, .invalidLimit,
        .userNotFound, .invalidAction, .profileIncomplete, .invalidStyle, .unknownUser,
        .invalidKeyType, .invalidUID, .labelFilterNeedsM2, .duplicateKeyLabel, .keyNotFound, .keyUpdateItemCount,
        .accessKeyLimit, .accessKeyNotFound,
        .insufficientTechnical, .invalidSKU,
        .fileNotFound, .notMultipart, .missingBoundary, .malformedMultipart, .noParts,
        .wrongPartName, .missingFilename, .unrecognisedContentType, .emptyFile, .fileInUse,
        .unknownMetric,
    ] + controlCatalogue  // 1501-1599: the control API (EQPError+Control.swift)

    /// The catalogue entry for a code, if it exists.
    public static func definition(code: Int) -> EQPErrorDefinition? { catalogue.first { $0.code == code } }
}
