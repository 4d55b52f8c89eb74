import Formats

/// A POST/PUT item after type-checking: what the store merges into a package record.
public struct ValidatedPackageItem: Sendable {
    /// The `action` object.
    public var actions: PackageActionRequest
    /// The writable stored fields the item sets, cleaned (unknown members dropped, file
    /// references reduced to `file_upload_id`, amounts and dates normalized), in the item's
    /// order. A `null` value means "clear this field". `item_id`, `sku` and `version` are kept
    /// apart, below.
    public var fields: JSONObject
    public var itemID: String?
    /// POST only: the existing extension this is a new version of.
    public var sku: String?
    public var version: String?
    /// The package a batch PUT item addresses (read-only otherwise).
    public var submissionID: String?
    /// Every file the item refers to; each was found among the caller's files.
    public var fileReferences: [PackageFileReference]
    /// Read-only and unknown top-level fields that were ignored, in the item's order.
    public var ignoredFields: [String]

    public init(actions: PackageActionRequest = PackageActionRequest(), fields: JSONObject = JSONObject(),
                itemID: String? = nil, sku: String? = nil, version: String? = nil, submissionID: String? = nil,
                fileReferences: [PackageFileReference] = [], ignoredFields: [String] = []) {
        self.actions = actions
        self.fields = fields
        self.itemID = itemID
        self.sku = sku
        self.version = version
        self.submissionID = submissionID
        self.fileReferences = fileReferences
        self.ignoredFields = ignoredFields
    }

    /// Names of every writable field the item sets, `item_id` and `version` included.
    public var fieldNames: [String] {
        var names = fields.keys
        if itemID != nil { names.append("item_id") }
        if version != nil { names.append("version") }
        return names
    }
}
