/// What `HTTPRequestParser.next()` produces. Every request yields `.head` and then `.request`.
public enum HTTPParserEvent {
    /// The head is complete and validated; no body byte has been read yet. The server answers
    /// `100 Continue` (or refuses the request) here.
    case head(HTTPRequestHead)
    /// The whole request, body de-chunked.
    case request(HTTPRequest)
}

/// An incremental HTTP/1.1 request parser (RFC 9112). Feed it whatever bytes arrive with
/// `append`, then call `next()` until it returns nil. Pipelined requests come out in order.
public struct HTTPRequestParser {
    private enum Stage { case requestLine, headerLines, body }
    private enum Body { case none, length(remaining: Int), chunked }

    private let limits: HTTPLimits
    private var input = InputBuffer()
    private var stage = Stage.requestLine
    /// Bytes of the current line already searched for its LF, so a line arriving a byte at a
    /// time is scanned once.
    private var scanned = 0
    private var failure: HTTPParseError?

    // The request being read.
    private var requestLine = RequestLine(method: .GET, target: "/", version: .http1_1, hasPercent: false)
    private var headers = HTTPHeaders()
    private var headerBytes = 0
    private var hostCount = 0
    private var contentLength: Int?
    private var hasTransferEncoding = false
    private var head: HTTPRequestHead?
    private var bodyKind = Body.none
    private var body: [UInt8] = []
    private var chunked: ChunkedDecoder

