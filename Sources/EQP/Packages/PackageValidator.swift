import Formats

/// Type-checks one POST/PUT item against `PackageSchema` (packages.md: "In this mode, the API
/// checks only for basic type-validation issues"). Every problem is collected with its JSON
/// path; the thrown error carries the first problem's code and all messages joined by "; ",
/// such as `prices[1].edition must be one of CE, EE, ECE, got "XE"`.
public struct PackageValidator {
    /// Whether the item creates a package (POST) or updates one (PUT).
    public enum Operation: Sendable {
        case create, update
    }

    let operation: Operation
    let files: FileLookup
    var issues: [PackageIssue] = []
    var references: [PackageFileReference] = []

    /// The cleaned item, or the item's error (1201 types, 1202 values, 1203 files that are not
    /// the caller's, 1210 a malformed `sku`).
    public static func validate(_ item: JSONObject, operation: Operation, files: FileLookup) throws -> ValidatedPackageItem {
        var validator = PackageValidator(operation: operation, files: files)
        let result = validator.run(item)
        if let error = PackageIssue.combined(validator.issues) { throw error }
        return result
    }

    mutating func run(_ item: JSONObject) -> ValidatedPackageItem {
        var out = ValidatedPackageItem()
        for (name, value) in item {
            switch name {
            case "action":
                out.actions = actions(value)
            case "submission_id":
                if operation == .update, !value.isNull {
                    if let s = value.stringValue { out.submissionID = s } else { typeIssue("submission_id", .string, value) }
                } else {
                    out.ignoredFields.append(name)
                }
            case "item_id":
                guard !value.isNull else { continue }
                if let s = value.stringValue {
                    if s.isEmpty { valueIssue("item_id", "must not be empty") } else { out.itemID = s }
                } else {
                    typeIssue("item_id", .string, value)
                }
            case "sku":
                guard operation == .create else { out.ignoredFields.append(name); continue }
                guard !value.isNull else { continue }
                if let s = value.stringValue {
                    if ComposerName.isValid(s) { out.sku = s } else { issues.append(PackageIssue(.invalidSKU, EQPErrorDefinition.invalidSKU.template)) }
                } else {
                    typeIssue("sku", .string, value)
                }
            case "version":
                guard !value.isNull else { continue }
                if let v = check(value, .version, "version")?.stringValue { out.version = v }
            default:
                guard let field = PackageSchema.field(name), field.isWritable else {
                    out.ignoredFields.append(name)
                    continue
                }
                if value.isNull {
                    out.fields[name] = .null
                } else if let cleaned = check(value, field.kind, name) {
                    out.fields[name] = cleaned
                }
            }
        }
        out.fileReferences = references
        return out
    }

    /// `action`: `technical`/`marketing` take draft, submit, recall; `overall` takes remove, cancel.
    mutating func actions(_ value: JSON) -> PackageActionRequest {
        var request = PackageActionRequest()
        if value.isNull { return request }
        guard let o = value.objectValue else { typeIssue("action", .object, value); return request }
        for flow in EQPFlow.allCases {
            guard let raw = o[flow.rawValue], !raw.isNull else { continue }
            let path = "action." + flow.rawValue
            guard let verb = raw.stringValue else { typeIssue(path, .string, raw); continue }
            guard let action = PackageAction(flow: flow, verb: verb) else {
                choiceIssue(path, flow.verbs, raw)
                continue
            }
            switch flow {
            case .technical: request.technical = action
            case .marketing: request.marketing = action
            case .overall: request.overall = action
            }
        }
        return request
    }
}
