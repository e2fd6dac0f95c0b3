/// Caveats attached to a cost estimate (`notes/pricing.md` §1.4 item 3, §3, §4.3).
///
/// A flagged estimate is still a number; the flags say where it may be off and why.
public struct EstimateFlags: OptionSet, Sendable, Hashable {
    /// The flags as bits (stable only within one build; not for storage).
    public let rawValue: UInt16

    /// Flags from their bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A batch, flex or priority rate needed for non-zero tokens is missing from the price file,
    /// so the standard rate was charged (e.g. batch cached input on gpt-4.1, §3.2; any tier of a
    /// model with no tier prices).
    public static let tierPriceUnknown = EstimateFlags(rawValue: 1 << 0)
    /// Cache-write tokens were priced at the standard-TTL rate, but the model also has a dearer
    /// 12-hour rate the Usage API cannot tell apart: a possible underestimate (§3.1).
    public static let cacheWriteTTLUnknown = EstimateFlags(rawValue: 1 << 1)
    /// The `service_tier` string is not one usagetop knows (`incentivized-tier`, …): priced at
    /// standard rates and shown as "unreconciled" (§3.3).
    public static let unreconciledServiceTier = EstimateFlags(rawValue: 1 << 2)
    /// `service_tier` = `scale`: prepaid Scale Tier tokens, excluded from the per-token estimate
    /// so they are not counted twice (§3.3).
    public static let scaleTierExcluded = EstimateFlags(rawValue: 1 << 3)
    /// The token counts contradict each other (e.g. more cached than total input, or modality
    /// fields that do not add up to `input_uncached_tokens`); negative parts were taken as 0.
    public static let inconsistentCounts = EstimateFlags(rawValue: 1 << 4)
    /// A fine-tuned model (`ft:…`) with no `ft:` price was priced at its base model's rates
    /// (``PriceMatchRule/fineTuneBase``); fine-tuned inference usually costs more (§2.1).
    public static let fineTuneAtBaseRate = EstimateFlags(rawValue: 1 << 5)
}
