import Foundation

/// Which rates price a usage row, from its `batch` and `service_tier` dimensions
/// (`notes/pricing.md` §3.2, §3.3).
///
/// - `batch` = `"true"` → ``PriceTier/batch``, whatever `service_tier` says.
/// - `service_tier` by prefix: `flex*` → flex; `priority*` or `fast` → priority;
///   absent, `default` or `auto` → standard; `scale` → excluded (prepaid Scale Tier);
///   anything else → standard, flagged ``EstimateFlags/unreconciledServiceTier``.
public struct RateSelection: Sendable, Hashable {
    /// The tier whose rates apply; `nil` for Scale Tier rows, which are not priced per token.
    public var tier: PriceTier?
    /// ``EstimateFlags/unreconciledServiceTier`` or ``EstimateFlags/scaleTierExcluded`` when they apply.
    public var flags: EstimateFlags

    /// The selection for a row with these dimension values (`batch` as the API writes it,
    /// `"true"`/`"false"`; `nil` when not grouped by it).
    public init(batch: String?, serviceTier: String?) {
        if batch?.lowercased() == "true" {
            self.init(tier: .batch, flags: [])
            return
        }
        let t = (serviceTier ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if t.isEmpty || t == "default" || t == "auto" {
            self.init(tier: .standard, flags: [])
        } else if t.hasPrefix("flex") {
            self.init(tier: .flex, flags: [])
        } else if t.hasPrefix("priority") || t == "fast" {
            self.init(tier: .priority, flags: [])
        } else if t == "scale" {
            self.init(tier: nil, flags: .scaleTierExcluded)
        } else {
            self.init(tier: .standard, flags: .unreconciledServiceTier)
        }
    }

    /// A selection of `tier` with `flags`.
    public init(tier: PriceTier?, flags: EstimateFlags) {
        self.tier = tier
        self.flags = flags
    }
}
