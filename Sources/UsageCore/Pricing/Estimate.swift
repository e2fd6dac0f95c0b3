/// The estimated cost of one usage record: dollars, or "unpriced" with the tokens and requests
/// that could not be priced (`notes/pricing.md` §2.1, §4.2). Never $0 for a model with no price.
public struct Estimate: Sendable, Hashable {
    /// Whether the record has a dollar figure.
    public enum Status: String, Sendable, Hashable {
        /// ``Estimate/cost`` is set.
        case priced
        /// The model has no price (or the record has no model): no dollar figure.
        case unpriced
        /// Scale Tier tokens, which are prepaid and not priced per token (§3.3).
        case excluded
    }

    /// Priced, unpriced or excluded.
    public var status: Status
    /// The estimated cost in USD, exact (not rounded); `nil` unless ``status`` is `.priced`.
    public var cost: USD?
    /// The record's `model` dimension, if it has one.
    public var model: String?
    /// The price-table key that priced the record (`gpt-5.6-sol` for `gpt-5.6-sol-2026-08-01`).
    public var priceKey: String?
    /// The rate tier applied (batch wins over `service_tier`); `nil` unless priced.
    public var tier: PriceTier?
    /// Tokens in the record (input + output, every modality; tokens).
    public var tokens: Int64
    /// `num_model_requests` of the record (requests).
    public var requests: Int64
    /// Caveats (tier price unknown, cache-write TTL unknown, unreconciled tier, …).
    public var flags: EstimateFlags

    /// Creates an estimate; see the properties for units.
    public init(status: Status, cost: USD?, model: String?, priceKey: String?, tier: PriceTier?,
                tokens: Int64, requests: Int64, flags: EstimateFlags) {
        self.status = status
        self.cost = cost
        self.model = model
        self.priceKey = priceKey
        self.tier = tier
        self.tokens = tokens
        self.requests = requests
        self.flags = flags
    }
}
