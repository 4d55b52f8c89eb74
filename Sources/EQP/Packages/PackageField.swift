/// One field of packages.md "Package fields": its JSON shape, when a client may write it, which
/// review flow looks at it and how lists filter on it.
public struct PackageField: Sendable {
    public let name: String
    public let kind: PackageFieldKind
    public let access: Access
    public let flow: PackageFieldFlow
    public let filter: PackageFilterKind?
    /// Whether a new version of an existing sku starts with this field copied from the latest
    /// version (SANDBOX-NOTES.md, "Packages").
    public let carriesOver: Bool

    /// When a client may set the field ("HTTP Commands" column).
    public enum Access: Sendable, Equatable {
        /// Returned only: ignored in POST and PUT items (packages.md: "readonly properties will be
        /// ignored in submissions").
        case readOnly
        /// Only when a package is created (`sku`).
        case postOnly
        case postAndPut
    }

    public init(_ name: String, _ kind: PackageFieldKind, _ access: Access = .postAndPut,
                flow: PackageFieldFlow = .none, filter: PackageFilterKind? = nil, carriesOver: Bool = false) {
        self.name = name
        self.kind = kind
        self.access = access
        self.flow = flow
        self.filter = filter
        self.carriesOver = carriesOver
    }

    /// Whether POST or PUT items may set this field.
    public var isWritable: Bool { access != .readOnly }
}

/// The review flow a field belongs to ("Review Type" column).
public enum PackageFieldFlow: String, Sendable, Equatable {
    case technical, marketing, both
    /// "-": not reviewed (item_id, priority, ...).
    case none
}

/// How a list filters and sorts on a field (packages.md, "Sorting and Filtering").
public enum PackageFilterKind: Sendable, Equatable {
    /// Exact string match against one of the listed values.
    case exact([String])
    /// Case-insensitive sub-string match.
    case substring
    /// A day, a second, or a `START,END` range with either side open.
    case date
    /// `true`/`false` (also `1`/`0`).
    case boolean
}

/// The JSON shape of a field value.
public indirect enum PackageFieldKind: Sendable {
    case string
    /// A string from a closed list.
    case choice([String])
    /// An integer from a closed list; `acceptsString` also takes "12" for 12 (payment_period is
    /// documented as a string but shown as a number).
    case intChoice([Int], acceptsString: Bool)
    case bool
    /// A non-negative amount with up to two decimals; `acceptsString` also takes "12.50"
    /// (installation_price is documented as a string but shown as a number).
    case price(acceptsString: Bool)
    /// `YYYY-MM-DD HH:MM:SS` (or a bare day), stored normalized.
    case timestamp
    /// An absolute http(s) URL.
    case url
    /// A version string such as "2.4" or "1.1.5".
    case version
    /// An object with the listed members; unknown members are dropped.
    case object([PackageField])
    /// An array; `maxCount` limits its length where the docs do.
    case array(PackageFieldKind, maxCount: Int?)
    /// `{"file_upload_id": "..."}`; the expanded members a GET returns are ignored on input.
    case fileReference
    /// `shared_packages[N].artifact`: a `file_upload_id`, or a `sku` and `version`.
    case sharedArtifact
    /// `browser_os_compatibility`: browser → OS → list of versions.
    case browserMatrix
    /// An object of booleans with the listed keys (`marketing_options`, `technical_options`).
    case flags([String])
    /// `action`: the review actions, parsed apart from the stored fields.
    case action
    /// Rendered by the record (eqp_status, dates, ...), never read from a request.
    case computed
}
