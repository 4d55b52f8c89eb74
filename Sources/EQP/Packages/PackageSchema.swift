/// Every field of packages.md "Package fields", in the order a GET returns them: the fields of
/// the big example under "Get package details" keep their relative order, and the fields it
/// leaves out sit next to their relatives. Validation, rendering, filtering and the new-version
/// carry-over all read this one table.
///
/// Decisions where the docs are loose (the README repeats them):
/// - `pricing_model` is listed for "GET, POST" only; PUT accepts it too, so a draft completed by
///   PUTs can set it. `sku` stays POST-only; `version` is accepted on POST and PUT (M1 packages
///   and drafts before an artifact exists).
/// - `technical_options` says "relevant to the technical review" but its table says marketing;
///   the prose wins: it is a technical field.
/// - `requested_launch_date` is listed for "POST, PUT" but is also filterable, so GET returns it
///   when set.
/// - `is_patch` appears only in the filter table: it is read-only, `true` when
///   `process_as_patch` is `yes`.
/// - `version_compatibility[N].edition` says "Must be M2", but every example (and the rule that
///   editions match `prices`) uses CE, EE, ECE: those are the accepted values.
/// - `browsers` is typed "object" but shown as an array of browser names: an array it is.
/// - `actions_now_available`, `max_version_launched` and `eqp_status` are listed for POST/PUT
///   but are computed: they are ignored on input.
public enum PackageSchema {
    static let fileReference = PackageFieldKind.fileReference

    static let versionCompatibility = PackageFieldKind.array(.object([
        PackageField("edition", .choice(PackageVocabulary.editions)),
        PackageField("versions", .array(.version, maxCount: nil)),
    ]), maxCount: nil)

    static let documentationArtifacts = PackageFieldKind.object(
        PackageVocabulary.documentationKinds.map { PackageField($0, fileReference) })

    static let mediaArtifacts = PackageFieldKind.object([
        PackageField("icon_image", fileReference),
        PackageField("gallery_images", .array(fileReference, maxCount: nil)),
        PackageField("video_urls", .array(.url, maxCount: nil)),
    ])

    static let externalServices = PackageFieldKind.object([
        PackageField("is_saas", .bool),
        // "Only zero or one items are currently supported."
        PackageField("items", .array(.object([
            PackageField("name", .string),
            PackageField("owner", .choice(PackageVocabulary.serviceOwners)),
            PackageField("pay_to", .choice(PackageVocabulary.servicePayTo)),
            PackageField("url", .url),
        ]), maxCount: 1)),
    ])

    static let pricingModel = PackageFieldKind.object([
        PackageField("pricing_type", .choice(PackageVocabulary.pricingTypes)),
        PackageField("payment_period", .intChoice(PackageVocabulary.paymentPeriods, acceptsString: true)),
    ])

    static let prices = PackageFieldKind.array(.object([
        PackageField("edition", .choice(PackageVocabulary.editions)),
        PackageField("currency_code", .choice(PackageVocabulary.currencies)),
        PackageField("price", .price(acceptsString: false)),
        PackageField("installation_price", .price(acceptsString: true)),
        PackageField("initial_price", .price(acceptsString: false)),
    ]), maxCount: nil)

    static let supportTiers = PackageFieldKind.array(.object([
        PackageField("tier", .intChoice(PackageVocabulary.supportTiers, acceptsString: false)),
        PackageField("edition", .choice(PackageVocabulary.editions)),
        PackageField("monthly_period", .intChoice(PackageVocabulary.monthlyPeriods, acceptsString: false)),
        PackageField("short_description", .string),
        PackageField("long_description", .string),
        PackageField("prices", .array(.object([
            PackageField("currency_code", .choice(PackageVocabulary.currencies)),
            PackageField("price", .price(acceptsString: false)),
        ]), maxCount: nil)),
    ]), maxCount: nil)

    static let sharedPackages = PackageFieldKind.array(.object([
        PackageField("artifact", .sharedArtifact),
    ]), maxCount: nil)

    static let eqpStatus = PackageFieldKind.object([
        PackageField("overall", .choice(EQPStatus.Overall.allCases.map(\.rawValue)), .readOnly,
                     filter: .exact(EQPStatus.Overall.allCases.map(\.rawValue))),
        PackageField("technical", .choice(EQPStatus.Technical.allCases.map(\.rawValue)), .readOnly,
                     filter: .exact(EQPStatus.Technical.allCases.map(\.rawValue))),
        PackageField("marketing", .choice(EQPStatus.Marketing.allCases.map(\.rawValue)), .readOnly,
                     filter: .exact(EQPStatus.Marketing.allCases.map(\.rawValue))),
    ])

