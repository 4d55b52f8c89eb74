import Formats

/// Collects seed documents one by one, validating each as it comes and the references between
/// them at the end.
struct SeedBuilder {
    let directory: String?
    let maxAccessKeysPerUser: Int
    var seed = Seed()
    /// Where each user, file, access key and demo token was defined, to report duplicates.
    var userOrigins: [String: String] = [:]
    var fileOrigins: [String: String] = [:]
    var applicationOrigins: [String: String] = [:]
    var tokenOrigins: [String: String] = [:]
    var metricOrigins: [String: String] = [:]

    static let topLevelKeys = ["users", "metrics", "packages"]

    init(directory: String?, maxAccessKeysPerUser: Int) {
        self.directory = directory
        self.maxAccessKeysPerUser = maxAccessKeysPerUser
    }

    mutating func add(_ json: JSON, file: String) throws {
        let doc = SeedDocument(file: file)
        guard case .object(let top) = json else {
            throw doc.fail("", "the top level must be an object with any of \(Self.topLevelKeys.joined(separator: ", ")), got \(json.typeName)")
        }
        seed.sourceFiles.append(file)
        for (key, value) in top {
            // Members starting with "_" are comments (JSON has none of its own).
            if key.hasPrefix("_") { continue }
            switch key {
            case "users":
                for (i, user) in try doc.array(value, "users").enumerated() {
                    try addUser(user, path: indexPath("users", i), doc: doc)
                }
            case "metrics":
                for (i, metric) in try doc.array(value, "metrics").enumerated() {
                    try addMetric(metric, path: indexPath("metrics", i), doc: doc)
                }
            case "packages":
                for (i, package) in try doc.array(value, "packages").enumerated() {
                    seed.packages.append(SeedPackageDocument(file: file, path: indexPath("packages", i), value: package))
                }
            default:
                throw doc.fail(key, "is not a known seed section; known sections: \(Self.topLevelKeys.joined(separator: ", ")) (members starting with '_' are comments)")
            }
        }
    }

    mutating func addMetric(_ value: JSON, path: String, doc: SeedDocument) throws {
        let o = try doc.object(value, path, allowed: ["name", "description", "records"])
        let name = try doc.string(o, "name", path)
        if let origin = metricOrigins[name] { throw doc.fail(joinPath(path, "name"), "metric '\(name)' is already defined in \(origin)") }
        metricOrigins[name] = "\(doc.file) \(path)"
        let description = try doc.optionalString(o, "description", path) ?? ""
        let records = try doc.records(o["records"], joinPath(path, "records"))
        seed.metrics.append(Metric(name: name, description: description, records: records))
    }

    /// The finished seed. Cross-document checks (duplicates) happen as documents are added.
    func finish() throws -> Seed {
        var out = seed
        out.seedPackages = try SeedPackages.parse(seed.packages, files: seed.files, users: seed.users)
        return out
    }
}

/// Reading helpers that know which file they read, so every failure names file and path.
struct SeedDocument {
    let file: String

    func fail(_ path: String, _ problem: String) -> SeedError { SeedError(file: file, path: path, problem: problem) }

    func fail(_ issue: FieldIssue, under prefix: String) -> SeedError {
        fail(joinPath(prefix, issue.path), issue.problem)
    }

    func object(_ value: JSON, _ path: String, allowed: [String]) throws -> JSONObject {
        guard case .object(let o) = value else { throw fail(path, "must be an object, got \(value.typeName)") }
        for key in o.keys where !allowed.contains(key) && !key.hasPrefix("_") {
            throw fail(joinPath(path, key), "is not a known field; known fields: \(allowed.joined(separator: ", "))")
        }
        return o
    }

    func array(_ value: JSON?, _ path: String) throws -> [JSON] {
        guard let value, !value.isNull else { return [] }
        guard case .array(let a) = value else { throw fail(path, "must be an array, got \(value.typeName)") }
        return a
    }

    /// A required, non-empty string member.
    func string(_ o: JSONObject, _ key: String, _ path: String) throws -> String {
        guard let value = o[key], !value.isNull else { throw fail(joinPath(path, key), "is required") }
        guard case .string(let s) = value else { throw fail(joinPath(path, key), "must be a string, got \(value.typeName)") }
        guard !s.isEmpty else { throw fail(joinPath(path, key), "must not be empty") }
        return s
    }

    func optionalString(_ o: JSONObject, _ key: String, _ path: String) throws -> String? {
        guard let value = o[key], !value.isNull else { return nil }
        guard case .string(let s) = value else { throw fail(joinPath(path, key), "must be a string, got \(value.typeName)") }
        return s
    }

    func optionalBool(_ o: JSONObject, _ key: String, _ path: String) throws -> Bool? {
        guard let value = o[key], !value.isNull else { return nil }
        guard case .bool(let b) = value else { throw fail(joinPath(path, key), "must be a boolean, got \(value.typeName)") }
        return b
    }

    func optionalTimestamp(_ o: JSONObject, _ key: String, _ path: String) throws -> Int? {
        guard let s = try optionalString(o, key, path) else { return nil }
        guard let t = UTCTimestamp.parse(s) else {
            throw fail(joinPath(path, key), "must be a UTC timestamp 'YYYY-MM-DD HH:MM:SS', got '\(s)'")
        }
        return t
    }

    /// An array of report records: JSON objects of any shape.
    func records(_ value: JSON?, _ path: String) throws -> [JSON] {
        let items = try array(value, path)
        for (i, item) in items.enumerated() where item.objectValue == nil {
            throw fail(indexPath(path, i), "a record must be an object, got \(item.typeName)")
        }
        return items
    }
}
