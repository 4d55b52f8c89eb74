import XCTest
@testable import HTTP1

func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

func escaped(_ b: [UInt8]) -> String {
    b.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
}

/// A comparable account of a head, covering every derived property.
func describe(_ h: HTTPRequestHead) -> String {
    let query = h.query.map { "\($0.name)=\($0.value)" }
    let headers = h.headers.map { "\($0.name): \($0.value)" }
    return "\(h.method) \(h.target) \(h.version) path=\(h.path) segments=\(h.pathSegments) query=\(query) "
        + "keepAlive=\(h.keepAlive) continue=\(h.expectsContinue) headers=\(headers)"
}

func describe(_ event: HTTPParserEvent) -> String {
    switch event {
    case .head(let h): return "head " + describe(h)
    case .request(let r): return "request " + describe(r.head) + " body=" + escaped(r.body)
    }
}

/// Feeds `pieces` one after the other, calling next() until nil after each; ends with
/// "error <status>" if the parser throws.
func feed(_ pieces: [[UInt8]], limits: HTTPLimits = HTTPLimits()) -> [String] {
    var parser = HTTPRequestParser(limits: limits)
    var out: [String] = []
    for piece in pieces {
        parser.append(piece)
        do {
            while let event = try parser.next() { out.append(describe(event)) }
        } catch let e as HTTPParseError {
            out.append("error \(e.status.code)")
            return out
        } catch {
            out.append("unexpected \(error)")
            return out
        }
    }
    out.append("partial=\(parser.hasPartialRequest) body=\(parser.isReadingBody) buffered=\(parser.bufferedByteCount)")
    return out
}

/// The error the parser throws for `input` given whole, or nil.
func parseError(_ input: String, limits: HTTPLimits = HTTPLimits()) -> HTTPParseError? {
    parseError(bytes(input), limits: limits)
}

func parseError(_ input: [UInt8], limits: HTTPLimits = HTTPLimits()) -> HTTPParseError? {
    var parser = HTTPRequestParser(limits: limits)
    parser.append(input)
    do {
        while try parser.next() != nil {}
        return nil
    } catch {
        return error as? HTTPParseError
    }
}

/// The requests parsed from `input` given whole; fails the test on an error.
func requests(_ input: String, limits: HTTPLimits = HTTPLimits(),
              file: StaticString = #filePath, line: UInt = #line) -> [HTTPRequest] {
    var parser = HTTPRequestParser(limits: limits)
    parser.append(bytes(input))
    var out: [HTTPRequest] = []
    do {
        while let event = try parser.next() {
            if case .request(let r) = event { out.append(r) }
        }
    } catch {
        XCTFail("unexpected \(error)", file: file, line: line)
    }
    return out
}
