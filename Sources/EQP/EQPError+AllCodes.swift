extension EQPError {
    /// Every error the sandbox can answer with, from every catalogue, in code order.
    public static var allDefinitions: [EQPErrorDefinition] {
        (catalogue + packageCatalogue).sorted { $0.code < $1.code }
    }

    /// The catalogue as a Markdown table, as the README lists it (`eqp-sandbox errors`).
    public static func markdownTable() -> String {
        var out = "| code | HTTP status | name | message |\n| --- | --- | --- | --- |\n"
        for d in allDefinitions {
            let message = d.template.replacingPipes()
            out += "| \(d.code) | \(d.status) | `\(d.name)` | \(message) |\n"
        }
        return out
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var s = ""
        for c in self { s += c == "|" ? "\\|" : String(c) }
        return s
    }
}