    public init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
        self.chunked = ChunkedDecoder(limits: limits)
    }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        bytes.withMemoryRebound(to: UInt8.self) { input.append($0) }
    }

    public mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { input.append($0) }
    }

    /// Some bytes of an unfinished request are buffered, or a request has begun. Exact after
    /// `next()` returned nil: blank lines before a request line are consumed then, not counted.
    public var hasPartialRequest: Bool { stage != .requestLine || !input.isEmpty }

    /// The head has been returned and body bytes are still expected.
    public var isReadingBody: Bool {
        if stage == .body, case .none = bodyKind { return false }
        return stage == .body
    }

    /// Bytes received and not yet consumed.
    public var bufferedByteCount: Int { input.count }

    /// Bytes the parser holds allocated for input, consumed or not: small between requests,
    /// whatever the size of the last one.
    public var bufferCapacity: Int { input.capacity }

    /// The next event, or nil when more bytes are needed. For every request it returns `.head`
    /// as soon as the head is complete and validated, then `.request` once the body is complete
    /// (for a request without a body, on the following call).
    /// - Throws: `HTTPParseError`; the parser then keeps throwing it, and the connection should
    ///   answer with its status and close.
    public mutating func next() throws -> HTTPParserEvent? {
        if let failure { throw failure }
        do {
            return try step()
        } catch let error as HTTPParseError {
            failure = error
            throw error
        }
    }

    private mutating func step() throws -> HTTPParserEvent? {
        while true {
            switch stage {
            case .requestLine:
                if scanned == 0 && !skipEmptyLines() { return nil }
                guard let lf = input.firstLF(from: scanned) else {
                    scanned = input.count
                    try checkPartialRequestLine()
                    return nil
                }
                let end = input.contentLength(ofLineEndingAt: lf)
                requestLine = try input.withUnreadBytes { [limits] in try RequestLine.parse($0, end: end, limits: limits) }
                input.consume(lf + 1)
                scanned = 0
                stage = .headerLines
            case .headerLines:
                guard let lf = input.firstLF(from: scanned) else {
                    scanned = input.count
                    try checkPartialHeaderLine()
                    return nil
                }
                let end = input.contentLength(ofLineEndingAt: lf)
                if end == 0 {
                    input.consume(lf + 1)
                    scanned = 0
                    return .head(try finishHead())
                }
                try addHeaderLine(end: end, length: lf + 1)
                input.consume(lf + 1)
                scanned = 0
            case .body:
                switch bodyKind {
                case .none:
                    break
                case .length(let remaining):
                    let n = min(remaining, input.count)
                    if n > 0 { input.move(n, into: &body) }
                    if n < remaining {
                        bodyKind = .length(remaining: remaining - n)
                        return nil
                    }
                case .chunked:
                    guard try chunked.decode(&input, into: &body) else { return nil }
                }
                let request = HTTPRequest(head: head!, body: body)
                resetForNextRequest()
                return .request(request)
            }
        }
    }

    /// RFC 9112 §2.2: a server SHOULD ignore at least one empty line received before the
    /// request-line. Returns false when a lone CR leaves it undecided.
    private mutating func skipEmptyLines() -> Bool {
        while !input.isEmpty {
            if input[0] == ASCII.lf {
                input.consume(1)
            } else if input[0] == ASCII.cr {
                guard input.count >= 2 else { return false }
                guard input[1] == ASCII.lf else { return true }
                input.consume(2)
            } else {
                return true
            }
        }
        return false
    }

    /// Refuse an over-long request line as soon as it is known to be too long, without
    /// waiting for (or buffering up to) its end.
    private func checkPartialRequestLine() throws {
        let n = scanned
        guard n > 0 else { return }
        let content = input[n - 1] == ASCII.cr ? n - 1 : n
        if content > limits.maxRequestLineBytes { throw RequestLine.tooLong(limits) }
    }

    /// Same for the header section: the unfinished line will be at least one byte longer (its LF),
    /// unless it is the CR of the blank line that ends the section.
    private func checkPartialHeaderLine() throws {
        let n = scanned
        guard n > 0, !(n == 1 && input[0] == ASCII.cr) else { return }
        if headerBytes + n + 1 > limits.maxHeaderBytes { throw headerSectionTooLarge }
    }

    private var headerSectionTooLarge: HTTPParseError {
        HTTPParseError(.headerFieldsTooLarge, "Header section exceeds \(limits.maxHeaderBytes) bytes")
    }

    private mutating func addHeaderLine(end: Int, length: Int) throws {
        headerBytes += length
        if headerBytes > limits.maxHeaderBytes { throw headerSectionTooLarge }
        if headers.count >= limits.maxHeaderCount {
            throw HTTPParseError(.headerFieldsTooLarge, "More than \(limits.maxHeaderCount) header fields")
        }
        let (name, value, kind) = try input.withUnreadBytes { p -> (String, String, FieldLine.Known?) in
            let f = try FieldLine.parse(p, end: end)
            let kind = FieldLine.known(p, f)
            if kind == .contentLength { try noteContentLength(p, f) }
            return (f.name(p), f.value(p), kind)
        }
        switch kind {
        case .host: hostCount += 1
        case .transferEncoding: hasTransferEncoding = true
        default: break
        }
        headers.add(name, value)
    }

    /// RFC 9110 §8.6: Content-Length is 1*DIGIT; repeated identical values are accepted.
    private mutating func noteContentLength(_ p: UnsafeBufferPointer<UInt8>, _ f: FieldLine) throws {
        guard let n = ASCII.decimal(p, f.valueStart, f.valueEnd) else {
            throw HTTPParseError(.badRequest, "Invalid Content-Length header: '\(ASCII.quote(p, f.valueStart, f.valueEnd))'")
        }
        if let previous = contentLength, previous != n {
            throw HTTPParseError(.badRequest, "Conflicting Content-Length headers")
        }
        contentLength = n
    }

    /// Checks that need the whole header section, then decides how the body is framed
    /// (RFC 9112 §6.3).
    private mutating func finishHead() throws -> HTTPRequestHead {
        let version = requestLine.version
        // RFC 9112 §3.2
        if hostCount == 0 && version == .http1_1 { throw HTTPParseError(.badRequest, "Missing Host header") }
        if hostCount > 1 { throw HTTPParseError(.badRequest, "Multiple Host headers") }

        if hasTransferEncoding {
            // RFC 9112 §6.1: both present is a smuggling attempt; HTTP/1.0 has no Transfer-Encoding.
            if contentLength != nil {
                throw HTTPParseError(.badRequest, "Both Transfer-Encoding and Content-Length are present")
            }
            if version == .http1_0 {
                throw HTTPParseError(.badRequest, "Transfer-Encoding is not allowed in HTTP/1.0")
            }
            try checkTransferCodings()
            bodyKind = .chunked
        } else if let n = contentLength {
            if n > limits.maxBodyBytes {
                throw HTTPParseError(.payloadTooLarge, "Content-Length \(n) exceeds the \(limits.maxBodyBytes)-byte limit")
            }
            bodyKind = n == 0 ? .none : .length(remaining: n)
            body.reserveCapacity(min(n, 1 << 20))
        } else {
            bodyKind = .none
        }

        let h = HTTPRequestHead(method: requestLine.method, target: requestLine.target,
                                version: version, headers: headers)
        if requestLine.hasPercent, URLTarget.percentDecode(URLTarget.split(requestLine.target).path) == nil {
            throw HTTPParseError(.badRequest, "Request path is not UTF-8 once percent-decoded")
        }
        head = h
        stage = .body
        return h
    }

    /// Only `chunked` is implemented, and it must be the final (here: the only) coding.
    private func checkTransferCodings() throws {
        var chunkedCount = 0
        for value in headers.values(for: "Transfer-Encoding") {
            for part in value.split(separator: ",") {
                let coding = part.trimmingASCIIWhitespace()
                if coding.isEmpty { continue }
                guard coding.asciiCaseInsensitiveEquals("chunked") else {
                    throw HTTPParseError(.notImplemented, "Transfer-Encoding '\(coding.prefix(64))' is not supported")
                }
                chunkedCount += 1
            }
        }
        if chunkedCount == 0 { throw HTTPParseError(.badRequest, "Empty Transfer-Encoding header") }
        // RFC 9112 §6.1: a sender MUST NOT apply chunked more than once.
        if chunkedCount > 1 { throw HTTPParseError(.badRequest, "Transfer-Encoding lists chunked more than once") }
    }

    private mutating func resetForNextRequest() {
        stage = .requestLine
        scanned = 0
        headers = HTTPHeaders()
        headerBytes = 0
        hostCount = 0
        contentLength = nil
        hasTransferEncoding = false
        head = nil
        bodyKind = .none
        body = []
        chunked = ChunkedDecoder(limits: limits)
    }
}

