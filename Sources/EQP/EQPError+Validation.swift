import Formats

extension EQPError {
    /// `field` holds a value of the wrong JSON type, such as "personal_profile.bio must be a
    /// string, got integer".
    public static func wrongType(_ field: String, expected: JSONKind, actual: JSON) -> EQPError {
        EQPErrorDefinition.invalidFieldType.error(["field": field, "expected": expected.phrase, "actual": actual.typeName])
    }

    /// `field` has the right type but a value that is not allowed; `problem` reads on from the
    /// field name ("must start with http:// or https://").
    public static func invalidValue(_ field: String, _ problem: String) -> EQPError {
        EQPErrorDefinition.invalidFieldValue.error(["field": field, "problem": problem])
    }

    /// A required field is absent.
    public static func missing(_ field: String) -> EQPError {
        EQPErrorDefinition.missingField.error(["field": field])
    }
}

/// The JSON types a field may require, named the way validation messages say them.
public enum JSONKind: Sendable, Equatable {
    case string, bool, int, number, object, array

    public var phrase: String {
        switch self {
        case .string: return "a string"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .number: return "a number"
        case .object: return "an object"
        case .array: return "an array"
        }
    }

    /// Whether `value` is of this kind. Integral numbers written as `7200.0` count as integers.
    public func matches(_ value: JSON) -> Bool {
        switch (self, value) {
        case (.string, .string), (.bool, .bool), (.object, .object), (.array, .array): return true
        case (.int, _): return value.intValue != nil
        case (.number, .int), (.number, .double): return true
        default: return false
        }
    }
}

/// Quotes a client-supplied value for a message: strings in single quotes, other JSON as written.
func quoted(_ value: JSON) -> String {
    if case .string(let s) = value { return "'\(s)'" }
    return value.text
}
