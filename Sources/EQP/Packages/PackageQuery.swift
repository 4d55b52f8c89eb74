/// Filtering, sorting and paging of package lists (filtering.md; packages.md "Sorting and
/// Filtering"; SANDBOX-NOTES.md "Filtering, sorting, paging"):
/// - `type`, `platform`, `license_type`, `stability`, `process_as_patch`, `eqp_status.*`: exact
///   match against the documented values (`type=all` is no filter); `is_patch`: `true`/`false`
///   (or `1`/`0`);
/// - the "substring" fields: case-insensitive sub-string match;
/// - dates: a day `2020-04-17`, a second `2020-04-17 16:00:00`, or `START,END` with either side
///   empty (a day as END includes that whole day);
/// - several filters all apply; a filter with an empty value is ignored;
/// - `sort=-platform,+name,-version`: any filterable field, `-` descending, `+`, a space (a `+`
///   decoded from a query string) or nothing ascending; versions sort naturally, text
///   case-insensitively, missing values first when ascending; ties keep creation order;
/// - `offset` and `limit` through `PageRequest`; the total is counted before paging.
/// Any other parameter, or a sort on an unknown field, is a 400 naming the usable fields.
public struct PackageQuery: Sendable {
    public var filters: [PackageFilter]
    public var sort: [PackageSortKey]
    public var page: PageRequest
    /// Set by the store, not the client: only this owner's packages.
    public var ownerMageID: String?
    /// Set by the store for `/skus/:sku`: exactly this sku (the path names it whole).
    public var exactSKU: String?

    public init(filters: [PackageFilter] = [], sort: [PackageSortKey] = [], page: PageRequest = PageRequest(),
                ownerMageID: String? = nil, exactSKU: String? = nil) {
        self.filters = filters
        self.sort = sort
        self.page = page
        self.ownerMageID = ownerMageID
        self.exactSKU = exactSKU
    }
}

/// One filter of a list query.
public struct PackageFilter: Sendable, Equatable {
    public let field: String
    let index: Int
    let test: Test

    enum Test: Sendable, Equatable {
        case equals([UInt8])
        case contains([UInt8])
        /// Inclusive bounds in seconds.
        case between(Int, Int)
    }
}

/// One key of a `sort` parameter.
public struct PackageSortKey: Sendable, Equatable {
    public let field: String
    public let descending: Bool
    let index: Int
}
