import Formats

/// `/rest/v1/products/packages` (packages.md, "Package submissions" and "Get package details").
extension SandboxStore {
    /// `POST /rest/v1/products/packages`: one answer per item, in order (rest-api.md, "Batch
    /// response"); each item succeeds or fails on its own.
    public func createPackages(mageID: String, items: [JSON], links: DownloadLinks) throws -> [JSON] {
        try withState { s, now in
            _ = try s.user(mageID)
            let context = PackageContext(ids: ids, options: options, links: links)
            return items.map { raw in
                Self.batchAnswer(raw) {
                    // Two statements: `s.render(try s.createPackage(...))` would read `s` before the write.
                    let record = try s.createPackage(raw, owner: mageID, now: now, context: context)
                    return s.render(record, links: links)
                }
            }
        }
    }

    /// `PUT /rest/v1/products/packages`: like POST, each item naming its `submission_id`.
    public func updatePackages(mageID: String, items: [JSON], links: DownloadLinks) throws -> [JSON] {
        try withState { s, now in
            _ = try s.user(mageID)
            let context = PackageContext(ids: ids, options: options, links: links)
            return items.map { raw in
                Self.batchAnswer(raw) {
                    guard let obj = raw.objectValue else {
                        throw EQPErrorDefinition.packageItemNotObject.error(["actual": raw.typeName])
                    }
                    guard let id = obj["submission_id"]?.stringValue else { throw EQPErrorDefinition.missingSubmissionID.error() }
                    guard let existing = s.packages.record(id, owner: mageID) else { throw Self.packageNotFound("submission_id", id) }
                    let record = try s.updatePackage(obj, existing: existing, now: now, context: context)
                    return s.render(record, links: links)
                }
            }
        }
    }

    /// `PUT /rest/v1/products/packages/:id`: `id` is a submission_id or, failing that, an
    /// item_id (SANDBOX-NOTES.md); the answer is the package or the item's error.
    public func updatePackage(mageID: String, id: String, body: JSONObject, links: DownloadLinks) throws -> JSON {
        try withState { s, now in
            _ = try s.user(mageID)
            guard let existing = s.packages.record(id, owner: mageID) ?? s.packages.record(itemID: id, owner: mageID) else {
                throw Self.packageNotFound("submission_id or item_id", id)
            }
            var obj = body
            obj["submission_id"] = nil
            let context = PackageContext(ids: ids, options: options, links: links)
            let record = try s.updatePackage(obj, existing: existing, now: now, context: context)
            return .object(s.render(record, links: links))
        }
    }

    /// `GET /rest/v1/products/packages/:submission_id`.
    public func package(mageID: String, submissionID: String, links: DownloadLinks) throws -> JSON {
        try withState { s, _ in
            guard let record = s.packages.record(submissionID, owner: mageID) else {
                throw Self.packageNotFound("submission_id", submissionID)
            }
            return .object(s.render(record, links: links))
        }
    }

    /// `GET /rest/v1/products/packages/items/:item_id`.
    public func package(mageID: String, itemID: String, links: DownloadLinks) throws -> JSON {
        try withState { s, _ in
            guard let record = s.packages.record(itemID: itemID, owner: mageID) else {
                throw Self.packageNotFound("item_id", itemID)
            }
            return .object(s.render(record, links: links))
        }
    }

    /// `GET /rest/v1/products/packages` (also `/skus` and `/items`): filtered, sorted, paged
    /// (filtering.md). `sku` set: `/skus/:sku`, where `version` is an exact match.
    public func packages(mageID: String, query parameters: [(name: String, value: String)], sku: String? = nil,
                         links: DownloadLinks) throws -> Page<JSON> {
        var query = try PackageQuery.parse(parameters, reserved: sku == nil ? [] : ["version"])
        query.ownerMageID = mageID
        query.exactSKU = sku
        let exactVersion = sku == nil ? nil : parameters.last { $0.name == "version" }?.value
        return try withState { s, _ in
            _ = try s.user(mageID)
            if let exactVersion, !exactVersion.isEmpty {
                // One sku has few versions: filter them whole, then page.
                var all = query
                all.page = PageRequest(offset: 0, limit: -1)
                let ids = all.run(s.packages.index).items.filter { s.packages.records[$0]?.version == exactVersion }
                let page = query.page.apply(ids)
                return Page(items: s.renderList(page.items, owner: mageID, links: links), total: page.total)
            }
            let page = query.run(s.packages.index)
            return Page(items: s.renderList(page.items, owner: mageID, links: links), total: page.total)
        }
    }

    /// One batch item's answer: the package it produced, or its error (rest-api.md, "Batch
    /// response"); an item never fails the batch.
    static func batchAnswer(_ raw: JSON, _ body: () throws -> JSONObject) -> JSON {
        do {
            return PackageBatchItem.success(try body())
        } catch let error as EQPError {
            return PackageBatchItem.failure(error, item: raw)
        } catch {
            return PackageBatchItem.failure(EQPErrorDefinition.packageFieldValue.error(["field": "item", "problem": "\(error)"]), item: raw)
        }
    }

    /// 1206 naming how the package was looked for.
    static func packageNotFound(_ key: String, _ value: String) -> EQPError {
        EQPErrorDefinition.packageNotFound.error(["key": key, "value": value])
    }
}

extension SandboxState {
    /// The package as GET shows it, `max_version_launched` included.
    func render(_ record: PackageRecord, links: DownloadLinks) -> JSONObject {
        let max = record.sku.flatMap { MaxVersionLaunched.among(packages.versions(of: $0, owner: record.ownerMageID)) }
        return record.json(files: fileLookup(owner: record.ownerMageID, links: links), maxVersionLaunched: max)
    }

    /// Renders a page of submission ids, working out each sku's highest release once.
    func renderList(_ ids: [String], owner: String, links: DownloadLinks) -> [JSON] {
        let records = ids.compactMap { packages.records[$0] }
        let skus = Set(records.compactMap(\.sku))
        var bySKU: [String: [PackageRecord]] = [:]
        for sku in skus { bySKU[sku] = packages.versions(of: sku, owner: owner) }
        let lookup = fileLookup(owner: owner, links: links)
        return records.map { r in
            .object(r.json(files: lookup, maxVersionLaunched: r.sku.flatMap { MaxVersionLaunched.among(bySKU[$0] ?? []) }))
        }
    }
}
