/// The files whose malware scan is `in-progress`, with a lower bound on when the first one is
/// due. Every store operation settles what is due first, so this check is on every request's
/// path: it must cost nothing while no scan is due, however many are pending (walking them all
/// made each request O(pending): 2,000 pending uploads cut a profile GET from 24,000 to 1,500
/// requests a second, 10,000 to 260).
struct PendingScans: Sendable {
    /// File IDs, in the order their scans started.
    private(set) var ids: [String] = []
    /// No pending scan is due before this; `Int.max` when none is pending. Only ever lowered
    /// between passes (removing a file leaves it as it is), so it never hides a due scan.
    private(set) var earliestDue = Int.max

    var isEmpty: Bool { ids.isEmpty }
    var count: Int { ids.count }

    func contains(_ id: String) -> Bool { ids.contains(id) }

    /// Whether a pass over the pending scans can finish one at `now`.
    func anyDue(at now: Int) -> Bool { !ids.isEmpty && earliestDue <= now }

    /// A scan started (or, for one already pending, brought forward) that is due at `dueAt`.
    mutating func add(_ id: String, dueAt: Int, checkingDuplicates: Bool = false) {
        if !checkingDuplicates || !ids.contains(id) { ids.append(id) }
        earliestDue = min(earliestDue, dueAt)
    }

    mutating func removeAll(where shouldRemove: (String) throws -> Bool) rethrows {
        try ids.removeAll(where: shouldRemove)
        if ids.isEmpty { earliestDue = Int.max }
    }

    /// What a pass left pending, and the earliest of their due times.
    mutating func replace(with remaining: [String], earliestDue: Int) {
        ids = remaining
        self.earliestDue = remaining.isEmpty ? Int.max : earliestDue
    }
}