// MARK: - Request line

/// `method SP request-target SP HTTP-version` (RFC 9112 §3).
struct RequestLine {
    var method: HTTPMethod
    /// Origin-form (absolute-form reduced to its path and query), or `*`.
    var target: String
    var version: HTTPVersion
    /// The target contains percent-escapes (their syntax is already checked).
    var hasPercent: Bool

    static func tooLong(_ limits: HTTPLimits) -> HTTPParseError {
        HTTPParseError(.uriTooLong, "Request line exceeds \(limits.maxRequestLineBytes) bytes")
    }

    /// Parses `p[0..<end]`, the line without its line end.
    static func parse(_ p: UnsafeBufferPointer<UInt8>, end: Int, limits: HTTPLimits) throws -> RequestLine {
        if end > limits.maxRequestLineBytes { throw tooLong(limits) }
        var sp1 = 0
        while sp1 < end && p[sp1] != ASCII.space { sp1 += 1 }
        var sp2 = end - 1
        while sp2 > sp1 && p[sp2] != ASCII.space { sp2 -= 1 }
        guard sp1 > 0, sp1 < end, sp2 > sp1 + 1 else {
            throw HTTPParseError(.badRequest, "Malformed request line: '\(ASCII.quote(p, 0, end))'")
        }
        for i in 0..<sp1 where !ASCII.isTchar(p[i]) {
            throw HTTPParseError(.badRequest, "Invalid method: '\(ASCII.quote(p, 0, sp1))'")
        }
        let method = HTTPMethod(ASCII.string(p, 0, sp1))
        // The version first, so an HTTP/2 preface (`PRI * HTTP/2.0`) gets 505 rather than 400.
        let version = try parseVersion(p, sp2 + 1, end)
        let hasPercent = try checkTargetBytes(p, sp1 + 1, sp2)
        let target = try targetForm(p, sp1 + 1, sp2, method: method)
        return RequestLine(method: method, target: target, version: version, hasPercent: hasPercent)
    }

