/// A price tier of LiteLLM's price file: the standard rates or one of the suffixed variants
/// (`notes/pricing.md` §1.2, §3.2, §3.3).
///
/// Every rate field may carry a tier suffix: `input_cost_per_token_batches`,
/// `cache_read_input_token_cost_flex`, `output_cost_per_token_priority`, …
public enum PriceTier: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Synchronous requests on the default tier (no suffix).
    case standard
    /// The Batch API (`_batches`), used for every `batch = true` row.
    case batch
    /// The `flex` service tier (`_flex`).
    case flex
    /// The `priority` service tier, also requested as `fast` (`_priority`).
    case priority

    /// The suffix LiteLLM appends to a rate field for this tier (`""` for standard).
    public var suffix: String {
        switch self {
        case .standard: ""
        case .batch: "_batches"
        case .flex: "_flex"
        case .priority: "_priority"
        }
    }

    /// Orders tiers as declared: standard, batch, flex, priority.
    public static func < (a: PriceTier, b: PriceTier) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
