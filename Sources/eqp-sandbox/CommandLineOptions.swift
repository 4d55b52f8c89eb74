import Glibc

/// One command-line option: its flag, the environment variable that sets it too, the
/// default shown in `--help`, and how it applies to the configuration. The table below is
/// the single source for parsing, `--help` and the README's configuration section.
struct OptionSpec {
    let flag: String
    let env: String
    let valueName: String?      // nil for a switch (`--flag` / `VAR=true`)
    let defaultText: String
    let help: String
    let apply: (inout SandboxOptions, String) throws -> Void
}

struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

enum Parse {
    static func int(_ flag: String, _ text: String, min: Int = 0) throws -> Int {
        guard let v = Int(text), v >= min else { throw UsageError("\(flag) expects a whole number ≥ \(min), got '\(text)'") }
        return v
    }

    static func seconds(_ flag: String, _ text: String) throws -> Double {
        guard let v = Double(text), v > 0, v.isFinite else { throw UsageError("\(flag) expects a positive number of seconds, got '\(text)'") }
        return v
    }

    static func bool(_ flag: String, _ text: String) throws -> Bool {
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw UsageError("\(flag) expects true or false, got '\(text)'")
        }
    }

    /// Sizes accept a plain byte count or a K/M/G suffix (binary units): `64M`.
    static func bytes(_ flag: String, _ text: String) throws -> Int {
        var t = Substring(text.uppercased())
        var unit = 1
        if t.hasSuffix("IB") { t = t.dropLast(2) } else if t.hasSuffix("B") { t = t.dropLast() }
        switch t.last {
        case "K": unit = 1 << 10; t = t.dropLast()
        case "M": unit = 1 << 20; t = t.dropLast()
        case "G": unit = 1 << 30; t = t.dropLast()
        default: break
        }
        guard let v = Int(t), v > 0, v <= Int.max / unit else { throw UsageError("\(flag) expects a size such as 65536 or 64M, got '\(text)'") }
        return v * unit
    }
}
