/// One group of a ``Report``: billed dollars, estimated dollars, tokens and requests.
///
/// A figure is `nil` when the grouping has no source for it (e.g. no billed figure by
/// `user_id`), or when the cache holds none of its series over the range — never a silent 0.
public struct ReportRow: Sendable, Hashable {
    /// The group value (`key_…`, `proj_…`, a model id, a line item, `user_…`); `nil` is the row of
    /// spend or usage that carries no value for the grouping (`api_key_id: null`).
    public var group: String?
    /// Human label: project name, key name, user email, or the group value itself; for the
    /// `nil` group, ``ReportGrouping/nullLabel``.
    public var label: String
    /// Billed USD from `/organization/costs` over the range, exact (nano-dollars); `nil` when
    /// the grouping has no costs series or none is cached.
    public var billed: USD?
    /// Token × price estimate (``CostEstimator``) of the usage that could be priced; `nil` when
    /// the grouping has no estimate or nothing in the group was priced.
    public var estimate: EstimateTotal?
    /// `input_tokens` (cached included), `input_cached_tokens`, `output_tokens` and
    /// `num_model_requests` of completions and embeddings; `nil` when the grouping has no usage.
    public var activity: Activity?

    /// Creates a row; see the properties for units.
    public init(group: String?, label: String, billed: USD?, estimate: EstimateTotal?, activity: Activity?) {
        self.group = group
        self.label = label
        self.billed = billed
        self.estimate = estimate
        self.activity = activity
    }

    /// The estimated USD when anything was priced, else `nil` (an estimate of nothing is not $0).
    public var estimatedUSD: USD? {
        guard let estimate, estimate.pricedTokens > 0 || estimate.pricedRequests > 0 || estimate.cost != .zero else { return nil }
        return estimate.cost
    }

    /// `input_tokens` as the API counts it: uncached + cached (cache writes included).
    public var inputTokens: Int64? { activity.map { $0.inputUncached + $0.inputCached } }
}
