import Formats

/// The queued review outcomes in the durable state: `{"key": [{"tool", "status", "reports"?}, ...]}`.

extension ReviewOutcomeQueue: Codable {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(queues)
    }

    public init(from decoder: Decoder) throws {
        self.init()
        queues = try decoder.singleValueContainer().decode([String: [ReviewDecision]].self)
    }
}
