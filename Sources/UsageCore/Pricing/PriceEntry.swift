import Foundation

/// The prices of one model key of a LiteLLM-format price file (`notes/pricing.md` §1.2, §1.4).
///
/// Rates are USD **per token**, exact `Decimal`s, keyed by field and tier; a missing key is
/// absent here (never 0), and an explicit `0.0` in the file is a real price of zero.
public struct PriceEntry: Sendable, Hashable {
    /// The key of the entry in the file: a model id such as `gpt-4.1-2025-04-14` or `gpt-4o`.
    public var model: String
    /// LiteLLM's `mode` (`chat`, `responses`, `embedding`, `realtime`, …), if given.
    public var mode: String?
    /// LiteLLM's `litellm_provider`, if given (`openai` for every bundled entry).
    public var provider: String?
    /// USD per token by field and tier, exactly as the file gives them.
    public var rates: [RateKey: Decimal]

    /// Creates an entry; rates are USD per token.
    public init(model: String, mode: String? = nil, provider: String? = nil, rates: [RateKey: Decimal] = [:]) {
        self.model = model
        self.mode = mode
        self.provider = provider
        self.rates = rates
    }

    /// The rate the file gives for `field` in `tier` (USD per token), with no fallback;
    /// `nil` when the key is missing.
    public func rate(_ field: RateField, _ tier: PriceTier = .standard) -> Decimal? {
        rates[RateKey(field, tier)]
    }

    /// The rate for `field` in `tier` with LiteLLM's tier fallback (`notes/pricing.md` §1.4
    /// item 3): the suffixed key, else the standard key marked ``ResolvedRate/tierFallback``;
    /// `nil` when neither is present.
    public func resolvedRate(_ field: RateField, _ tier: PriceTier) -> ResolvedRate? {
        if let exact = rate(field, tier) { return ResolvedRate(perToken: exact, tierFallback: false) }
        if tier != .standard, let standard = rate(field, .standard) {
            return ResolvedRate(perToken: standard, tierFallback: true)
        }
        return nil
    }
}

/// A rate field in one tier: the key of ``PriceEntry/rates``.
public struct RateKey: Sendable, Hashable {
    /// The rate field (`input_cost_per_token`, …).
    public var field: RateField
    /// The tier suffix (`_batches`, `_flex`, `_priority`, or none).
    public var tier: PriceTier

    /// The key for `field` in `tier`.
    public init(_ field: RateField, _ tier: PriceTier = .standard) {
        self.field = field
        self.tier = tier
    }

    /// The LiteLLM field name, e.g. `cache_read_input_token_cost_batches`.
    public var name: String { field.key(tier) }
}

/// A rate as used by the estimator: USD per token, and whether it was taken from the standard
/// key because the tier's own key is missing (charged standard, flagged "tier price unknown").
public struct ResolvedRate: Sendable, Hashable {
    /// USD per token.
    public var perToken: Decimal
    /// `true` when a tier-suffixed key was missing and the standard rate stands in for it.
    public var tierFallback: Bool

    /// Creates a resolved rate (USD per token).
    public init(perToken: Decimal, tierFallback: Bool) {
        self.perToken = perToken
        self.tierFallback = tierFallback
    }
}
