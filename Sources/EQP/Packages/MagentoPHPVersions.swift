/// Which Magento release and PHP versions the sandbox's automated tools "test" a package on,
/// from the versions in its `version_compatibility` (test-results.md: phpcs runs "against every
/// PHP version the extension is compatible with"; varnish against "all combinations of Magento
/// versions, Magento editions, and PHP versions"). The table follows Magento's published
/// system requirements.
public enum MagentoPHPVersions {
    /// The release tested for a compatibility entry: a line (`2.4`) means its latest release; a
    /// full version (`2.4.6`) is tested as given.
    public static func release(for version: String) -> String {
        let parts = PackageText.versionComponents(version)
        guard parts.count == 2 else { return version }
        switch (parts[0], parts[1]) {
        case (1, _): return "1.9.4.5"
        case (2, 0): return "2.0.18"
        case (2, 1): return "2.1.18"
        case (2, 2): return "2.2.11"
        case (2, 3): return "2.3.7"
        case (2, 4): return "2.4.7"
        default: return version
        }
    }

    /// The PHP versions a Magento release supports, oldest first.
    public static func php(forRelease version: String) -> [String] {
        let p = PackageText.versionComponents(version)
        let major = p.first ?? 0, minor = p.count > 1 ? p[1] : 0, patch = p.count > 2 ? p[2] : 0
        switch (major, minor) {
        case (1, _): return ["5.6.40", "7.2.34"]
        case (2, 0), (2, 1): return ["5.6.40", "7.0.33"]
        case (2, 2): return ["7.0.33", "7.1.33"]
        case (2, 3):
            if patch <= 2 { return ["7.1.33", "7.2.34"] }
            return patch <= 4 ? ["7.2.34", "7.3.33"] : ["7.3.33", "7.4.33"]
        case (2, 4):
            if patch <= 3 { return ["7.3.33", "7.4.33"] }
            if patch <= 5 { return ["7.4.33", "8.1.27"] }
            return patch == 6 ? ["8.1.27", "8.2.18"] : ["8.2.18", "8.3.6"]
        default: return ["8.2.18"]
        }
    }

    /// Every PHP version any of `compatibility`'s releases supports, newest first (the order of
    /// test-results.md's phpcs example).
    public static func php(for compatibility: [MagentoCompatibility]) -> [String] {
        var all: [String] = []
        for entry in compatibility {
            for version in entry.versions {
                for php in php(forRelease: release(for: version)) where !all.contains(php) { all.append(php) }
            }
        }
        if all.isEmpty { all = php(forRelease: "2.4.7") }
        return all.sorted { PackageVersionOrder.compare($0, $1) == .descending }
    }

    /// The edition a Magento instance is installed as: Commerce Cloud (ECE) is tested on
    /// Commerce (EE); the varnish report's `magento_edition` is "CE or EE".
    public static func installedEdition(_ edition: String) -> String { edition == "ECE" ? "EE" : edition }
}
