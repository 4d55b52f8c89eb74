/// The user profile of users.md, field by field, in the documented order. Validation,
/// merging, seed checking and rendering all walk this one description, so a field's type,
/// writability and place in the summary are stated once.
enum ProfileSchema {
    static let socialMediaInfo: [ProfileField] = [
        .init("twitter", .string),
        .init("stackexchange_url", .string, check: .url),
        .init("facebook_url", .string, check: .url),
        .init("linkedin_url", .string, check: .url),
        .init("github_username", .string),
    ]

    static let address: [ProfileField] = [
        .init("address_key", .int),
        .init("address_line_1", .string),
        .init("address_line_2", .string),
        .init("city", .string),
        .init("state", .string),
        .init("country", .string),
        .init("postal_code", .string),
        .init("phone", .string),
        .init("country_code", .string),
        .init("is_primary", .bool),
    ]

    static let personalProfile: [ProfileField] = [
        .init("bio", .string),
        .init("last_logged_in", .timestamp, writable: false),
        .init("created_at", .timestamp, writable: false),
        .init("modified_at", .timestamp, writable: false),
        .init("social_media_info", .object(socialMediaInfo)),
        .init("addresses", .array(.object(address))),
    ]

    static let companyProfile: [ProfileField] = [
        .init("name", .string),
        .init("bio", .string),
        .init("website_url", .string, check: .url),
        .init("primary_email", .string, check: .email),
        .init("support_email", .string, check: .email),
        .init("created_at", .timestamp, writable: false),
        .init("modified_at", .timestamp, writable: false),
        .init("social_media_info", .object(socialMediaInfo)),
        .init("addresses", .array(.object(address))),
    ]

    static let organization: [ProfileField] = [
        .init("org_id", .string),
        .init("org_name", .string),
    ]

    /// Top-level fields. `summary` marks the fields of `?style=summary` (users.md).
    static let fields: [ProfileField] = [
        .init("mage_id", .string, writable: false, summary: true, role: .identity),
        .init("adobe_user_id", .string, writable: false, summary: true),
        .init("first_name", .string, summary: true),
        .init("last_name", .string, summary: true),
        .init("email", .string, summary: true, check: .email),
        .init("screen_name", .string, summary: true),
        .init("has_completed_profile", .bool, writable: false, summary: true, role: .computed),
        .init("has_accepted_tos", .bool, writable: false, summary: true),
        .init("profile_image_artifact", .object([]), summary: true, role: .profileImage),
        .init("send_newsletter", .bool),
        .init("tos_accepted_version", .string, writable: false),
        .init("tos_accepted_date", .timestamp, writable: false),
        .init("is_company", .bool),
        .init("vendor_name", .string, writable: false),
        .init("partner_level", .int, writable: false),
        .init("locale", .string),
        .init("timezone", .string),
        .init("payment_type", .int),
        .init("payment_info", .string),
        .init("taxpayer_type", .int),
        .init("tax_review_status", .int, writable: false),
        .init("tax_withhold_percent", .int, writable: false),
        .init("extension_share_percent", .int, writable: false),
        .init("theme_share_percent", .int, writable: false),
        .init("install_share_percent", .int, writable: false),
        .init("support_share_percent", .int, writable: false),
        .init("privacy_policy_url", .string, check: .url),
        .init("api_callbacks", .array(.object([])), role: .callbacks),
        .init("personal_profile", .object(personalProfile)),
        .init("company_profile", .object(companyProfile)),
        .init("organizations", .array(.object(organization)), writable: false),
    ]

    /// The fields of `?style=summary`, in order.
    static var summaryFieldNames: [String] { fields.filter(\.inSummary).map(\.name) }
}

/// One profile field.
struct ProfileField: Sendable {
    /// How a field is stored: most live in the profile object; the rest are kept apart or derived.
    enum Role: Sendable {
        case stored
        /// `mage_id`: the record's key.
        case identity
        /// `has_completed_profile`: derived from the profile's completeness.
        case computed
        /// `profile_image_artifact`: a reference to an uploaded file, rendered as its record.
        case profileImage
        /// `api_callbacks`: kept with passwords, rendered without.
        case callbacks
    }

    /// Extra checks on a string's value beyond its type.
    enum Check: Sendable {
        case email
        case url
    }

    let name: String
    let kind: Kind
    let writable: Bool
    let inSummary: Bool
    let role: Role
    let check: Check?

    indirect enum Kind: Sendable {
        case string
        /// A string in the EQP timestamp format.
        case timestamp
        case bool
        case int
        case object([ProfileField])
        case array(Kind)
    }

    init(_ name: String, _ kind: Kind, writable: Bool = true, summary: Bool = false, role: Role = .stored, check: Check? = nil) {
        self.name = name
        self.kind = kind
        self.writable = writable
        self.inSummary = summary
        self.role = role
        self.check = check
    }
}
