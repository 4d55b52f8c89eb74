import Formats

/// The queued review outcomes in the durable state: `{"key": [["phpcs", "fail"], ...]}`
/// (tuples have no synthesized coding).
extension ReviewOutcomeQueue: Codable {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(queues.mapValues { list in list.map { [$0.tool.rawValue, $0.status.rawValue] } })
    }

    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: [[String]]].self)
        self.init()
        for (key, list) in raw {
            for pair in list {
                guard pair.count == 2, let tool = ReviewTool(rawValue: pair[0]), let status = ToolRunStatus(rawValue: pair[1]) else {
                    throw JSONCodingError("unknown queued outcome \(pair) for \(key)", path: decoder.codingPath)
                }
                enqueue(status, for: tool, key: key)
            }
        }
    }
}