    /// Only visible ASCII (RFC 3986 has no other characters), and well-formed `%XX` escapes.
    private static func checkTargetBytes(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws -> Bool {
        var hasPercent = false
        var i = start
        while i < end {
            let b = p[i]
            if b <= ASCII.space || b >= 0x7F {
                throw HTTPParseError(.badRequest, "Invalid character in request target: '\(ASCII.quote(p, start, end))'")
            }
            if b == UInt8(ascii: "%") {
                guard i + 2 < end, URLTarget.hexValue(p[i + 1]) != nil, URLTarget.hexValue(p[i + 2]) != nil else {
                    throw HTTPParseError(.badRequest, "Malformed percent-encoding in request target: '\(ASCII.quote(p, start, end))'")
                }
                hasPercent = true
                i += 3
            } else {
                i += 1
            }
        }
        return hasPercent
    }

    /// RFC 9112 §3.2: origin-form, absolute-form (reduced to path and query, §3.2.2), or
    /// asterisk-form for OPTIONS. Authority-form (CONNECT) is not served.
    private static func targetForm(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, method: HTTPMethod) throws -> String {
        let first = p[start]
        if first == UInt8(ascii: "/") { return ASCII.string(p, start, end) }
        if first == UInt8(ascii: "*") && end - start == 1 {
            guard method == .OPTIONS else {
                throw HTTPParseError(.badRequest, "The '*' target is only allowed with OPTIONS")
            }
            return "*"
        }
        let schemeEnd = ASCII.hasPrefix(p, start, end, lowercase: "http://") ? start + 7
            : ASCII.hasPrefix(p, start, end, lowercase: "https://") ? start + 8 : start
        guard schemeEnd > start else {
            throw HTTPParseError(.badRequest, "Invalid request target: '\(ASCII.quote(p, start, end))'")
        }
        var pathStart = schemeEnd
        while pathStart < end && p[pathStart] != UInt8(ascii: "/") && p[pathStart] != UInt8(ascii: "?") { pathStart += 1 }
        guard pathStart > schemeEnd else {
            throw HTTPParseError(.badRequest, "Missing host in request target: '\(ASCII.quote(p, start, end))'")
        }
        if pathStart == end { return "/" }
        let rest = ASCII.string(p, pathStart, end)
        return p[pathStart] == UInt8(ascii: "?") ? "/" + rest : rest
    }

    /// HTTP/1.0 and HTTP/1.1; any other well-formed `HTTP/x[.y]` is 505, anything else 400.
    private static func parseVersion(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws -> HTTPVersion {
        let isHTTP = ASCII.hasPrefix(p, start, end, exactly: "HTTP/")
        if isHTTP && end - start == 8 && p[start + 5] == UInt8(ascii: "1") && p[start + 6] == UInt8(ascii: ".") {
            if p[start + 7] == UInt8(ascii: "1") { return .http1_1 }
            if p[start + 7] == UInt8(ascii: "0") { return .http1_0 }
        }
        var i = start + 5
        var wellFormed = false
        if isHTTP {
            let major = ASCII.skipDigits(p, i, end)
            wellFormed = major > i
            i = major
            if wellFormed && i < end {
                let minor = ASCII.skipDigits(p, i + 1, end)
                wellFormed = p[i] == UInt8(ascii: ".") && minor > i + 1 && minor == end
            }
        }
        let text = ASCII.quote(p, start, end)
        if wellFormed { throw HTTPParseError(.httpVersionNotSupported, "HTTP version '\(text)' is not supported") }
        throw HTTPParseError(.badRequest, "Invalid HTTP version: '\(text)'")
    }
}

// MARK: - Field lines

/// One `field-name ":" OWS field-value OWS` line (RFC 9112 §5, RFC 9110 §5.5); shared by
/// request and response heads and chunked trailers. Offsets are into the line's bytes.
struct FieldLine {
    enum Known { case host, contentLength, transferEncoding }

    /// The name is `0..<nameEnd`.
    var nameEnd: Int
    var valueStart: Int
    var valueEnd: Int

    func name(_ p: UnsafeBufferPointer<UInt8>) -> String { ASCII.string(p, 0, nameEnd) }
    func value(_ p: UnsafeBufferPointer<UInt8>) -> String { ASCII.string(p, valueStart, valueEnd) }

    /// Validates `p[0..<end]` (a non-empty line without its line end).
    static func parse(_ p: UnsafeBufferPointer<UInt8>, end: Int) throws -> FieldLine {
        // RFC 9112 §5.2: obs-fold is rejected.
        if p[0] == ASCII.space || p[0] == ASCII.tab {
            throw HTTPParseError(.badRequest, "Obsolete line folding is not allowed: '\(ASCII.quote(p, 0, end))'")
        }
        var colon = 0
        while colon < end && ASCII.isTchar(p[colon]) { colon += 1 }
        if colon == end || p[colon] != UInt8(ascii: ":") { throw nameError(p, end: end) }
        if colon == 0 { throw HTTPParseError(.badRequest, "Empty header name: '\(ASCII.quote(p, 0, end))'") }
        var vs = colon + 1, ve = end
        while vs < ve && (p[vs] == ASCII.space || p[vs] == ASCII.tab) { vs += 1 }
        while ve > vs && (p[ve - 1] == ASCII.space || p[ve - 1] == ASCII.tab) { ve -= 1 }
        // RFC 9110 §5.5: CR, LF and NUL in a value MUST be rejected (LF ends the line already).
        for i in vs..<ve where p[i] == 0 || p[i] == ASCII.cr {
            throw HTTPParseError(.badRequest, "Invalid character in header '\(ASCII.quote(p, 0, colon))' value")
        }
        return FieldLine(nameEnd: colon, valueStart: vs, valueEnd: ve)
    }

    private static func nameError(_ p: UnsafeBufferPointer<UInt8>, end: Int) -> HTTPParseError {
        let text = ASCII.quote(p, 0, end)
        guard let colon = (0..<end).first(where: { p[$0] == UInt8(ascii: ":") }) else {
            return HTTPParseError(.badRequest, "Header line without colon: '\(text)'")
        }
        // RFC 9112 §5.1: whitespace between name and colon MUST be rejected with 400.
        if colon > 0 && (p[colon - 1] == ASCII.space || p[colon - 1] == ASCII.tab) {
            return HTTPParseError(.badRequest, "Whitespace between header name and colon: '\(text)'")
        }
        return HTTPParseError(.badRequest, "Invalid character in header name: '\(text)'")
    }

    /// The fields that frame the message, recognized without building a String.
    static func known(_ p: UnsafeBufferPointer<UInt8>, _ f: FieldLine) -> Known? {
        switch f.nameEnd {
        case 4: return ASCII.hasPrefix(p, 0, 4, lowercase: "host") ? .host : nil
        case 14: return ASCII.hasPrefix(p, 0, 14, lowercase: "content-length") ? .contentLength : nil
        case 17: return ASCII.hasPrefix(p, 0, 17, lowercase: "transfer-encoding") ? .transferEncoding : nil
        default: return nil
        }
    }
}

// MARK: - Byte helpers

enum ASCII {
    @inline(__always) static var lf: UInt8 { 0x0A }
    @inline(__always) static var cr: UInt8 { 0x0D }
    @inline(__always) static var space: UInt8 { 0x20 }
    @inline(__always) static var tab: UInt8 { 0x09 }

    /// RFC 9110 §5.6.2 tchar.
    @inline(__always) static func isTchar(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true   // DIGIT ALPHA
        case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E...0x60, 0x7C, 0x7E: return true   // !#$%&'*+-.^_`|~
        default: return false
        }
    }

    static func string(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
    }

    /// `p[start..<end]` begins with `prefix`, compared exactly.
    static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, exactly prefix: StaticString) -> Bool {
        guard end - start >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { q in (0..<q.count).allSatisfy { p[start + $0] == q[$0] } }
    }

