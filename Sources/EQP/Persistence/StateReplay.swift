/// Rebuilds a `SandboxState` from items: a snapshot's, then each later journal record's, in
/// order. Items are applied as plain assignments (tracking off); the derived structures
/// (package index and per-owner lookups, pending scans) are rebuilt once at the end.
struct StateReplay {
    private(set) var state = SandboxState()
    /// The last clock and ID generator positions seen, if any.
    private(set) var clock: ClockSetting?
    private(set) var ids: UInt64?

    mutating func apply(_ item: StateItem) {
        switch item {
        case .user(let id, let v): state.users[id] = v
        case .session(let token, let v): state.sessions[token] = v
        case .file(let id, let v): state.files[id] = v
        case .baseline(let id, let v): state.userBaselines[id] = v
        case .package(let id, let slot):
            state.packages.records[id] = slot?.record
            state.packages.reviewDue[id] = slot?.reviewDue
            if slot?.held == true { state.packages.held.insert(id) } else { state.packages.held.remove(id) }
            if slot?.awaitingManifest == true { state.packages.awaitingManifest.insert(id) } else { state.packages.awaitingManifest.remove(id) }
        case .order(let list, let operations):
            for op in operations {
                switch list {
                case .users: state.userOrder.apply(op)
                case .files: state.fileOrder.apply(op)
                case .packages: state.packages.order.apply(op)
                }
            }
        case .counters(let sequence, let runID):
            state.packages.nextSequence = sequence
            state.packages.nextRunID = runID
        case .outcomes(let queue): state.packages.outcomes = queue
        case .metrics(let metrics): state.metrics = metrics
        case .clock(let setting): clock = setting
        case .ids(let position): ids = position
        case .clear: state = SandboxState()
        }
    }

    /// The state with its derived structures rebuilt (file bytes are still to be loaded).
    mutating func finish() -> SandboxState {
        state.pendingScans = PendingScans()
        for id in state.fileOrder {
            if let file = state.files[id], file.status == .inProgress { state.pendingScans.add(id, dueAt: file.scanDueAt) }
        }
        state.packages.rebuildDerived()
        return state
    }
}

extension PackageState {
    /// The index and per-owner lookups from `records` and `order`.
    mutating func rebuildDerived() {
        index = PackageIndex()
        byOwner = [:]
        timetable = ReviewTimetable()
        for (id, due) in reviewDue where !held.contains(id) { timetable.add(id, due: due) }
        for id in order {
            guard let record = records[id] else { continue }
            index.update(record)
            byOwner[record.ownerMageID, default: OwnerPackageLookup()].update(record, previous: nil)
        }
    }
}
