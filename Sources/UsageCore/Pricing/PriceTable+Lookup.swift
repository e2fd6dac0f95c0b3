// MARK: - Model id → price key

/// How a model id was matched to a key of a ``PriceTable`` (`notes/pricing.md` §2.1).
public enum PriceMatchRule: String, Sendable, Hashable {
    /// The id is a key of the table (`gpt-4.1-2025-04-14`, `gpt-4o-2024-05-13`, `gpt-4o`).
    case exact
    /// A trailing `-YYYY-MM-DD` was stripped (`gpt-5.6-sol-2026-08-01` → `gpt-5.6-sol`).
    case undated
    /// A fine-tune `ft:<base>:<org>:<suffix>:<id>` matched `ft:<base>` (or `ft:<undated base>`).
    case fineTune
    /// A fine-tune with no `ft:` price matched its base model (exactly or undated). Fine-tuned
    /// inference usually costs more than the base model, so such estimates are flagged
    /// ``EstimateFlags/fineTuneAtBaseRate`` (likely an underestimate).
    case fineTuneBase
}

/// The result of ``PriceTable/lookup(_:)``: which key priced a model id, and its entry.
public struct PriceMatch: Sendable, Hashable {
    /// The model id as asked (as the Usage API reports it).
    public var model: String
    /// The key of the table that matched.
    public var key: String
    /// How it matched.
    public var rule: PriceMatchRule
    /// The prices under ``key``.
    public var entry: PriceEntry
}

extension PriceTable {
    /// The prices for a model id as the Usage API reports it, or `nil` ("unpriced": never
    /// guessed, never $0), following `notes/pricing.md` §2.1:
    ///
    /// 1. the exact key;
    /// 2. the id with a trailing `-YYYY-MM-DD` removed;
    /// 3. a fine-tune `ft:<base>:…` → `ft:<base>`, then `ft:<base without date>`, then `<base>`
    ///    by rules 1–2 (``PriceMatchRule/fineTuneBase``, flagged by the estimator because
    ///    fine-tuned inference usually costs more than its base model).
    ///
    /// An alias is never mapped to a dated key: `gpt-4o` never finds `gpt-4o-2024-05-13`.
    public func lookup(_ model: String) -> PriceMatch? {
        if let entry = entries[model] { return PriceMatch(model: model, key: model, rule: .exact, entry: entry) }
        if model.hasPrefix("ft:") {
            let base = model.dropFirst(3).split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !base.isEmpty else { return nil }
            for key in ["ft:" + base, Self.undated(base).map { "ft:" + $0 }].compactMap({ $0 }) {
                if let entry = entries[key] { return PriceMatch(model: model, key: key, rule: .fineTune, entry: entry) }
            }
            guard !base.hasPrefix("ft:"), var match = lookup(base) else { return nil }
            match.model = model
            match.rule = .fineTuneBase
            return match
        }
        if let key = Self.undated(model), let entry = entries[key] {
            return PriceMatch(model: model, key: key, rule: .undated, entry: entry)
        }
        return nil
    }

    /// `model` without a trailing `-YYYY-MM-DD`, or `nil` (``ModelSnapshot/undated(_:)``).
    static func undated(_ model: String) -> String? { ModelSnapshot.undated(model) }
}
