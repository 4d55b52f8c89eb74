/// Natural ordering of version strings: `1.10.0` after `1.9.2`, `2.4` before `2.4.1`.
public enum PackageVersionOrder {
    public enum Order: Sendable { case ascending, same, descending }

    /// Compares the numeric parts, a shorter prefix first; equal numbers fall back to the text
    /// so the order is total.
    public static func compare(_ a: String, _ b: String) -> Order {
        let x = PackageText.versionComponents(a), y = PackageText.versionComponents(b)
        for (p, q) in zip(x, y) where p != q { return p < q ? .ascending : .descending }
        if x.count != y.count { return x.count < y.count ? .ascending : .descending }
        if a == b { return .same }
        return a < b ? .ascending : .descending
    }
}
