/// Why a multipart body was refused.
public struct MultipartError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What the streaming parser reports, in order: for each part `headers`, any number of
/// `bodyChunk`s, `partEnd`; then `end` once the close delimiter is read.
public enum MultipartEvent: Sendable {
    case headers(HTTPHeaders)
    /// Body bytes of the current part; concatenated, the chunks are the body exactly.
    case bodyChunk(ArraySlice<UInt8>)
    case partEnd
    case end
}

/// A streaming multipart/form-data parser (RFC 7578, RFC 2046 §5.1.1), fed bytes split anywhere.
///
/// Memory stays bounded: body bytes are reported as they arrive, holding back only the few
/// that might start a delimiter, and a part's header block is capped. Part headers and
/// delimiter lines may end in a bare LF, and a bare LF followed by `--boundary` in a body ends
/// it, because many clients are sloppy about CRLF. After an error every call throws it again.
public struct MultipartParser: Sendable {
    private enum State: Sendable {
        /// Before the first delimiter; `lineStart` when the next byte begins a line.
        case preamble(lineStart: Bool)
        /// Just after `--boundary`: deciding between the close delimiter and another part.
        case delimiterTail(DelimiterTail)
        /// Reading a part's header lines; `size` counts the bytes of the lines read so far.
        case headers(fields: [(String, String)], size: Int)
        /// Inside a part's body; `lineStart` until any body byte has been reported.
        case body(lineStart: Bool)
        /// After the close delimiter: everything is ignored.
        case epilogue
        case failed(MultipartError)
    }

    private enum DelimiterTail: Sendable { case start, dash, padding, cr }

    private enum Match { case full, partial, none }

    /// `--` + boundary, which must start a line to be a delimiter (RFC 2046 §5.1.1).
    private let dashBoundary: [UInt8]
    private let maxPartHeaderBytes: Int
    private let maxParts: Int
    private var state = State.preamble(lineStart: true)
    private var partCount = 0
    /// Unconsumed input: a partial header line, or bytes that might start a delimiter.
    private var carry: [UInt8] = []

    /// `boundary` is the Content-Type parameter without the leading `--`; see `boundary(fromContentType:)`.
    public init(boundary: String, maxPartHeaderBytes: Int = 16 * 1024, maxParts: Int = 1000) {
        dashBoundary = Array("--\(boundary)".utf8)
        self.maxPartHeaderBytes = maxPartHeaderBytes
        self.maxParts = maxParts
    }

    /// True once the close delimiter has been read.
    public var isComplete: Bool {
        if case .epilogue = state { return true }
        return false
    }

