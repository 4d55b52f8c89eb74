import Formats

/// How the sandbox's review tools decide. Every tool passes unless the package asks otherwise
/// with a marker in its `release_notes` or `long_description`:
///
///     [eqp-sandbox:fail=phpcs]            phpcs fails
///     [eqp-sandbox:fail=varnish,marketing] both fail
///     [eqp-sandbox:error=varnish]         varnish ends in `error`
///     [eqp-sandbox:needs_review=marketing] marketing is approved_with_modifications_pending
///
/// Tool names: phpcs, varnish, phpcpd, manual_qa, marketing. Several markers may appear; the
/// last one naming a tool wins. The marker is read from the package as it is when the tool runs,
/// so removing it and resubmitting makes the next run pass. (`long_description` is read too
/// because after release only marketing fields can change.)
public struct ReviewOutcomes: Sendable, Equatable {
    public private(set) var decided: [ReviewTool: ToolRunStatus]

    public init(_ decided: [ReviewTool: ToolRunStatus] = [:]) { self.decided = decided }

    /// The outcomes the markers in `texts` ask for.
    public init(markersIn texts: [String?]) {
        var decided: [ReviewTool: ToolRunStatus] = [:]
        for text in texts.compactMap({ $0 }) {
            for (tool, status) in Self.markers(in: text) { decided[tool] = status }
        }
        self.decided = decided
    }

    /// The result `tool` produces: the decided one, else `pass`.
    public func status(for tool: ReviewTool) -> ToolRunStatus { decided[tool] ?? .pass }

    static let prefix = Array("[eqp-sandbox:".utf8)

    /// Every `(tool, status)` the markers in `text` name, in order; malformed markers are ignored.
    static func markers(in text: String) -> [(ReviewTool, ToolRunStatus)] {
        var found: [(ReviewTool, ToolRunStatus)] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i + prefix.count <= bytes.count {
            guard bytes[i] == prefix[0], Array(bytes[i..<(i + prefix.count)]) == prefix else { i += 1; continue }
            let start = i + prefix.count
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "]")) else { break }
            let body = String(decoding: bytes[start..<close], as: UTF8.self)
            let parts = body.split(separator: "=", maxSplits: 1).map { $0.trimmingBlanks }
            if parts.count == 2, let status = ToolRunStatus(rawValue: String(parts[0]).lowercased()) {
                for name in parts[1].split(separator: ",") {
                    if let tool = ReviewTool(rawValue: String(name.trimmingBlanks).lowercased()) {
                        found.append((tool, status))
                    }
                }
            }
            i = close + 1
        }
        return found
    }
}

/// One decision of the control API: what a tool reports on a run and, optionally, the
/// detail document's `reports` to show for it instead of the ones the sandbox builds.
public struct ReviewDecision: Sendable, Equatable, Codable {
    public var tool: ReviewTool
    public var status: ToolRunStatus
    public var reports: JSON?

    public init(tool: ReviewTool, status: ToolRunStatus, reports: JSON? = nil) {
        self.tool = tool
        self.status = status
        self.reports = reports
    }
}

/// Outcomes decided ahead of time through the control API: a queue per package key (a
/// submission_id or a sku), consumed one decision per tool run, oldest first.
public struct ReviewOutcomeQueue: Sendable, Equatable {
    var queues: [String: [ReviewDecision]] = [:]

    public init() {}

    /// Decides the next run of `tool` for `key` (a submission_id or sku).
    public mutating func enqueue(_ status: ToolRunStatus, for tool: ReviewTool, key: String, reports: JSON? = nil) {
        queues[key, default: []].append(ReviewDecision(tool: tool, status: status, reports: reports))
    }

    /// Decides the next run of `tool` for `key`, replacing a decision for that tool still waiting.
    public mutating func decideNext(_ status: ToolRunStatus, for tool: ReviewTool, key: String, reports: JSON? = nil) {
        if let index = queues[key]?.firstIndex(where: { $0.tool == tool }) {
            queues[key]![index] = ReviewDecision(tool: tool, status: status, reports: reports)
        } else {
            enqueue(status, for: tool, key: key, reports: reports)
        }
    }

    /// Drops every decision waiting for `key`.
    public mutating func clear(_ key: String) { queues[key] = nil }

    /// Takes the oldest decision for `tool` under the first of `keys` that has one.
    public mutating func takeDecision(_ tool: ReviewTool, keys: [String]) -> ReviewDecision? {
        for key in keys {
            guard let index = queues[key]?.firstIndex(where: { $0.tool == tool }) else { continue }
            let decision = queues[key]!.remove(at: index)
            if queues[key]!.isEmpty { queues[key] = nil }
            return decision
        }
        return nil
    }

    /// `takeDecision`'s status alone.
    public mutating func take(_ tool: ReviewTool, keys: [String]) -> ToolRunStatus? {
        takeDecision(tool, keys: keys)?.status
    }

    /// Decisions still waiting for `key`, oldest first.
    public func pending(for key: String) -> [ReviewDecision] { queues[key] ?? [] }
}
