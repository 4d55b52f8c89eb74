import Formats

/// One package version as the store keeps it.
public struct PackageRecord: Sendable, Codable {
    public var submissionID: String
    /// The owner's `mage_id`: a token reaches only its own user's packages.
    public var ownerMageID: String
    /// Creation order across the store: the stable tie-break of every sort.
    public var sequence: Int
    public var itemID: String?
    /// From composer.json `name` (M2) or the request (M1, new versions); nil until known.
    public var sku: String?
    public var version: String?
    /// The cleaned writable fields (see `ValidatedPackageItem.fields`), file references as
    /// `{"file_upload_id": ...}`, no nulls.
    public var fields: JSONObject
    public var status: EQPStatus
    public var createdAt: Int
    public var modifiedAt: Int
    /// When this version was first and last released to the store.
    public var originalLaunchDate: Int?
    public var latestLaunchDate: Int?
    /// Every tool run on this version, oldest first.
    public var toolRuns: [ToolRun]

    public init(submissionID: String, ownerMageID: String, sequence: Int, itemID: String? = nil, sku: String? = nil,
                version: String? = nil, fields: JSONObject = JSONObject(), status: EQPStatus = .draft,
                createdAt: Int, modifiedAt: Int? = nil, originalLaunchDate: Int? = nil, latestLaunchDate: Int? = nil,
                toolRuns: [ToolRun] = []) {
        self.submissionID = submissionID
        self.ownerMageID = ownerMageID
        self.sequence = sequence
        self.itemID = itemID
        self.sku = sku
        self.version = version
        self.fields = fields
        self.status = status
        self.createdAt = createdAt
        self.modifiedAt = modifiedAt ?? createdAt
        self.originalLaunchDate = originalLaunchDate
        self.latestLaunchDate = latestLaunchDate
        self.toolRuns = toolRuns
    }

    /// A new draft from a validated POST item (actions are applied by the store through
    /// `ReviewFlow.applyUpdate`). `carriedOver` holds the fields of the latest version when the
    /// item names an existing sku (`PackageRecord.carryOver(from:)`); the item's own fields win.
    public init(submissionID: String, ownerMageID: String, sequence: Int, now: Int, item: ValidatedPackageItem,
                carriedOver: JSONObject = JSONObject()) {
        self.init(submissionID: submissionID, ownerMageID: ownerMageID, sequence: sequence, itemID: item.itemID,
                  sku: item.sku, version: item.version, fields: carriedOver, createdAt: now)
        merge(item, now: now)
    }

    // Typed views of the stored fields the store and the review clock need.

    public var type: String? { fields["type"]?.stringValue }
    public var platform: String? { fields["platform"]?.stringValue }
    public var name: String? { fields["name"]?.stringValue }
    public var releaseNotes: String? { fields["release_notes"]?.stringValue }
    public var longDescription: String? { fields["long_description"]?.stringValue }
    /// The artifact's file id, whose composer.json gives `sku` and `version` (M2).
    public var artifactFileID: String? { fields["artifact"]?["file_upload_id"]?.stringValue }
    public var compatibility: [MagentoCompatibility] { MagentoCompatibility.list(from: fields["version_compatibility"]) }
    public var isSharedPackage: Bool { type == "shared_package" }
    public var isPatch: Bool { fields["process_as_patch"]?.stringValue == "yes" }

    /// `launch_on_approval` and `requested_launch_date`, for the review clock.
    public var launchSchedule: LaunchSchedule {
        LaunchSchedule(launchOnApproval: fields["launch_on_approval"]?.boolValue,
                       requestedLaunchDate: fields["requested_launch_date"]?.stringValue.flatMap { UTCTimestamp.parse($0) })
    }

    /// The outcomes the package's own markers ask for (`ReviewOutcomes`).
    public var reviewMarkers: ReviewOutcomes { ReviewOutcomes(markersIn: [releaseNotes, longDescription]) }

    /// Every file the package refers to.
    public var fileReferences: [PackageFileReference] { PackageFileReference.all(in: fields) }
}
