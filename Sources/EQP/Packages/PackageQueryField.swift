/// A field lists can filter and sort on: every field of `PackageSchema` with a filter kind, in
/// table order (packages.md, "Sorting and Filtering", plus the fields whose own table says
/// "Filter: yes": stability, process_as_patch, original/latest_launch_date and the three
/// `eqp_status` values).
public struct PackageQueryField: Sendable {
    public let name: String
    public let filter: PackageFilterKind
    /// Position in `all`, and of the field's key in `PackageIndexEntry`.
    let index: Int

    public static let all: [PackageQueryField] = PackageSchema.filterableFields.enumerated().map { i, field in
        PackageQueryField(name: field.name, filter: field.filter, index: i)
    }

    /// The field a query names. `eqp_status.overall` may also be written `eqp_status[overall]`
    /// (PHP-style, as many HTTP clients encode nested parameters), and plain `eqp_status` means
    /// `eqp_status.overall`.
    public static func named(_ raw: String) -> PackageQueryField? {
        var name = raw
        if name.hasSuffix("]"), let open = name.firstIndex(of: "[") {
            name = String(name[..<open]) + "." + String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        }
        if name == "eqp_status" { name = "eqp_status.overall" }
        return all.first { $0.name == name }
    }

    /// "type, platform, item_id, ..." for error messages.
    public static let namesList: String = all.map(\.name).joined(separator: ", ")

    static let versionIndex = all.firstIndex { $0.name == "version" }!
}
