/// Builds the `url` of file records: a link the sandbox serves itself (SANDBOX-NOTES.md,
/// "Files"), since the real service's static host is not reachable offline.
public struct DownloadLinks: Sendable, Equatable {
    /// The path under which the sandbox serves file bytes: `<prefix>/<file_upload_id>/<filename>`.
    public static let pathPrefix = "/_sandbox/files"

    /// Scheme and authority, such as `http://127.0.0.1:8080`, without a trailing slash.
    public var baseURL: String

    public init(baseURL: String) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
    }

    public func url(fileUploadID: String, filename: String) -> String {
        baseURL + Self.pathPrefix + "/" + Self.encodeSegment(fileUploadID) + "/" + Self.encodeSegment(filename)
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    static func encodeSegment(_ s: String) -> String {
        // Most ids and filenames need no escaping: return them as they are, without a copy.
        if s.utf8.allSatisfy(isUnreserved) { return s }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count * 3)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(b)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }
}
