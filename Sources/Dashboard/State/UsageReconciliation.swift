import UsageCore

/// Billed against estimated spend over the Usage page's range, and how much of the billed
/// spend the per-key figures explain (issue 4 item 3).
///
/// All amounts are USD over the range's cached days. *Billed* is `/organization/costs`
/// (``DashboardSnapshot/dailyTotals``, or the selected project's `series[.project]` row);
/// *estimated* is the org-wide token × price estimate (``DashboardSnapshot/dailyEstimated``);
/// *explained* is the sum of the `series[.apiKey]` rows that have an `api_key_id` (the
/// `(no key)` row, `api_key_id` null, is the part no key accounts for).
struct UsageReconciliation: Sendable, Equatable {
    /// Billed USD over the range; `nil` when no day of it has cost data.
    var billed: USD?
    /// ≈ token × price estimate over the range (organization-wide, priced tokens only); `nil`
    /// when no day has an estimate, or when a project filter is on (no per-project estimate).
    var estimated: USD?
    /// Spend of the rows with an `api_key_id` over the range (the selected project's keys only
    /// when filtered); `nil` when no key row has data.
    var explained: USD?
    /// Spend of the `(no key)` row (`api_key_id` null) over the range; `nil` when there is no
    /// such row or it has no data, and always when filtered (it belongs to no project).
    var noKey: USD?
    /// Whether the per-key figures are ≈ token × price estimates (the snapshot's
    /// ``KeySpendSource/estimated(reason:)``, or any counted key row marked as an estimate).
    var keysEstimated: Bool
    /// The server's refusal message when costs grouped by `api_key_id` answered 400; `nil`
    /// when per-key spend is billed or unknown.
    var refusal: String?
    /// Tokens and requests over the range of models with no price (their cost is unknown; they
    /// are not in ``estimated``); organization-wide.
    var unpriced: Activity
    /// The models without a price (``DashboardSnapshot/unpricedModels``), sorted.
    var unpricedModels: [String]

    /// ``explained`` ÷ ``billed``; `nil` when either is missing or billed is zero.
    var explainedShare: Double? {
        guard let explained, let billed, billed != .zero else { return nil }
        return explained.ratio(to: billed)
    }

    /// Whether any usage in the range has no price (tokens or requests).
    var hasUnpriced: Bool { unpriced.totalTokens != 0 || unpriced.requests != 0 }

    /// Sums `values` at the snapshot indices `indices` (skipping `nil` indices and entries);
    /// `nil` when none has a value (no data, not $0).
    static func sum(_ values: [USD?], at indices: [Int?]) -> USD? {
        var total: USD?
        for i in indices.compactMap({ $0 }) where i < values.count {
            if let v = values[i] { total = (total ?? .zero) + v }
        }
        return total
    }
}
