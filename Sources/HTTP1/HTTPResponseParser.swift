/// An incremental HTTP/1.x response parser (RFC 9112), for the outbound client and tests.
/// Interim (1xx) responses are skipped. Errors are `HTTPParseError`s with status 502: the
/// peer sent something that is not a usable response.
public struct HTTPResponseParser {
    private enum Stage { case statusLine, headerLines, body }
    private enum Body { case length(remaining: Int), chunked, untilClose }

    private let limits: HTTPLimits
    private var input = InputBuffer()
    private var stage = Stage.statusLine
    private var scanned = 0
    private var failure: HTTPParseError?
    private var lastRequestWasHEAD = false

    private var status = HTTPStatus.ok
    private var headers = HTTPHeaders()
    private var headerBytes = 0
    private var bodyKind = Body.untilClose
    private var body: [UInt8] = []
    private var chunked: ChunkedDecoder

    /// - Parameter maxBodyBytes: a longer body is an error.
    public init(maxBodyBytes: Int = 16 << 20) {
        limits = HTTPLimits(maxRequestLineBytes: 8 * 1024, maxHeaderBytes: 64 * 1024,
                            maxHeaderCount: 256, maxBodyBytes: maxBodyBytes)
        chunked = ChunkedDecoder(limits: limits)
    }

