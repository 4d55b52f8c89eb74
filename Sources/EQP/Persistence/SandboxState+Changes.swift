/// What the journal reads from the state: the entities a write touched, the order lists'
/// operations, and the whole state as items (snapshots, whole resets and imports).
extension SandboxState {
    /// Switches change tracking on or off in every tracked collection.
    mutating func setTracking(_ on: Bool) {
        users.tracking = on
        userOrder.tracking = on
        sessions.tracking = on
        files.tracking = on
        fileOrder.tracking = on
        userBaselines.tracking = on
        packages.records.tracking = on
        packages.order.tracking = on
        packages.reviewDue.tracking = on
        packages.held.tracking = on
        packages.awaitingManifest.tracking = on
    }

    /// The entities written since the last call, as they are now, and the order lists'
    /// operations; forgets them. Globals (counters, outcomes, metrics) are compared by the
    /// journal itself.
    mutating func takeChanges() -> [StateItem] {
        var items: [StateItem] = []
        for id in users.takeTouched() { items.append(.user(id, users[id])) }
        for id in userBaselines.takeTouched() { items.append(.baseline(id, userBaselines[id])) }
        for token in sessions.takeTouched() { items.append(.session(token, sessions[token])) }
        for id in files.takeTouched() { items.append(.file(id, files[id])) }
        var packageIDs = packages.records.takeTouched()
        packageIDs.formUnion(packages.reviewDue.takeTouched())
        packageIDs.formUnion(packages.held.takeTouched())
        packageIDs.formUnion(packages.awaitingManifest.takeTouched())
        for id in packageIDs { items.append(.package(id, packageSlot(id))) }
        let userOps = userOrder.takeLog(), fileOps = fileOrder.takeLog(), packageOps = packages.order.takeLog()
        if !userOps.isEmpty { items.append(.order(.users, userOps)) }
        if !fileOps.isEmpty { items.append(.order(.files, fileOps)) }
        if !packageOps.isEmpty { items.append(.order(.packages, packageOps)) }
        return items
    }

    func packageSlot(_ id: String) -> PackageSlot? {
        packages.records[id].map { record in
            PackageSlot(record: record, reviewDue: packages.reviewDue[id], held: packages.held.contains(id),
                        awaitingManifest: packages.awaitingManifest.contains(id))
        }
    }

    /// The whole state as items that rebuild it from an empty one, globals first, then every
    /// entity in list order. Lazy: a snapshot streams them to disk one by one.
    var allItems: AnySequence<StateItem> {
        let head: [StateItem] = [
            .counters(nextSequence: packages.nextSequence, nextRunID: packages.nextRunID),
            .outcomes(packages.outcomes),
            .metrics(metrics),
            .order(.users, [.replace(Array(userOrder))]),
            .order(.files, [.replace(Array(fileOrder))]),
            .order(.packages, [.replace(Array(packages.order))]),
        ]
        let state = self
        let users = userOrder.lazy.compactMap { id in state.users[id].map { StateItem.user(id, $0) } }
        let baselines = userBaselines.lazy.map { StateItem.baseline($0.key, $0.value) }
        let sessions = self.sessions.lazy.map { StateItem.session($0.key, $0.value) }
        let files = fileOrder.lazy.compactMap { id in state.files[id].map { StateItem.file(id, $0) } }
        let packages = self.packages.order.lazy.compactMap { id in state.packageSlot(id).map { StateItem.package(id, $0) } }
        let all = [AnySequence(head), AnySequence(users), AnySequence(baselines), AnySequence(sessions),
                   AnySequence(files), AnySequence(packages)].joined()
        return AnySequence(all)
    }
}
