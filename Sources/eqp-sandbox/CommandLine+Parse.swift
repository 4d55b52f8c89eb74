import Glibc

/// What the command line asked for.
enum Invocation {
    case run(SandboxOptions)
    /// Probe a running sandbox's health endpoint (container HEALTHCHECK without curl).
    case healthcheck(SandboxOptions)
    /// Print the error catalogue as a Markdown table.
    case errors
    case help
    case version
}

enum CommandLineParser {
    /// Environment first, flags over it: a flag always wins, so a script can override a
    /// container's variables.
    static func parse(_ arguments: [String], environment: [String: String]) throws -> Invocation {
        var options = SandboxOptions()
        for spec in SandboxOptions.specs {
            if let value = environment[spec.env], !value.isEmpty {
                do { try spec.apply(&options, value) } catch let e as UsageError {
                    throw UsageError("environment variable \(spec.env): \(e.description)")
                }
            }
        }
        var i = 0
        var healthcheck = false
        if arguments.first == "healthcheck" {
            healthcheck = true
            i = 1
        }
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if arg == "--help" || arg == "-h" || arg == "help" { return .help }
            if arg == "--version" || arg == "version" { return .version }
            if arg == "errors" && i == 1 { return .errors }
            if arg == "run" && i == 1 { continue }
            var name = arg
            var inlineValue: String?
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                name = String(arg[..<eq])
                inlineValue = String(arg[arg.index(after: eq)...])
            }
            guard let spec = SandboxOptions.specs.first(where: { $0.flag == name }) else {
                throw UsageError("unknown option '\(arg)'. See 'eqp-sandbox --help'.")
            }
            if spec.valueName == nil {
                if inlineValue != nil { throw UsageError("\(name) takes no value") }
                try spec.apply(&options, name)
                continue
            }
            let value: String
            if let v = inlineValue {
                value = v
            } else {
                guard i < arguments.count else { throw UsageError("\(name) needs a value (\(spec.valueName!))") }
                value = arguments[i]
                i += 1
            }
            try spec.apply(&options, value)
        }
        return healthcheck ? .healthcheck(options) : .run(options)
    }

    static func currentEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return env
    }
}
