import Formats

extension PackageValidator {
    /// `value` checked against `kind` and cleaned, or nil after recording the problem.
    mutating func check(_ value: JSON, _ kind: PackageFieldKind, _ path: String) -> JSON? {
        switch kind {
        case .string:
            guard value.stringValue != nil else { return typeIssue(path, .string, value) }
            return value
        case .choice(let allowed):
            guard let s = value.stringValue else { return typeIssue(path, .string, value) }
            guard allowed.contains(s) else { return choiceIssue(path, allowed, value) }
            return value
        case .intChoice(let allowed, let acceptsString):
            var number = value.intValue
            if number == nil, acceptsString, let s = value.stringValue { number = Int(s) }
            guard let n = number else {
                if case .double = value { return choiceIssue(path, allowed.map(String.init), value) }
                return typeIssue(path, .int, value)
            }
            guard allowed.contains(n) else { return choiceIssue(path, allowed.map(String.init), value) }
            return .int(n)
        case .bool:
            guard value.boolValue != nil else { return typeIssue(path, .bool, value) }
            return value
        case .price(let acceptsString):
            return price(value, path, acceptsString: acceptsString)
        case .timestamp:
            guard let s = value.stringValue else { return typeIssue(path, .string, value) }
            guard let t = UTCTimestamp.parse(s) else {
                return valueIssue(path, "must be a UTC time such as \"2020-04-17 16:00:00\", got \(value.text)")
            }
            return .string(UTCTimestamp.format(t))
        case .url:
            guard let s = value.stringValue else { return typeIssue(path, .string, value) }
            guard PackageText.isHTTPURL(s) else { return valueIssue(path, "must be an http:// or https:// URL, got \(value.text)") }
            return value
        case .version:
            guard let s = value.stringValue else { return typeIssue(path, .string, value) }
            guard PackageText.isVersion(s) else { return valueIssue(path, "must be a version such as \"2.4\" or \"1.1.5\", got \(value.text)") }
            return value
        case .object(let members):
            guard let o = value.objectValue else { return typeIssue(path, .object, value) }
            var out = JSONObject()
            for member in members {
                guard let v = o[member.name], !v.isNull else { continue }
                if let cleaned = check(v, member.kind, path + "." + member.name) { out.append(member.name, cleaned) }
            }
            return .object(out)
        case .array(let element, let maxCount):
            guard let a = value.arrayValue else { return typeIssue(path, .array, value) }
            if let maxCount, a.count > maxCount {
                return valueIssue(path, "may hold at most \(maxCount) item\(maxCount == 1 ? "" : "s"), got \(a.count)")
            }
            var out: [JSON] = []
            out.reserveCapacity(a.count)
            for (i, v) in a.enumerated() {
                if let cleaned = check(v, element, "\(path)[\(i)]") { out.append(cleaned) }
            }
            return .array(out)
        case .fileReference:
            return fileReference(value, path)
        case .sharedArtifact:
            return sharedArtifact(value, path)
        case .browserMatrix:
            return browserMatrix(value, path)
        case .flags(let keys):
            guard let o = value.objectValue else { return typeIssue(path, .object, value) }
            var out = JSONObject()
            for key in keys {
                guard let v = o[key], !v.isNull else { continue }
                if v.boolValue != nil { out.append(key, v) } else { typeIssue(path + "." + key, .bool, v) }
            }
            return .object(out)
        case .action, .computed:
            return nil
        }
    }

    /// A non-negative amount with at most two decimals ("such as 123.45").
    mutating func price(_ value: JSON, _ path: String, acceptsString: Bool) -> JSON? {
        let problem = "must be a non-negative amount with up to two decimal places, such as 123.45, got \(value.text)"
        switch value {
        case .int(let i):
            return i >= 0 ? value : valueIssue(path, problem)
        case .double(let d):
            return d >= 0 && PackageText.hasAtMostTwoDecimals(d) ? value : valueIssue(path, problem)
        case .string(let s) where acceptsString:
            guard PackageText.isAmount(s), let d = Double(s) else { return valueIssue(path, problem) }
            return .double(d)
        default:
            return typeIssue(path, .number, value)
        }
    }

