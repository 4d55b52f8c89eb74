import EQP
import Formats
import HTTP1

/// Request bodies are JSON (rest-api.md, "JSON"). The Content-Type is not checked: clients
/// send `application/json`, and curl's `-d` without `-H` sends a form type, for the same JSON.
enum JSONBody {
    /// The parsed body. An empty body is a 400 that says what to send (`expected`); invalid
    /// JSON is a 400 with the parser's message, line and column.
    static func parse(_ request: HTTPRequest, expected: String) throws -> JSON {
        guard request.body.contains(where: { !isWhitespace($0) }) else {
            throw EQPErrorDefinition.emptyBody.error(["expected": expected])
        }
        do {
            return try JSON.parse(request.body)
        } catch let error as JSONParseError {
            throw EQPErrorDefinition.invalidJSON.error(["detail": error.description])
        }
    }

    /// Like `parse`, but an empty body reads as `{}`.
    static func parseOrEmpty(_ request: HTTPRequest) throws -> JSON {
        guard request.body.contains(where: { !isWhitespace($0) }) else { return .object(JSONObject()) }
        return try parse(request, expected: "a JSON object")
    }

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
