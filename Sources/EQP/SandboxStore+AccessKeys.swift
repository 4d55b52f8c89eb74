extension SandboxStore {
    /// The user's API access keys, secrets included (the control API shows them once; the
    /// public `GET /rest/v1/apps` renders `publicJSON`).
    public func accessKeys(mageID: String) throws -> [AccessKey] {
        try withState { s, _ in try s.existingUser(mageID).accessKeys }
    }

    /// Creates an API access key, at most `maxAccessKeysPerUser` per user (access-keys.md).
    public func createAccessKey(mageID: String, name: String) throws -> AccessKey {
        try withState { s, now in
            var user = try s.existingUser(mageID)
            guard user.accessKeys.count < options.maxAccessKeysPerUser else {
                throw EQPErrorDefinition.accessKeyLimit.error(["mage_id": mageID, "limit": String(options.maxAccessKeysPerUser)])
            }
            let key = AccessKey(applicationID: s.unusedApplicationID(ids), applicationSecret: ids.applicationSecret(),
                                name: name, createdAt: now)
            user.accessKeys.append(key)
            s.users[mageID] = user
            return key
        }
    }

    /// Gives the key a new application ID and secret; the old pair stops minting tokens, tokens
    /// already minted stay valid (access-keys.md, "Manage your API access keys").
    public func regenerateAccessKey(mageID: String, applicationID: String) throws -> AccessKey {
        try withState { s, now in
            var user = try s.existingUser(mageID)
            guard let i = user.accessKeys.firstIndex(where: { $0.applicationID == applicationID }) else {
                throw EQPErrorDefinition.accessKeyNotFound.error(["mage_id": mageID, "app_id": applicationID])
            }
            user.accessKeys[i].applicationID = s.unusedApplicationID(ids)
            user.accessKeys[i].applicationSecret = ids.applicationSecret()
            user.accessKeys[i].regeneratedAt = now
            s.users[mageID] = user
            return user.accessKeys[i]
        }
    }

    /// Deletes the key; tokens it minted stay valid until they expire (access-keys.md).
    public func deleteAccessKey(mageID: String, applicationID: String) throws {
        try withState { s, _ in
            var user = try s.existingUser(mageID)
            guard let i = user.accessKeys.firstIndex(where: { $0.applicationID == applicationID }) else {
                throw EQPErrorDefinition.accessKeyNotFound.error(["mage_id": mageID, "app_id": applicationID])
            }
            user.accessKeys.remove(at: i)
            s.users[mageID] = user
        }
    }
}

extension SandboxState {
    /// The user, or 1105 for control operations that name users directly.
    func existingUser(_ mageID: String) throws -> UserRecord {
        guard let user = users[mageID] else { throw EQPErrorDefinition.unknownUser.error(["mage_id": mageID]) }
        return user
    }

    func unusedApplicationID(_ ids: IDGenerator) -> String {
        while true {
            let id = ids.applicationID()
            if !users.values.contains(where: { $0.accessKeys.contains { $0.applicationID == id } }) { return id }
        }
    }
}