    /// The fields, in rendering order.
    public static let fields: [PackageField] = [
        PackageField("action", .action, flow: .none),
        PackageField("submission_id", .string, .readOnly, filter: .substring),
        PackageField("item_id", .string, flow: .none, filter: .substring),
        PackageField("type", .choice(PackageVocabulary.types), flow: .technical,
                     filter: .exact(["all"] + PackageVocabulary.types), carriesOver: true),
        PackageField("platform", .choice(PackageVocabulary.platforms), flow: .technical,
                     filter: .exact(PackageVocabulary.platforms), carriesOver: true),
        PackageField("version_compatibility", versionCompatibility, flow: .technical, carriesOver: true),
        PackageField("name", .string, flow: .marketing, filter: .substring, carriesOver: true),
        PackageField("short_description", .computed, .readOnly),
        PackageField("long_description", .string, flow: .marketing, filter: .substring, carriesOver: true),
        PackageField("sku", .string, .postOnly, filter: .substring),
        PackageField("version", .version, flow: .both, filter: .substring),
        PackageField("stability", .choice(PackageVocabulary.stabilities), flow: .marketing,
                     filter: .exact(PackageVocabulary.stabilities)),
        PackageField("release_notes", .string, flow: .technical, filter: .substring),
        PackageField("process_as_patch", .choice(PackageVocabulary.processAsPatch), flow: .technical,
                     filter: .exact(PackageVocabulary.processAsPatch)),
        PackageField("is_patch", .computed, .readOnly, filter: .boolean),
        PackageField("priority", .choice(PackageVocabulary.priorities), flow: .none),
        PackageField("artifact", fileReference, flow: .technical),
        PackageField("shared_packages", sharedPackages, flow: .technical, carriesOver: true),
        PackageField("documentation_artifacts", documentationArtifacts, flow: .both, carriesOver: true),
        PackageField("media_artifacts", mediaArtifacts, flow: .marketing, carriesOver: true),
        PackageField("categories", .array(.string, maxCount: nil), flow: .marketing, carriesOver: true),
        PackageField("browser_os_compatibility", .browserMatrix, flow: .marketing, carriesOver: true),
        PackageField("browsers", .array(.choice(PackageVocabulary.browsers), maxCount: nil), flow: .marketing, carriesOver: true),
        PackageField("external_services", externalServices, flow: .marketing, carriesOver: true),
        PackageField("technical_options", .flags(PackageVocabulary.technicalOptions), flow: .technical, carriesOver: true),
        PackageField("marketing_options", .flags(PackageVocabulary.marketingOptions), flow: .marketing, carriesOver: true),
        PackageField("pricing_model", pricingModel, flow: .marketing, carriesOver: true),
        PackageField("prices", prices, flow: .marketing, carriesOver: true),
        PackageField("support_tiers", supportTiers, flow: .marketing, carriesOver: true),
        PackageField("license_type", .choice(PackageVocabulary.licenseTypes), flow: .technical,
                     filter: .exact(PackageVocabulary.licenseTypes), carriesOver: true),
        PackageField("custom_license_name", .string, flow: .technical, filter: .substring, carriesOver: true),
        PackageField("custom_license_url", .url, flow: .technical, filter: .substring, carriesOver: true),
        PackageField("launch_on_approval", .bool, flow: .marketing),
        PackageField("requested_launch_date", .timestamp, flow: .marketing, filter: .date),
        PackageField("original_launch_date", .computed, .readOnly, filter: .date),
        PackageField("latest_launch_date", .computed, .readOnly, filter: .date),
        PackageField("max_version_launched", .computed, .readOnly),
        PackageField("eqp_status", eqpStatus, .readOnly),
        PackageField("actions_now_available", .computed, .readOnly),
        PackageField("created_at", .computed, .readOnly, filter: .date),
        PackageField("modified_at", .computed, .readOnly, filter: .date),
    ]

    /// The field named `name`, if documented.
    public static func field(_ name: String) -> PackageField? { fields.first { $0.name == name } }

    /// Fields copied from the latest version when a POST names an existing sku.
    public static let carriedOverFields: [String] = fields.filter(\.carriesOver).map(\.name)

    /// Fields that schedule the release rather than describe the package; they stay editable
    /// until the first release, even while the package is in review (see `ReviewFlow`).
    public static let launchSchedulingFields: Set<String> = ["launch_on_approval", "requested_launch_date"]

    /// Every filterable field by its query name, nested ones as `eqp_status.overall`, in table order.
    public static let filterableFields: [(name: String, filter: PackageFilterKind)] = {
        var out: [(name: String, filter: PackageFilterKind)] = []
        for field in fields {
            if let filter = field.filter { out.append((field.name, filter)) }
            if case .object(let members) = field.kind, field.access == .readOnly {
                for member in members { if let filter = member.filter { out.append((field.name + "." + member.name, filter)) } }
            }
        }
        return out
    }()
}
