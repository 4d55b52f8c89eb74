import EQP
import Formats
import HTTP1

/// HTTP Basic credentials (RFC 7617) carrying an API access key: `application_id:secret`
/// (auth.md, "Authentication and authorization flow").
struct BasicCredentials {
    var applicationID: String
    var applicationSecret: String

    static func parse(_ header: String?) throws -> BasicCredentials {
        guard let header else { throw EQPErrorDefinition.missingBasic.error() }
        let value = header.trimmingASCIIWhitespace()
        let scheme = value.prefix { $0 != " " }
        guard scheme.asciiCaseInsensitiveEquals("Basic") else {
            throw EQPErrorDefinition.malformedBasic.error([
                "detail": "expected 'Basic base64(application_id:application_secret)', got \(scheme.isEmpty ? "an empty header" : "the '\(scheme)' scheme")",
            ])
        }
        let encoded = String(value.dropFirst(scheme.count).trimmingASCIIWhitespace())
        guard let bytes = Base64.decode(encoded), let decoded = String(validating: bytes, as: UTF8.self) else {
            throw EQPErrorDefinition.malformedBasic.error(["detail": "the credentials are not valid base64 of UTF-8 text"])
        }
        guard let colon = decoded.firstIndex(of: ":") else {
            throw EQPErrorDefinition.malformedBasic.error(["detail": "the decoded credentials have no ':' between application ID and secret"])
        }
        return BasicCredentials(applicationID: String(decoded[..<colon]), applicationSecret: String(decoded[decoded.index(after: colon)...]))
    }
}
