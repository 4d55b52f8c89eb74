import Formats

/// A problem with one field of a JSON document, located by its path (`personal_profile.bio`,
/// `m2[1].label`). Request handling turns it into an `EQPError`; seed loading into a
/// `SeedError` that also names the file.
enum FieldIssue: Error, Equatable {
    case wrongType(path: String, expected: JSONKind, actual: String)
    case invalid(path: String, problem: String)
    case missing(path: String)
    case unknown(path: String, known: [String])

    static func wrongType(_ path: String, _ expected: JSONKind, _ actual: JSON) -> FieldIssue {
        .wrongType(path: path, expected: expected, actual: actual.typeName)
    }

    var path: String {
        switch self {
        case .wrongType(let p, _, _), .invalid(let p, _), .missing(let p), .unknown(let p, _): return p
        }
    }

    /// The problem, worded to follow the path.
    var problem: String {
        switch self {
        case .wrongType(_, let expected, let actual): return "must be \(expected.phrase), got \(actual)"
        case .invalid(_, let problem): return problem
        case .missing: return "is required"
        case .unknown(_, let known): return "is not a known field; known fields: \(known.joined(separator: ", "))"
        }
    }

    var eqpError: EQPError {
        switch self {
        case .wrongType(let path, let expected, let actual):
            return EQPErrorDefinition.invalidFieldType.error(["field": path, "expected": expected.phrase, "actual": actual])
        case .invalid(let path, let problem): return EQPError.invalidValue(path, problem)
        case .missing(let path): return EQPError.missing(path)
        case .unknown: return EQPError.invalidValue(path, problem)
        }
    }
}

/// Joins a path and a member name: `""` + `bio` → `bio`, `personal_profile` + `bio` →
/// `personal_profile.bio`.
func joinPath(_ path: String, _ member: String) -> String { path.isEmpty ? member : path + "." + member }

/// `addresses` + 2 → `addresses[2]`.
func indexPath(_ path: String, _ index: Int) -> String { path + "[\(index)]" }
