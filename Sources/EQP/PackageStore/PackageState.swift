import Formats

/// Every package of the sandbox, under the store's lock (a field of `SandboxState`).
struct PackageState: Sendable {
    /// By submission_id.
    var records = TrackedMap<String, PackageRecord>()
    /// Submission ids in creation order.
    var order = TrackedList<String>()
    /// The filterable columns of every record (`PackageQuery.run`).
    var index = PackageIndex()
    var nextSequence = 0
    /// `tool_run_id`s are numbers counted across the sandbox, like the docs' "5", "6", "8".
    var nextRunID = 1
    /// Outcomes decided through the control API, per submission_id or sku.
    var outcomes = ReviewOutcomeQueue()
    /// When each package under review takes its next step, on the sandbox clock. Set it with
    /// `scheduleStep` so `timetable` knows.
    var reviewDue = TrackedMap<String, Int>()
    /// `reviewDue` soonest first (derived).
    var timetable = ReviewTimetable()
    /// Packages the control API holds: the review clock leaves them alone.
    var held = TrackedSet<String>()
    /// M2 packages whose artifact's scan has not passed yet: sku and version are read from
    /// composer.json once it does (packages.md, "Get package details").
    var awaitingManifest = TrackedSet<String>()
    /// Each user's packages by the keys writes and lookups use, by mage_id.
    var byOwner: [String: OwnerPackageLookup] = [:]

    init() {}

    /// Stores `record` (new or changed) and re-indexes it.
    mutating func put(_ record: PackageRecord) {
        let previous = records[record.submissionID]
        if previous == nil { order.append(record.submissionID) }
        if let previous, previous.ownerMageID != record.ownerMageID {
            byOwner[previous.ownerMageID]?.remove([previous])
            byOwner[record.ownerMageID, default: OwnerPackageLookup()].update(record, previous: nil)
        } else {
            byOwner[record.ownerMageID, default: OwnerPackageLookup()].update(record, previous: previous)
        }
        records[record.submissionID] = record
        index.update(record)
    }

    /// Forgets `ids` (a per-user reset).
    mutating func remove(_ ids: Set<String>) {
        guard !ids.isEmpty else { return }
        var removed: [String: [PackageRecord]] = [:]
        for id in ids { if let r = records[id] { removed[r.ownerMageID, default: []].append(r) } }
        for (owner, records) in removed {
            byOwner[owner]?.remove(records)
            if byOwner[owner]?.isEmpty == true { byOwner[owner] = nil }
        }
        for id in ids {
            records[id] = nil
            index.remove(submissionID: id)
            reviewDue[id] = nil
            held.remove(id)
            awaitingManifest.remove(id)
        }
        order.removeAll { ids.contains($0) }
    }

    /// Sets (or, with nil, clears) when `id` takes its next review step.
    mutating func scheduleStep(_ id: String, at due: Int?) {
        reviewDue[id] = due
        if let due { timetable.add(id, due: due) }
    }

    /// The packages whose next step is due by `now` and not held, each once.
    mutating func takeDueSteps(by now: Int) -> [String] {
        var ids: [String] = []
        var seen = Set<String>()
        for entry in timetable.takeDue(by: now) where reviewDue[entry.id] == entry.due && seen.insert(entry.id).inserted {
            // A held package leaves the timetable; releasing it puts it back (`release`).
            if !held.contains(entry.id) { ids.append(entry.id) }
        }
        return ids
    }

    /// A hold ends: the package's step goes back on the timetable.
    mutating func release(_ id: String) {
        held.remove(id)
        if let due = reviewDue[id] { timetable.add(id, due: due) }
    }

    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    mutating func takeRunID() -> String {
        defer { nextRunID += 1 }
        return String(nextRunID)
    }

    /// Every version of `sku` of the owner, in creation order.
    func versions(of sku: String, owner: String) -> [PackageRecord] {
        inCreationOrder(byOwner[owner]?.bySKU[sku])
    }

    /// The owner's packages whose name is `name`, ignoring case, in creation order.
    func named(_ name: String, owner: String) -> [PackageRecord] {
        inCreationOrder(byOwner[owner]?.byName[OwnerPackageLookup.nameKey(name)])
    }

    /// The owner's packages with that item_id, in creation order (one, unless seeds repeat one).
    func withItemID(_ itemID: String, owner: String) -> [PackageRecord] {
        inCreationOrder(byOwner[owner]?.byItemID[itemID])
    }

    /// The owner's package with that submission_id, or nil (another user's is nil too).
    func record(_ submissionID: String, owner: String) -> PackageRecord? {
        guard let r = records[submissionID], r.ownerMageID == owner else { return nil }
        return r
    }

    /// The owner's package with that item_id.
    func record(itemID: String, owner: String) -> PackageRecord? {
        withItemID(itemID, owner: owner).first
    }

    /// A key's few records, oldest first: a key moves to the end of its list when a package
    /// takes it by an update, so the list alone is not in creation order.
    private func inCreationOrder(_ ids: [String]?) -> [PackageRecord] {
        guard let ids else { return [] }
        let found = ids.compactMap { records[$0] }
        return found.count < 2 ? found : found.sorted { $0.sequence < $1.sequence }
    }
}
