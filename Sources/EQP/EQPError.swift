/// A failure the EQP API reports to the client: a stable numeric `code`, the HTTP `status` it
/// travels with when it fails a whole request, and a human-readable `message`
/// (handling-errors.md: `{"code": N, "message": "..."}`). In a batch the same error becomes an
/// item's `code`/`message` (rest-api.md, "Batch response").
public struct EQPError: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: Int
    public let status: Int
    public let message: String

    public init(code: Int, status: Int, message: String) {
        self.code = code
        self.status = status
        self.message = message
    }

    /// An error of a catalogue entry, with the entry's template filled in from `values`.
    public init(_ definition: EQPErrorDefinition, _ values: [String: String] = [:]) {
        self.init(code: definition.code, status: definition.status, message: definition.render(values))
    }

    public var description: String { "\(status) [\(code)] \(message)" }
}

/// One entry of the error catalogue: the code is never reused for another meaning.
public struct EQPErrorDefinition: Sendable, Equatable {
    public let code: Int
    public let status: Int
    /// A short identifier for logs and documentation, such as `expired_token`.
    public let name: String
    /// The message, with `{placeholders}` filled in per occurrence.
    public let template: String

    public init(_ code: Int, _ status: Int, _ name: String, _ template: String) {
        self.code = code
        self.status = status
        self.name = name
        self.template = template
    }

    /// The template with every `{key}` replaced by `values[key]`; unknown keys stay as written.
    public func render(_ values: [String: String]) -> String {
        guard !values.isEmpty else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                out += rest[open...]
                rest = rest[rest.endIndex...]
                break
            }
            let key = String(rest[rest.index(after: open)..<close])
            if let value = values[key] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// This entry's error with its template filled in.
    public func error(_ values: [String: String] = [:]) -> EQPError { EQPError(self, values) }
}
