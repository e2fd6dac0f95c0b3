/// The sum of one series' records for one bucket and one group value, as the aggregate queries
/// of ``UsageStore`` return it.
public struct GroupSum: Sendable, Hashable {
    /// Bucket start (Unix seconds UTC).
    public var start: UnixSeconds
    /// The group value (e.g. a `project_id`); `nil` for the ungrouped sum or a `null` dimension.
    public var group: String?
    /// Billed USD (costs only); `nil` when no record carried an amount.
    public var amount: USD?
    /// Sum of `input_tokens`.
    public var inputTokens: Int64
    /// Sum of `input_cached_tokens`.
    public var inputCachedTokens: Int64
    /// Sum of `output_tokens`.
    public var outputTokens: Int64
    /// Sum of `num_model_requests`.
    public var requests: Int64

    /// Creates a sum.
    public init(start: UnixSeconds, group: String?, amount: USD?, inputTokens: Int64 = 0,
                inputCachedTokens: Int64 = 0, outputTokens: Int64 = 0, requests: Int64 = 0) {
        self.start = start
        self.group = group
        self.amount = amount
        self.inputTokens = inputTokens
        self.inputCachedTokens = inputCachedTokens
        self.outputTokens = outputTokens
        self.requests = requests
    }

    /// The token and request counts as an ``Activity`` (uncached = `input_tokens − input_cached_tokens`).
    public var activity: Activity {
        Activity(inputUncached: inputTokens - inputCachedTokens, inputCached: inputCachedTokens,
                 output: outputTokens, requests: requests)
    }
}
