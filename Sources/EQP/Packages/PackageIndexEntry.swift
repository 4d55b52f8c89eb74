import Formats

/// What lists filter and sort on for one package version, extracted from its record once:
/// search text lower-cased and kept as UTF-8, dates in seconds. `PackageIndex.update` stores
/// it in columns.
public struct PackageIndexEntry: Sendable {
    public var submissionID: String
    public var ownerMageID: String
    public var sequence: Int
    public var sku: String?
    public var version: String?
    /// One key per `PackageQueryField.all`, same order.
    var keys: [PackageKey]
    /// Numeric parts of `version`, for natural version order.
    var versionComponents: [Int]

    /// The key of one field: exact-match text as written, sub-string text lower-cased, dates
    /// in seconds, booleans as `true`/`false`.
    enum PackageKey: Sendable {
        case none
        case text([UInt8])
        case number(Int)
    }

    public init(_ record: PackageRecord) {
        submissionID = record.submissionID
        ownerMageID = record.ownerMageID
        sequence = record.sequence
        sku = record.sku
        version = record.version
        versionComponents = record.version.map(PackageText.versionComponents) ?? []
        keys = PackageQueryField.all.map { field in
            let name = field.name
            switch field.filter {
            case .exact, .boolean:
                return PackageIndexEntry.exactKey(record.exactValue(of: name))
            case .substring:
                return record.textValue(of: name).map { .text(Array($0.lowercased().utf8)) } ?? .none
            case .date:
                return record.dateValue(of: name).map { .number($0) } ?? .none
            }
        }
    }

    static func exactKey(_ value: String?) -> PackageKey { value.map { .text(Array($0.utf8)) } ?? .none }
}

extension PackageRecord {
    /// The value of an exact-match or boolean field.
    func exactValue(of name: String) -> String? {
        switch name {
        case "eqp_status.overall": return status.overall.rawValue
        case "eqp_status.technical": return status.technical.rawValue
        case "eqp_status.marketing": return status.marketing.rawValue
        case "is_patch": return isPatch ? "true" : "false"
        default: return fields[name]?.stringValue
        }
    }

    /// The value of a sub-string field.
    func textValue(of name: String) -> String? {
        switch name {
        case "submission_id": return submissionID
        case "item_id": return itemID
        case "sku": return sku
        case "version": return version
        default: return fields[name]?.stringValue
        }
    }

    /// The value of a date field, in seconds.
    func dateValue(of name: String) -> Int? {
        switch name {
        case "created_at": return createdAt
        case "modified_at": return modifiedAt
        case "original_launch_date": return originalLaunchDate
        case "latest_launch_date": return latestLaunchDate
        default: return fields[name]?.stringValue.flatMap { UTCTimestamp.parse($0) }
        }
    }
}