    /// Parses the next bytes of the body, reporting events as they are recognised.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer, _ onEvent: (MultipartEvent) throws -> Void) throws {
        if carry.isEmpty {
            try run(bytes, source: nil, onEvent)
        } else {
            try feedAfterCarry(bytes, onEvent)
        }
    }

    /// Parses the next bytes of the body; body chunks are slices of `bytes` where possible.
    public mutating func feed(_ bytes: [UInt8], _ onEvent: (MultipartEvent) throws -> Void) throws {
        if carry.isEmpty {
            try bytes.withUnsafeBytes { try run($0, source: bytes, onEvent) }
        } else {
            try bytes.withUnsafeBytes { try feedAfterCarry($0, onEvent) }
        }
    }

    /// Ends the body; throws unless the close delimiter was read.
    public mutating func finish() throws {
        switch state {
        case .epilogue: return
        case .failed(let error): throw error
        default:
            let error = MultipartError("multipart body ends before its closing boundary")
            state = .failed(error)
            throw error
        }
    }

    /// The boundary parameter of a `multipart/form-data` Content-Type; nil for another media
    /// type or a missing or invalid boundary (RFC 2046 §5.1.1: 1-70 bchars, no trailing space).
    public static func boundary(fromContentType contentType: String) -> String? {
        guard let parsed = ParameterizedValue(contentType),
              parsed.value.asciiCaseInsensitiveEquals("multipart/form-data"),
              let boundary = parsed.parameter("boundary") else { return nil }
        let bytes = Array(boundary.utf8)
        guard (1...70).contains(bytes.count), bytes.last != 0x20, bytes.allSatisfy(isBoundaryByte) else { return nil }
        return boundary
    }

    /// Every part of a complete body, in order.
    public static func parse(_ body: [UInt8], boundary: String, maxPartHeaderBytes: Int = 16 * 1024,
                             maxParts: Int = 1000) throws -> [MultipartPart] {
        var parser = MultipartParser(boundary: boundary, maxPartHeaderBytes: maxPartHeaderBytes, maxParts: maxParts)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var data: [UInt8] = []
        try parser.feed(body) { event in
            switch event {
            case .headers(let h): headers = h
            case .bodyChunk(let chunk): data.append(contentsOf: chunk)
            case .partEnd:
                parts.append(MultipartPart(headers: headers, body: data))
                data = []
            case .end: break
            }
        }
        try parser.finish()
        return parts
    }

    // MARK: - Scanning

    private mutating func feedAfterCarry(_ bytes: UnsafeRawBufferPointer, _ onEvent: (MultipartEvent) throws -> Void) throws {
        var joined: [UInt8] = []
        swap(&joined, &carry)
        joined.append(contentsOf: bytes)
        try joined.withUnsafeBytes { try run($0, source: joined, onEvent) }
    }

    /// `source`, when given, holds the same bytes as `buf`, so chunks can be slices of it.
    private mutating func run(_ buf: UnsafeRawBufferPointer, source: [UInt8]?,
                              _ onEvent: (MultipartEvent) throws -> Void) throws {
        if case .failed(let error) = state { throw error }
        do {
            try process(buf, source: source, onEvent)
        } catch {
            carry = []
            state = .failed(error as? MultipartError ?? MultipartError("multipart parsing stopped by the event handler"))
            throw error
        }
    }

    private mutating func process(_ buf: UnsafeRawBufferPointer, source: [UInt8]?,
                                  _ onEvent: (MultipartEvent) throws -> Void) throws {
        let n = buf.count
        var i = 0
        scanning: while i < n {
            switch state {
            case .preamble(let lineStart):
                let found = findDelimiter(buf, from: i, lineStart: lineStart)
                guard let end = found.end else {
                    if found.dataEnd > i { state = .preamble(lineStart: false) }
                    i = found.dataEnd
                    break scanning
                }
                i = end
                state = .delimiterTail(.start)

            case .body(let lineStart):
                let found = findDelimiter(buf, from: i, lineStart: lineStart)
                if found.dataEnd > i {
                    let chunk = source.map { $0[i..<found.dataEnd] }
                        ?? ArraySlice(Array(UnsafeRawBufferPointer(rebasing: buf[i..<found.dataEnd])))
                    state = .body(lineStart: false)
                    try onEvent(.bodyChunk(chunk))
                }
                guard let end = found.end else {
                    i = found.dataEnd
                    break scanning
                }
                i = end
                state = .delimiterTail(.start)
                try onEvent(.partEnd)

            case .delimiterTail(let tail):
                let byte = buf[i]
                i += 1
                state = try afterBoundary(tail, byte)
                if case .epilogue = state { try onEvent(.end) }

            case .headers(var fields, var size):
                state = .epilogue // drops the enum's reference so `fields` is appended in place
                guard let lf = firstIndex(of: 0x0A, in: buf, from: i) else {
                    if size + (n - i) > maxPartHeaderBytes { throw headersTooLarge }
                    state = .headers(fields: fields, size: size)
                    break scanning
                }
                size += lf + 1 - i
                if size > maxPartHeaderBytes { throw headersTooLarge }
                let lineEnd = lf > i && buf[lf - 1] == 0x0D ? lf - 1 : lf
                let line = buf[i..<lineEnd]
                i = lf + 1
                if line.isEmpty {
                    state = .body(lineStart: true)
                    try onEvent(.headers(HTTPHeaders(fields)))
                } else {
                    try Self.appendHeaderLine(line, to: &fields)
                    state = .headers(fields: fields, size: size)
                }

            case .epilogue:
                i = n

            case .failed(let error):
                throw error
            }
        }
        carry = i < n ? Array(UnsafeRawBufferPointer(rebasing: buf[i..<n])) : []
    }

    private var headersTooLarge: MultipartError {
        MultipartError("multipart part headers exceed \(maxPartHeaderBytes) bytes")
    }

    /// After `--boundary`: `--` closes the body; otherwise transport padding (spaces and tabs)
    /// and a line break start the next part (RFC 2046 §5.1.1). RFC 2046 matches the boundary at
    /// the start of a line without requiring the whole line to match, so any other byte here is
    /// a malformed delimiter line rather than body data.
    private mutating func afterBoundary(_ tail: DelimiterTail, _ byte: UInt8) throws -> State {
        switch (tail, byte) {
        case (.start, UInt8(ascii: "-")): return .delimiterTail(.dash)
        case (.dash, UInt8(ascii: "-")): return .epilogue
        case (.start, 0x20), (.start, 0x09), (.padding, 0x20), (.padding, 0x09): return .delimiterTail(.padding)
        case (.start, 0x0D), (.padding, 0x0D): return .delimiterTail(.cr)
        case (.start, 0x0A), (.padding, 0x0A), (.cr, 0x0A):
            partCount += 1
            guard partCount <= maxParts else { throw MultipartError("multipart body has more than \(maxParts) parts") }
            return .headers(fields: [], size: 0)
        default:
            throw MultipartError("malformed multipart boundary line")
        }
    }

    /// Where data before the next delimiter ends, and where `--boundary` ends if a whole one is
    /// in `buf`. With `end` nil, `buf[dataEnd...]` (at most boundary + 4 bytes: CR LF `--`
    /// boundary minus one) might begin a delimiter and must wait for more input.
    private func findDelimiter(_ buf: UnsafeRawBufferPointer, from start: Int, lineStart: Bool) -> (dataEnd: Int, end: Int?) {
        if lineStart {
            switch matchDashBoundary(buf, at: start) {
            case .full: return (start, start + dashBoundary.count)
            case .partial: return (start, nil)
            case .none: break
            }
        }
        // Every delimiter contains an LF, CRLF or bare, so scanning for LF finds them all.
        var from = start
        while let lf = firstIndex(of: 0x0A, in: buf, from: from) {
            let delimiterStart = lf > start && buf[lf - 1] == 0x0D ? lf - 1 : lf
            switch matchDashBoundary(buf, at: lf + 1) {
            case .full: return (delimiterStart, lf + 1 + dashBoundary.count)
            case .partial: return (delimiterStart, nil)
            case .none: from = lf + 1
            }
        }
        let n = buf.count
        if n > start && buf[n - 1] == 0x0D { return (n - 1, nil) }
        return (n, nil)
    }

    /// Whether `buf[at...]` is `--boundary`, or a prefix of it cut short by the end of `buf`.
    private func matchDashBoundary(_ buf: UnsafeRawBufferPointer, at position: Int) -> Match {
        let available = min(buf.count - position, dashBoundary.count)
        var k = 0
        while k < available {
            if buf[position + k] != dashBoundary[k] { return .none }
            k += 1
        }
        return available == dashBoundary.count ? .full : .partial
    }

    /// A header field line, or an obs-fold continuation of the previous one (RFC 5322 §2.2.3).
    private static func appendHeaderLine(_ line: Slice<UnsafeRawBufferPointer>, to fields: inout [(String, String)]) throws {
        if line.contains(0x0D) || line.contains(0) { throw MultipartError("multipart header line contains CR or NUL") }
        if let first = line.first, first == 0x20 || first == 0x09 {
            guard !fields.isEmpty else { throw MultipartError("multipart header continuation without a field") }
            fields[fields.count - 1].1 += " " + String(decoding: line, as: UTF8.self).trimmingASCIIWhitespace()
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
              line[line.startIndex..<colon].allSatisfy(ParameterizedValue.isTokenByte)
        else { throw MultipartError("malformed multipart header line") }
        let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingASCIIWhitespace()
        fields.append((name, String(value)))
    }

    /// bchars (RFC 2046 §5.1.1): digits, letters, space and `'()+_,-./:=?`.
    private static func isBoundaryByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "'")...UInt8(ascii: ")"),
             UInt8(ascii: "+")...UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "="),
             UInt8(ascii: "?"), UInt8(ascii: "_"), 0x20:
            return true
        default:
            return false
        }
    }
}

/// The first `target` in `buf[from...]`, testing eight bytes per step: bodies are tens of MB.
private func firstIndex(of target: UInt8, in buf: UnsafeRawBufferPointer, from start: Int) -> Int? {
    guard let base = buf.baseAddress else { return nil }
    let n = buf.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    let pattern = ones &* UInt64(target)
    var i = start
    while i + 8 <= n {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ pattern
        // Nonzero iff some byte of `word` is zero; the lowest flagged byte is the first match.
        let found = (word &- ones) & ~word & 0x8080_8080_8080_8080
        if found != 0 { return i + found.trailingZeroBitCount / 8 }
        i += 8
    }
    while i < n {
        if base.load(fromByteOffset: i, as: UInt8.self) == target { return i }
        i += 1
    }
    return nil
}
