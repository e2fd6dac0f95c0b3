import Foundation

/// Estimates the dollar cost of usage records from token counts and a ``PriceTable``
/// (`notes/pricing.md` §3, §4.2). Pure: no I/O, no clock.
///
/// Handles `/organization/usage/completions` records (by `model`, `batch`, `service_tier`) and
/// `/organization/usage/embeddings` records (`input_tokens` × input rate). Other token datasets
/// (moderations) are priced like embeddings when their model has a price; records of datasets that
/// are not priced per token (images, speeches, …) come back unpriced.
public struct CostEstimator: Sendable {
    /// The prices used (bundled, or bundled merged with a user override file).
    public var prices: PriceTable

    /// An estimator over `prices` (default: ``PriceTable/bundled``).
    public init(prices: PriceTable = .bundled) {
        self.prices = prices
    }

    /// The estimated cost of one record.
    ///
    /// The record's `model` dimension is looked up with ``PriceTable/lookup(_:)``; its `batch`
    /// and `service_tier` dimensions pick the rates (``RateSelection``). Completions use the
    /// current-schema formula when `input_uncached_tokens` is present, else the old one (§4.2).
    /// - Returns: A priced estimate in USD (exact), or an unpriced / excluded one carrying the
    ///   record's tokens and requests.
    public func estimate(_ record: UsageRecord) -> Estimate {
        let model = record.dimensions[.model]
        let counts = TokenCounts(record)
        let selection = RateSelection(batch: record.dimensions[.batch], serviceTier: record.dimensions[.serviceTier])
        var estimate = Estimate(status: .unpriced, cost: nil, model: model, priceKey: nil, tier: nil,
                                tokens: counts.tokens, requests: record[metric: "num_model_requests"],
                                flags: selection.flags.union(counts.flags))
        guard let tier = selection.tier else {
            estimate.status = .excluded
            return estimate
        }
        guard counts.isTokenPriced, let model, let match = prices.lookup(model) else { return estimate }
        estimate.priceKey = match.key
        if match.rule == .fineTuneBase { estimate.flags.insert(.fineTuneAtBaseRate) }
        let rates = TierRates(match.entry, tier: tier)
        guard let priced = Self.cost(counts, rates) else { return estimate }
        estimate.status = .priced
        estimate.cost = USD(priced.cost)
        estimate.tier = tier
        estimate.flags.formUnion(priced.flags)
        return estimate
    }

    /// The total of the estimates of `records`.
    public func total(_ records: some Sequence<UsageRecord>) -> EstimateTotal {
        EstimateTotal(records.lazy.map { estimate($0) })
    }

    // MARK: - The formula

    /// Σ tokens × rate over the lines of `counts`; `nil` when a line with tokens has no rate
    /// (the model has no input or no output price).
    static func cost(_ counts: TokenCounts, _ rates: TierRates) -> (cost: Decimal, flags: EstimateFlags)? {
        var total = Decimal.zero
        var flags: EstimateFlags = []
        for (tokens, rate) in counts.lines(rates) where tokens != 0 {
            guard let rate else { return nil }
            total += Decimal(tokens) * rate.perToken
            if rate.tierFallback { flags.insert(.tierPriceUnknown) }
        }
        if counts.cacheWrite > 0, rates.hasLongTTLCacheWrite { flags.insert(.cacheWriteTTLUnknown) }
        return (total, flags)
    }
}
