import Formats

/// One problem found in a package item, already worded with its JSON path.
struct PackageIssue: Sendable, Equatable {
    let definition: EQPErrorDefinition
    let message: String

    init(_ definition: EQPErrorDefinition, _ message: String) {
        self.definition = definition
        self.message = message
    }

    /// `path must be an array, got string` (1201).
    static func type(_ path: String, _ expected: PackageJSONType, _ actual: JSON) -> PackageIssue {
        PackageIssue(.packageFieldType, EQPErrorDefinition.packageFieldType.render(
            ["field": path, "expected": expected.phrase, "actual": actual.typeName]))
    }

    /// `path` followed by `problem` (1202).
    static func value(_ path: String, _ problem: String) -> PackageIssue {
        PackageIssue(.packageFieldValue, EQPErrorDefinition.packageFieldValue.render(["field": path, "problem": problem]))
    }

    /// One error for all issues: the first issue's code, every message joined by "; ".
    static func combined(_ issues: [PackageIssue]) -> EQPError? {
        guard let first = issues.first else { return nil }
        return EQPError(code: first.definition.code, status: first.definition.status,
                        message: issues.map(\.message).joined(separator: "; "))
    }
}

/// The JSON types package fields require, worded as messages say them.
enum PackageJSONType: Sendable {
    case string, bool, int, number, object, array

    var phrase: String {
        switch self {
        case .string: return "a string"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .number: return "a number"
        case .object: return "an object"
        case .array: return "an array"
        }
    }
}
