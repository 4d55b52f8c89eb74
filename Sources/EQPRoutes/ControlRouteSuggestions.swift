import HTTP1
import Server

/// The 404 for an unknown route, with the closest registered route when one is close:
/// "No route for PUT /rest/v1/products/package/f4eacd72be; did you mean
/// PUT /rest/v1/products/packages/:submission_id?".
///
/// Closeness is an edit distance over path segments (insert or delete a segment: 1; replace
/// one: its character edit distance over its length, so `package` → `packages` costs 0.125,
/// while a different word, more than half changed, costs a full 1; a `:parameter` takes any
/// segment for 0.25) plus 0.5 when the method differs. Suggestions must score 2.25 or less and
/// at most half the route's length in segments: a forgotten `/rest/v1` (`/users/X/keys` for
/// `/rest/v1/users/:mage_id/keys`) still gets one, `/wp-admin/install.php` does not. Ties go
/// to the route sharing more literal segments with the path, then to fewer parameters.
enum ControlRouteSuggestions {
    static let threshold = 2.25

    static func notFound(_ request: HTTPRequest, routes: [(method: HTTPMethod, pattern: String)]) -> HTTPResponse {
        var message = "No route for \(request.method) \(request.path)"
        if let best = closest(method: request.method, segments: request.pathSegments, routes: routes) {
            message += "; did you mean \(best.method) \(best.pattern)?"
        }
        return HTTPError(.notFound, message).httpResponse
    }

    static func closest(method: HTTPMethod, segments: [String],
                        routes: [(method: HTTPMethod, pattern: String)]) -> (method: HTTPMethod, pattern: String)? {
        var best: (method: HTTPMethod, pattern: String, score: Double, shared: Int, parameters: Int)?
        let asked = segments.map { Array($0.utf8) }
        for route in routes {
            let pattern = route.pattern.split(separator: "/").map { Array($0.utf8) }
            var score = distance(asked, pattern)
            let sameMethod = route.method == method || (method == .HEAD && route.method == .GET)
            if !sameMethod { score += 0.5 }
            guard score <= threshold, score <= Double(pattern.count) / 2 else { continue }
            let shared = pattern.filter { $0.first != UInt8(ascii: ":") && asked.contains($0) }.count
            let parameters = pattern.filter { $0.first == UInt8(ascii: ":") }.count
            if let b = best {
                let better = score < b.score
                    || (score == b.score && (shared > b.shared || (shared == b.shared && parameters < b.parameters)))
                if better { best = (route.method, route.pattern, score, shared, parameters) }
            } else {
                best = (route.method, route.pattern, score, shared, parameters)
            }
        }
        return best.map { ($0.method, $0.pattern) }
    }

    /// Levenshtein over segments with fractional substitution costs.
    static func distance(_ a: [[UInt8]], _ b: [[UInt8]]) -> Double {
        if a.isEmpty { return Double(b.count) }
        if b.isEmpty { return Double(a.count) }
        var previous = (0...b.count).map(Double.init)
        var current = [Double](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = Double(i)
            for j in 1...b.count {
                let replace = previous[j - 1] + segmentCost(a[i - 1], b[j - 1])
                current[j] = min(previous[j] + 1, current[j - 1] + 1, replace)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// 0 for equal segments, 0.25 for a parameter; otherwise the share of characters to
    /// change (ASCII case differences count a tenth), or 1 past half: another word.
    static func segmentCost(_ asked: [UInt8], _ pattern: [UInt8]) -> Double {
        if pattern.first == UInt8(ascii: ":") { return 0.25 }
        if asked == pattern { return 0 }
        if asked.map(lower) == pattern.map(lower) { return 0.1 }
        let share = Double(characterDistance(asked, pattern)) / Double(max(1, max(asked.count, pattern.count)))
        return share > 0.5 ? 1 : share
    }

    static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

    static func characterDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
