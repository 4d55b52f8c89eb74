// libFuzzer entry point for the HTTP/1.1 parsers. Built by fuzz/run.sh together with
// Sources/HTTP1/*.swift into one module, so it needs no import.

private let fuzzLimits = HTTPLimits(maxRequestLineBytes: 64, maxHeaderBytes: 256, maxHeaderCount: 8, maxBodyBytes: 512)

/// Feeds the pieces in order, draining after each; a summary that must not depend on where
/// the input was split.
private func requestSummary(_ pieces: [UnsafeBufferPointer<UInt8>]) -> [String] {
    var parser = HTTPRequestParser(limits: fuzzLimits)
    var out: [String] = []
    for piece in pieces {
        parser.append(UnsafeRawBufferPointer(piece))
        do {
            while let event = try parser.next() {
                switch event {
                case .head(let h): out.append("head \(h.method) \(h.target) \(h.version) \(h.headers.count)")
                case .request(let r): out.append("request \(r.head.target) \(r.body)")
                }
            }
        } catch let error as HTTPParseError {
            return out + ["error \(error.status.code)"]
        } catch {
            fatalError("unexpected error type: \(error)")
        }
    }
    return out + ["partial \(parser.hasPartialRequest) \(parser.isReadingBody) \(parser.bufferedByteCount)"]
}

private func responseSummary(_ pieces: [UnsafeBufferPointer<UInt8>]) -> [String] {
    var parser = HTTPResponseParser(maxBodyBytes: 512)
    var out: [String] = []
    do {
        for piece in pieces {
            parser.append(UnsafeRawBufferPointer(piece))
            while let r = try parser.next() { out.append("\(r.status.code) \(r.headers.count) \(r.body)") }
        }
        if let r = try parser.finishAtEOF() { out.append("eof \(r.status.code) \(r.body)") }
    } catch {
        out.append("error")
    }
    return out
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    var hash: UInt = 5381
    for b in input { hash = hash &* 33 &+ UInt(b) }
    let cut = Int(hash % UInt(size + 1))
    let split = [UnsafeBufferPointer(rebasing: input[..<cut]), UnsafeBufferPointer(rebasing: input[cut...])]

    let whole = requestSummary([input])
    let pieces = requestSummary(split)
    if whole != pieces { fatalError("request parser depends on the split at \(cut):\n\(whole)\n\(pieces)") }

    let wholeResponse = responseSummary([input])
    let piecesResponse = responseSummary(split)
    if wholeResponse != piecesResponse { fatalError("response parser depends on the split at \(cut):\n\(wholeResponse)\n\(piecesResponse)") }
    return 0
}
