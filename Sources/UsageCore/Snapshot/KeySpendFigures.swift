// MARK: - Per-key spend: billed or estimated

/// Where each key's spend comes from in one snapshot, and its figures (issue 4 item 1,
/// `notes/openai-admin-api.md` §2 quirk).
///
/// - ``KeySpendSource/billed``: `/organization/costs` grouped by `api_key_id` is cached; the
///   `(no key)` row is the costs rows whose `api_key_id` is `null`.
/// - ``KeySpendSource/estimated(reason:)``: the server refused that grouping (remembered by
///   ``UsageStore/seriesRejection(_:)``); each key's spend is its token × price estimate from
///   ``SyncPlan/completionsForEstimates`` and ``SyncPlan/embeddingsByAPIKey``, and the `(no key)`
///   row is the billed total minus the keys' estimates, so the rows still add up to the bill.
/// - ``KeySpendSource/none``: neither yet.
struct KeySpendFigures: Sendable {
    /// The source shown.
    var source: KeySpendSource
    /// Costs by `api_key_id` (billed only).
    var billed: DailyTable?
    /// Token × price estimates by `api_key_id` (always read: the org-wide estimate and unpriced
    /// usage come from it too).
    var estimates: EstimateTable
    /// The billed org total per day (the residual's base).
    var billedTotal: DailyTable

    /// Whether key spend is an estimate.
    var isEstimate: Bool { source.isEstimated }

    /// Spend of key `id` per day (billed or estimated); all `nil` for ``KeySpendSource/none``.
    /// The `nil` id is the `(no key)` row.
    func daily(_ id: String?, count: Int) -> [USD?] {
        switch source {
        case .none:
            return [USD?](repeating: nil, count: count)
        case .billed:
            return billed?.costSeries(id) ?? [USD?](repeating: nil, count: count)
        case .estimated:
            guard id == nil else { return estimates.costSeries(id) }
            return residualNanos().map { $0.map(Nanodollars.usd) }
        }
    }

    /// The ordering weight of key `id` (nano-dollars over every day).
    func nanosTotal(_ id: String?) -> Int64 {
        switch source {
        case .none: 0
        case .billed: billed?.costNanosTotal(id) ?? 0
        case .estimated: id == nil ? residualNanos().reduce(0) { $0 + ($1 ?? 0) } : estimates.costNanosTotal(id)
        }
    }

    /// Spend of key `id` over `range` of day indices; `nil` when no day in it has data.
    func total(_ id: String, days range: Range<Int>) -> USD? {
        switch source {
        case .none: nil
        case .billed: billed?.costTotal(id, days: range)
        case .estimated: estimates.costTotal(id, days: range)
        }
    }

    /// Per day: the billed total minus every key's estimate (usage with `api_key_id` null stays
    /// in the residual), `nil` where no billed total is cached. May be negative on a day where
    /// estimates exceed the bill (e.g. today, before costs catch up).
    func residualNanos() -> [Int64?] {
        let total = billedTotal.cost[nil]
        let noKey = estimates.cost[nil]
        return billedTotal.present.indices.map { i in
            guard billedTotal.present[i] else { return nil }
            let keys = estimates.totalCost[i] - (noKey?[i] ?? 0)
            return (total?[i] ?? 0) - keys
        }
    }
}
