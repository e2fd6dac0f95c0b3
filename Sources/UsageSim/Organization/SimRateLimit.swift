// MARK: - Rate limits

/// A per-model rate limit of a project (`ProjectRateLimit`, §3.4).
public struct SimRateLimit: Sendable, Equatable {
    /// Rate-limit id, e.g. `rl-gpt-4.1`.
    public let id: String
    /// Model the limit applies to.
    public let model: String
    /// Requests per minute.
    public let maxRequestsPer1Minute: Int
    /// Tokens per minute.
    public let maxTokensPer1Minute: Int
    /// Requests per day, where the model has one.
    public let maxRequestsPer1Day: Int?
    /// Batch queue limit in input tokens per day, where the model has one.
    public let batch1DayMaxInputTokens: Int?
}
