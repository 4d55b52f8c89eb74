import Formats

/// Which fields `GET /rest/v1/users/:mage_id` returns (users.md, "Get profile data").
public enum ProfileStyle: String, Sendable {
    case full
    case summary

    /// `nil` (absent) means full; anything but `summary`/`full` is a 400.
    public static func parse(_ value: String?) throws -> ProfileStyle {
        guard let value else { return .full }
        guard let style = ProfileStyle(rawValue: value) else {
            throw EQPErrorDefinition.invalidStyle.error(["value": value])
        }
        return style
    }
}

extension UserRecord {
    /// The fields a published profile needs, as paths, that are empty or unset now. The docs
    /// only say "once your profile is complete"; the list is documented in the README.
    var missingForSubmit: [String] {
        var missing: [String] = []
        func requireText(_ path: String, _ value: JSON?) {
            // Over UTF-8 bytes: Character iteration of a long bio is slow, and this runs on
            // every profile read (has_completed_profile).
            if (value?.stringValue ?? "").utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) { missing.append(path) }
        }
        for name in ["first_name", "last_name", "email", "screen_name"] { requireText(name, profile[name]) }
        if profile["has_accepted_tos"]?.boolValue != true { missing.append("has_accepted_tos (accept the terms of service in the Developer Portal)") }
        let personal = profile["personal_profile"]
        requireText("personal_profile.bio", personal?["bio"])
        if (personal?["addresses"]?.arrayValue ?? []).isEmpty { missing.append("personal_profile.addresses (at least one address)") }
        if profile["is_company"]?.boolValue == true {
            let company = profile["company_profile"]
            requireText("company_profile.name", company?["name"])
            requireText("company_profile.primary_email", company?["primary_email"])
            if (company?["addresses"]?.arrayValue ?? []).isEmpty { missing.append("company_profile.addresses (at least one address)") }
        }
        return missing
    }

    /// The profile as users.md shows it. `image` is the record of the profile image, if any.
    func profileJSON(style: ProfileStyle, image: FileInfo?, links: DownloadLinks) -> JSON {
        var o = JSONObject()
        for field in ProfileSchema.fields where style == .full || field.inSummary {
            switch field.role {
            case .identity: o.append(field.name, .string(mageID))
            case .computed: o.append(field.name, .bool(missingForSubmit.isEmpty))
            case .profileImage: o.append(field.name, image?.artifactJSON(links: links) ?? .null)
            case .callbacks: o.append(field.name, .array(callbacks.map(\.publicJSON)))
            case .stored: o.append(field.name, profile[field.name] ?? ProfileSchema.defaultValue(field.kind))
            }
        }
        return .object(o)
    }
}
