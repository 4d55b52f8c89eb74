import Formats

/// Every package of the sandbox, under the store's lock (a field of `SandboxState`).
struct PackageState: Sendable {
    /// By submission_id.
    var records: [String: PackageRecord] = [:]
    /// Submission ids in creation order.
    var order: [String] = []
    /// The filterable columns of every record (`PackageQuery.run`).
    var index = PackageIndex()
    var nextSequence = 0
    /// `tool_run_id`s are numbers counted across the sandbox, like the docs' "5", "6", "8".
    var nextRunID = 1
    /// Outcomes decided through the control API, per submission_id or sku.
    var outcomes = ReviewOutcomeQueue()
    /// When each package under review takes its next step, on the sandbox clock.
    var reviewDue: [String: Int] = [:]
    /// Packages the control API holds: the review clock leaves them alone.
    var held: Set<String> = []
    /// M2 packages whose artifact's scan has not passed yet: sku and version are read from
    /// composer.json once it does (packages.md, "Get package details").
    var awaitingManifest: Set<String> = []

    init() {}

    /// Stores `record` (new or changed) and re-indexes it.
    mutating func put(_ record: PackageRecord) {
        if records[record.submissionID] == nil { order.append(record.submissionID) }
        records[record.submissionID] = record
        index.update(record)
    }

    /// Forgets `ids` (a per-user reset).
    mutating func remove(_ ids: Set<String>) {
        guard !ids.isEmpty else { return }
        for id in ids {
            records[id] = nil
            index.remove(submissionID: id)
            reviewDue[id] = nil
            held.remove(id)
            awaitingManifest.remove(id)
        }
        order.removeAll { ids.contains($0) }
    }

    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    mutating func takeRunID() -> String {
        defer { nextRunID += 1 }
        return String(nextRunID)
    }

    /// The owner's packages in creation order.
    func owned(by mageID: String) -> [PackageRecord] {
        order.compactMap { id in records[id].flatMap { $0.ownerMageID == mageID ? $0 : nil } }
    }

    /// Every version of `sku` of the owner, in creation order.
    func versions(of sku: String, owner: String) -> [PackageRecord] {
        owned(by: owner).filter { $0.sku == sku }
    }

    /// The owner's package with that submission_id, or nil (another user's is nil too).
    func record(_ submissionID: String, owner: String) -> PackageRecord? {
        guard let r = records[submissionID], r.ownerMageID == owner else { return nil }
        return r
    }

    /// The owner's package with that item_id.
    func record(itemID: String, owner: String) -> PackageRecord? {
        owned(by: owner).first { $0.itemID == itemID }
    }
}
