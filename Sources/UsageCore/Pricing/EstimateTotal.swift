/// A sum of ``Estimate``s, e.g. one API key's spend over a window: exact dollars for what could be
/// priced, plus how many tokens and requests could not be, and for which models.
///
/// The screen shows ``cost`` as an estimate and, when ``unpricedTokens`` or ``unpricedRequests``
/// is non-zero, how much usage it leaves out (`notes/pricing.md` §2.1 step 5).
public struct EstimateTotal: Sendable, Hashable {
    /// Sum of the priced estimates in USD, exact (not rounded).
    public var cost: USD = .zero
    /// Tokens in priced records.
    public var pricedTokens: Int64 = 0
    /// Requests in priced records.
    public var pricedRequests: Int64 = 0
    /// Tokens in records whose model has no price (tokens).
    public var unpricedTokens: Int64 = 0
    /// Requests in records whose model has no price.
    public var unpricedRequests: Int64 = 0
    /// Model ids with usage (tokens or requests) but no price; records without a `model`
    /// dimension are counted but not listed.
    public var unpricedModels: Set<String> = []
    /// Scale Tier tokens left out of the estimate (§3.3).
    public var excludedTokens: Int64 = 0
    /// Scale Tier requests left out of the estimate.
    public var excludedRequests: Int64 = 0
    /// Union of the flags of every estimate added.
    public var flags: EstimateFlags = []

    /// An empty total ($0, nothing unpriced).
    public init() {}

    /// The total of `estimates`.
    public init(_ estimates: some Sequence<Estimate>) {
        for estimate in estimates { add(estimate) }
    }

    /// Whether every token and request added was priced (Scale Tier exclusions aside).
    public var isFullyPriced: Bool { unpricedTokens == 0 && unpricedRequests == 0 }

    /// Adds one estimate.
    public mutating func add(_ estimate: Estimate) {
        flags.formUnion(estimate.flags)
        switch estimate.status {
        case .priced:
            cost += estimate.cost ?? .zero
            pricedTokens += estimate.tokens
            pricedRequests += estimate.requests
        case .unpriced:
            unpricedTokens += estimate.tokens
            unpricedRequests += estimate.requests
            if let model = estimate.model, estimate.tokens != 0 || estimate.requests != 0 { unpricedModels.insert(model) }
        case .excluded:
            excludedTokens += estimate.tokens
            excludedRequests += estimate.requests
        }
    }

    /// Adds another total.
    public mutating func add(_ other: EstimateTotal) {
        cost += other.cost
        pricedTokens += other.pricedTokens
        pricedRequests += other.pricedRequests
        unpricedTokens += other.unpricedTokens
        unpricedRequests += other.unpricedRequests
        unpricedModels.formUnion(other.unpricedModels)
        excludedTokens += other.excludedTokens
        excludedRequests += other.excludedRequests
        flags.formUnion(other.flags)
    }

    /// The sum of two totals.
    public static func + (a: EstimateTotal, b: EstimateTotal) -> EstimateTotal {
        var sum = a
        sum.add(b)
        return sum
    }
}