    public mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { input.append($0) }
    }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        bytes.withMemoryRebound(to: UInt8.self) { input.append($0) }
    }

    /// Some bytes of an unfinished response are buffered.
    public var hasPartialResponse: Bool { stage != .statusLine || !input.isEmpty }

    /// The next complete response, or nil when more bytes are needed. The body is framed by
    /// Content-Length or chunked coding; without either it runs to the end of the connection
    /// (see `finishAtEOF`).
    /// - Parameter requestWasHEAD: the request this answers was HEAD, so there is no body
    ///   whatever the headers say (RFC 9112 §6.3).
    public mutating func next(requestWasHEAD: Bool = false) throws -> HTTPResponse? {
        if let failure { throw failure }
        lastRequestWasHEAD = requestWasHEAD
        do {
            return try step(requestWasHEAD: requestWasHEAD)
        } catch var error as HTTPParseError {
            error.status = HTTPStatus(502)
            failure = error
            throw error
        }
    }

    /// The connection was closed: returns the response whose body was delimited by the close,
    /// nil when nothing was pending, and throws when a response was cut short.
    public mutating func finishAtEOF() throws -> HTTPResponse? {
        if let response = try next(requestWasHEAD: lastRequestWasHEAD) { return response }
        if stage == .statusLine && input.isEmpty { return nil }
        if stage == .body, case .untilClose = bodyKind { return complete() }
        let error = HTTPParseError(HTTPStatus(502), "Connection closed before the response was complete")
        failure = error
        throw error
    }

    private mutating func step(requestWasHEAD: Bool) throws -> HTTPResponse? {
        while true {
            switch stage {
            case .statusLine:
                guard let lf = input.firstLF(from: scanned) else {
                    scanned = input.count
                    if scanned > limits.maxRequestLineBytes {
                        throw HTTPParseError(.badRequest, "Status line exceeds \(limits.maxRequestLineBytes) bytes")
                    }
                    return nil
                }
                let end = input.contentLength(ofLineEndingAt: lf)
                if end > 0 {   // RFC 9112 §2.2: empty lines before the start line are ignored
                    status = try input.withUnreadBytes { try Self.parseStatusLine($0, end: end) }
                    stage = .headerLines
                }
                input.consume(lf + 1)
                scanned = 0
            case .headerLines:
                guard let lf = input.firstLF(from: scanned) else {
                    scanned = input.count
                    if headerBytes + scanned > limits.maxHeaderBytes { throw headerSectionTooLarge }
                    return nil
                }
                let end = input.contentLength(ofLineEndingAt: lf)
                if end == 0 {
                    input.consume(lf + 1)
                    scanned = 0
                    if status.code >= 100 && status.code < 200 {
                        reset()   // interim response: the final one follows
                        continue
                    }
                    try frameBody(requestWasHEAD: requestWasHEAD)
                    continue
                }
                headerBytes += lf + 1
                if headerBytes > limits.maxHeaderBytes { throw headerSectionTooLarge }
                if headers.count >= limits.maxHeaderCount {
                    throw HTTPParseError(.badRequest, "More than \(limits.maxHeaderCount) header fields")
                }
                let (name, value) = try input.withUnreadBytes { p in
                    let f = try FieldLine.parse(p, end: end)
                    return (f.name(p), f.value(p))
                }
                headers.add(name, value)
                input.consume(lf + 1)
                scanned = 0
            case .body:
                switch bodyKind {
                case .length(let remaining):
                    let n = min(remaining, input.count)
                    if n > 0 { input.move(n, into: &body) }
                    if n < remaining {
                        bodyKind = .length(remaining: remaining - n)
                        return nil
                    }
                case .chunked:
                    guard try chunked.decode(&input, into: &body) else { return nil }
                case .untilClose:
                    if input.count > limits.maxBodyBytes - body.count { throw bodyTooLarge }
                    input.move(input.count, into: &body)
                    return nil
                }
                return complete()
            }
        }
    }

    private var headerSectionTooLarge: HTTPParseError {
        HTTPParseError(.badRequest, "Header section exceeds \(limits.maxHeaderBytes) bytes")
    }

    private var bodyTooLarge: HTTPParseError {
        HTTPParseError(.badRequest, "Body exceeds \(limits.maxBodyBytes) bytes")
    }

    /// RFC 9112 §6.3, in its order of precedence.
    private mutating func frameBody(requestWasHEAD: Bool) throws {
        stage = .body
        let code = status.code
        if requestWasHEAD || code == 204 || code == 304 {
            bodyKind = .length(remaining: 0)
            return
        }
        let codings = headers.values(for: "Transfer-Encoding")
        if !codings.isEmpty {
            let last = codings.last!.split(separator: ",").last?.trimmingASCIIWhitespace() ?? ""
            bodyKind = last.asciiCaseInsensitiveEquals("chunked") ? .chunked : .untilClose
            return
        }
        let lengths = headers.values(for: "Content-Length")
        guard let first = lengths.first else {
            bodyKind = .untilClose
            return
        }
        guard lengths.allSatisfy({ $0 == first }), let n = Int(first), n >= 0, first.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw HTTPParseError(.badRequest, "Invalid Content-Length header: '\(lengths.joined(separator: ", ").prefix(64))'")
        }
        if n > limits.maxBodyBytes { throw bodyTooLarge }
        body.reserveCapacity(min(n, 1 << 20))
        bodyKind = .length(remaining: n)
    }

    /// `HTTP-version SP status-code SP [reason-phrase]` (RFC 9112 §4); a missing SP before an
    /// empty reason is tolerated.
    private static func parseStatusLine(_ p: UnsafeBufferPointer<UInt8>, end: Int) throws -> HTTPStatus {
        let ok = end >= 12 && ASCII.hasPrefix(p, 0, end, exactly: "HTTP/1.")
            && ASCII.skipDigits(p, 7, 8) == 8 && p[8] == ASCII.space
            && ASCII.skipDigits(p, 9, 12) == 12 && (end == 12 || p[12] == ASCII.space)
        guard ok else {
            throw HTTPParseError(.badRequest, "Invalid status line: '\(ASCII.quote(p, 0, end))'")
        }
        let code = ASCII.decimal(p, 9, 12)!
        let reason = end > 13 ? ASCII.string(p, 13, end) : ""
        return HTTPStatus(code, reason.isEmpty ? nil : reason)
    }

    private mutating func complete() -> HTTPResponse {
        let response = HTTPResponse(status: status, headers: headers, body: body)
        reset()
        return response
    }

    private mutating func reset() {
        stage = .statusLine
        scanned = 0
        status = .ok
        headers = HTTPHeaders()
        headerBytes = 0
        bodyKind = .untilClose
        body = []
        chunked = ChunkedDecoder(limits: limits)
    }
}
