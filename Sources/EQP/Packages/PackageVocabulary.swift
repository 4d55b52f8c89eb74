/// The closed value lists of packages.md "Package fields", each in the documented order.
public enum PackageVocabulary {
    /// `type` values a package can have; `all` is only a filter value (packages.md, "type").
    public static let types = ["extension", "theme", "shared_package"]
    /// `platform`: the docs say "Must be `M2`"; the seed documents also describe M1 packages.
    public static let platforms = ["M2", "M1"]
    /// Editions in `version_compatibility`, `prices` and `support_tiers`.
    public static let editions = ["CE", "EE", "ECE"]
    /// packages.md, "Additional notes".
    public static let licenseTypes = ["afl", "apache", "bsd", "gnu-gpl", "gnu-lgpl", "mit", "mozilla", "osl", "custom"]
    public static let stabilities = ["stable", "beta"]
    public static let priorities = ["high", "medium", "low"]
    public static let processAsPatch = ["yes", "no", "unknown"]
    public static let pricingTypes = ["one-time", "subscription"]
    /// `pricing_model.payment_period`: 1 for one-time payments, 12 for annual subscriptions.
    public static let paymentPeriods = [1, 12]
    public static let currencies = ["USD"]
    /// `support_tiers[N].monthly_period`.
    public static let monthlyPeriods = [1, 3, 6, 9, 12]
    /// `support_tiers[N].tier`: "numbered 0-2 or 1-3".
    public static let supportTiers = [0, 1, 2, 3]
    public static let browsers = ["chrome", "firefox", "safari", "opera", "edge"]
    public static let operatingSystems = ["linux", "mac", "windows"]
    public static let serviceOwners = ["self", "3rd_party", "unknown"]
    public static let servicePayTo = ["self", "3rd_party", "both", "none", "unknown"]
    /// The documented keys of `marketing_options`.
    public static let marketingOptions = [
        "released_with_setup_scripts", "included_service_contracts", "included_external_service_contracts",
        "support_responsive_design", "custom_implementation_ui", "support_web_api", "support_test_coverage",
    ]
    /// The documented keys of `technical_options`.
    public static let technicalOptions = [
        "page_builder_new_content_type", "page_builder_extends_content_type", "page_builder_used_for_content_creation",
    ]
    /// The documentation artifacts, in the documented order.
    public static let documentationKinds = ["user", "installation", "reference"]
}