    /// `{"file_upload_id": "..."}`: other members (the expanded form a GET returns) are ignored;
    /// the file must be one of the caller's.
    mutating func fileReference(_ value: JSON, _ path: String) -> JSON? {
        guard let o = value.objectValue else { return typeIssue(path, .object, value) }
        guard let raw = o["file_upload_id"], !raw.isNull else { return valueIssue(path + ".file_upload_id", "is required") }
        guard let id = raw.stringValue else { return typeIssue(path + ".file_upload_id", .string, raw) }
        return reference(id, path, role: role(of: path))
    }

    /// Records a reference to `id`, which must be among the caller's files.
    mutating func reference(_ id: String, _ path: String, role: PackageFileReference.Role) -> JSON? {
        guard files(id) != nil else {
            issues.append(PackageIssue(.packageFileNotFound, EQPErrorDefinition.packageFileNotFound.render(
                ["field": path + ".file_upload_id", "file_upload_id": id])))
            return nil
        }
        references.append(PackageFileReference(path: path, fileUploadID: id, role: role))
        return ["file_upload_id": .string(id)]
    }

    func role(of path: String) -> PackageFileReference.Role {
        if path.hasPrefix("documentation_artifacts") { return .documentation }
        if path.hasPrefix("media_artifacts") { return .media }
        if path.hasPrefix("shared_packages") { return .sharedPackage }
        return .artifact
    }

    /// `shared_packages[N].artifact`: "Each shared package is specified by `file_upload_id`, or
    /// `sku` and `version`."
    mutating func sharedArtifact(_ value: JSON, _ path: String) -> JSON? {
        guard let o = value.objectValue else { return typeIssue(path, .object, value) }
        if let raw = o["file_upload_id"], !raw.isNull {
            guard let id = raw.stringValue else { return typeIssue(path + ".file_upload_id", .string, raw) }
            return reference(id, path, role: .sharedPackage)
        }
        let sku = present(o["sku"]), version = present(o["version"])
        guard let sku, let version else { return valueIssue(path, "needs a file_upload_id, or a sku and a version") }
        guard sku.stringValue != nil else { return typeIssue(path + ".sku", .string, sku) }
        guard version.stringValue != nil else { return typeIssue(path + ".version", .string, version) }
        return ["sku": sku, "version": version]
    }

    /// `value` unless it is absent or JSON null.
    func present(_ value: JSON?) -> JSON? {
        guard let value, !value.isNull else { return Optional<JSON>.none }
        return value
    }

    /// `browser_os_compatibility`: `{"chrome": {"mac": ["39", "44"], ...}, ...}`.
    mutating func browserMatrix(_ value: JSON, _ path: String) -> JSON? {
        guard let o = value.objectValue else { return typeIssue(path, .object, value) }
        var out = JSONObject()
        for (browser, systems) in o {
            let browserPath = path + "." + browser
            guard PackageVocabulary.browsers.contains(browser) else {
                valueIssue(browserPath, "is not a known browser; use " + PackageVocabulary.browsers.joined(separator: ", "))
                continue
            }
            guard let s = systems.objectValue else { typeIssue(browserPath, .object, systems); continue }
            var cleaned = JSONObject()
            for (os, versions) in s {
                let osPath = browserPath + "." + os
                guard PackageVocabulary.operatingSystems.contains(os) else {
                    valueIssue(osPath, "is not a known OS; use " + PackageVocabulary.operatingSystems.joined(separator: ", "))
                    continue
                }
                if let list = check(versions, .array(.string, maxCount: nil), osPath) { cleaned.append(os, list) }
            }
            out.append(browser, .object(cleaned))
        }
        return .object(out)
    }

    @discardableResult
    mutating func typeIssue(_ path: String, _ expected: PackageJSONType, _ actual: JSON) -> JSON? {
        issues.append(.type(path, expected, actual))
        return nil
    }

    @discardableResult
    mutating func valueIssue(_ path: String, _ problem: String) -> JSON? {
        issues.append(.value(path, problem))
        return nil
    }

    /// `path must be one of CE, EE, ECE, got "XE"`.
    @discardableResult
    mutating func choiceIssue(_ path: String, _ allowed: [String], _ actual: JSON) -> JSON? {
        valueIssue(path, "must be one of " + allowed.joined(separator: ", ") + ", got " + actual.text)
    }
}
