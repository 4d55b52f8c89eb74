import Formats

/// Magento 2 Composer keys and Magento 1 product keys (users.md, "Magento 2 package access keys").
extension SandboxStore {
    /// Longest accepted key label.
    static let maxLabelLength = 255

    /// `GET /rest/v1/users/:mage_id/keys`.
    public func composerKeys(mageID: String, query: KeyQuery) throws -> ComposerKeyList {
        try withState { s, _ in
            let user = try s.user(mageID)
            if let uid = query.uid { try user.requireOwned(uid: uid, allowAll: true) }
            var list = ComposerKeyList()
            if query.type != .m1 {
                list.m2 = user.m2Keys.filter { key in
                    (query.uid.map { key.uid == $0 } ?? true) && (query.label.map { key.label == $0 } ?? true)
                }
            }
            if query.type != .m2 {
                // M1 product keys belong to the mage_id itself, never to an organization.
                list.m1 = query.uid.map { $0 == mageID } ?? true ? user.m1Keys : []
            }
            return list
        }
    }

    /// `POST /rest/v1/users/:mage_id/keys`: a batch; each item succeeds or fails on its own.
    public func createComposerKeys(mageID: String, body: JSON) throws -> [ComposerKeyOutcome] {
        let items = try Self.m2Items(body)
        guard !items.isEmpty else { throw EQPError.invalidValue("m2", "must hold at least one key to create") }
        return try withState { s, _ in
            var user = try s.user(mageID)
            var outcomes: [ComposerKeyOutcome] = []
            for (i, item) in items.enumerated() {
                let label = item["label"]?.stringValue, uid = item["uid"]?.stringValue
                do {
                    let key = try user.newComposerKey(item, path: indexPath("m2", i), ids: ids)
                    user.m2Keys.append(key)
                    outcomes.append(.created(key))
                } catch let error as EQPError {
                    outcomes.append(.rejected(label: label, uid: uid, error))
                }
            }
            s.users[mageID] = user
            return outcomes
        }
    }

    /// `PUT /rest/v1/users/:mage_id/keys/:label`: enables or disables one key. The body is
    /// users.md's `{"m2": [{"is_enabled": true, "uid": "..."}]}`; a bare
    /// `{"is_enabled": true}` object is accepted too.
    public func setComposerKeyEnabled(mageID: String, label: String, body: JSON) throws -> ComposerKey {
        let item: JSONObject
        let path: String
        if case .object(let o) = body, o["m2"] == nil, o["is_enabled"] != nil {
            (item, path) = (o, "")
        } else {
            let items = try Self.m2Items(body)
            guard items.count == 1 else { throw EQPErrorDefinition.keyUpdateItemCount.error(["count": String(items.count)]) }
            guard case .object(let o) = items[0] else { throw EQPError.wrongType("m2[0]", expected: .object, actual: items[0]) }
            (item, path) = (o, "m2[0]")
        }
        guard let enabledValue = item["is_enabled"] else { throw EQPError.missing(joinPath(path, "is_enabled")) }
        guard case .bool(let enabled) = enabledValue else {
            throw EQPError.wrongType(joinPath(path, "is_enabled"), expected: .bool, actual: enabledValue)
        }
        let uid = try Self.optionalUID(item["uid"], path: joinPath(path, "uid"))
        return try withState { s, _ in
            var user = try s.user(mageID)
            let i = try user.m2KeyIndex(label: label, uid: uid ?? mageID)
            user.m2Keys[i].isEnabled = enabled
            s.users[mageID] = user
            return user.m2Keys[i]
        }
    }

    /// `DELETE /rest/v1/users/:mage_id/keys/:label?uid=`; `uid` defaults to the mage_id.
    public func deleteComposerKey(mageID: String, label: String, uid: String?) throws {
        try withState { s, _ in
            var user = try s.user(mageID)
            let i = try user.m2KeyIndex(label: label, uid: uid ?? mageID)
            user.m2Keys.remove(at: i)
            s.users[mageID] = user
        }
    }

    /// The `m2` array of a keys request body.
    static func m2Items(_ body: JSON) throws -> [JSON] {
        guard case .object(let o) = body else { throw EQPError.wrongType("The request body", expected: .object, actual: body) }
        guard let m2 = o["m2"] else { throw EQPError.missing("m2") }
        guard case .array(let items) = m2 else { throw EQPError.wrongType("m2", expected: .array, actual: m2) }
        return items
    }

    static func optionalUID(_ value: JSON?, path: String) throws -> String? {
        guard let value else { return nil }
        guard case .string(let uid) = value else { throw EQPError.wrongType(path, expected: .string, actual: value) }
        return uid
    }
}

extension UserRecord {
    /// Throws 1151 unless `uid` is the mage_id or an org_id (or `all` where a filter allows it).
    func requireOwned(uid: String, allowAll: Bool = false) throws {
        guard !owns(uid: uid) else { return }
        throw EQPErrorDefinition.invalidUID.error(["uid": uid, "mage_id": mageID, "extra": allowAll ? ", nor 'all'" : ""])
    }

    /// Validates one `m2` item of a create request and makes its key.
    func newComposerKey(_ item: JSON, path: String, ids: IDGenerator) throws -> ComposerKey {
        guard case .object(let o) = item else { throw EQPError.wrongType(path, expected: .object, actual: item) }
        guard let labelValue = o["label"] else { throw EQPError.missing(joinPath(path, "label")) }
        guard case .string(let label) = labelValue else {
            throw EQPError.wrongType(joinPath(path, "label"), expected: .string, actual: labelValue)
        }
        guard !label.allSatisfy({ $0 == " " }) else { throw EQPError.invalidValue(joinPath(path, "label"), "must not be empty") }
        guard label.count <= SandboxStore.maxLabelLength else {
            throw EQPError.invalidValue(joinPath(path, "label"), "must be at most \(SandboxStore.maxLabelLength) characters")
        }
        let uid = try SandboxStore.optionalUID(o["uid"], path: joinPath(path, "uid")) ?? mageID
        try requireOwned(uid: uid)
        guard !m2Keys.contains(where: { $0.label == label && $0.uid == uid }) else {
            throw EQPErrorDefinition.duplicateKeyLabel.error(["label": label, "uid": uid])
        }
        return ComposerKey(label: label, userKey: ids.composerKey(), passwordKey: ids.composerKey(), isEnabled: true, uid: uid)
    }

    /// The index of the key with that label and uid, or 1151/1154.
    func m2KeyIndex(label: String, uid: String) throws -> Int {
        try requireOwned(uid: uid)
        guard let i = m2Keys.firstIndex(where: { $0.label == label && $0.uid == uid }) else {
            throw EQPErrorDefinition.keyNotFound.error(["label": label, "uid": uid])
        }
        return i
    }
}