    /// `p[start..<end]` begins with `prefix` (lowercase), ignoring ASCII case.
    static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowercase prefix: StaticString) -> Bool {
        guard end - start >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { q in
            (0..<q.count).allSatisfy {
                let b = p[start + $0]
                return (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == q[$0]
            }
        }
    }

    static func skipDigits(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end && p[i] >= 0x30 && p[i] <= 0x39 { i += 1 }
        return i
    }

    /// `1*DIGIT` as an Int, saturating at Int.max; nil when empty or not all digits.
    static func decimal(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start < end, skipDigits(p, start, end) == end else { return nil }
        var n = 0
        for i in start..<end {
            let d = Int(p[i] &- 0x30)
            n = n > (Int.max - d) / 10 ? Int.max : n * 10 + d
        }
        return n
    }

    /// Up to 64 bytes for an error message, non-printable bytes as `\xNN`.
    static func quote(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        let limit = min(end, start + 64)
        for i in start..<max(start, limit) {
            let b = p[i]
            if b >= 0x20 && b < 0x7F {
                out.append(b)
            } else {
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"), hex[Int(b >> 4)], hex[Int(b & 15)]])
            }
        }
        if end > limit { out.append(contentsOf: "...".utf8) }
        return String(decoding: out, as: UTF8.self)
    }
}
