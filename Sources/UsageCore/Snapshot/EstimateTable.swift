// MARK: - Token × price estimates on the day grid

/// Token × price estimates of one or more cached usage series, read onto a ``DayGrid`` and
/// summed by one dimension (`api_key_id` for per-key spend, `user_id` for "who spent").
///
/// The records are summed in SQL per day, group and pricing combination
/// (``UsageStore/forEachPricingSum(_:by:from:to:_:)``), each sum priced by ``CostEstimator``'s
/// rules (`notes/pricing.md` §4.2, through ``BulkEstimator``) and rounded to whole nano-dollars
/// (10⁻⁹ USD), so sums are exact integers and a residual computed from them (the `(no key)` row) makes a day add up to the billed total exactly. Usage of a model with no
/// price is kept apart as *unpriced* activity (unknown, never $0); Scale Tier tokens are in
/// neither (prepaid, `notes/pricing.md` §3.3). A day without a bucket of any of the series is
/// *no data*.
///
/// Memory: one `Int64` per group per day for the estimate, activity per group per day only when
/// asked for, and unpriced activity only for groups that have some (DESIGN.md §7).
struct EstimateTable: DayGridTable, Sendable {
    /// Whether any of the series has a bucket on each day.
    var present: [Bool]
    /// Estimated nano-dollars (priced usage only) per group per day.
    var cost: [String?: [Int64]] = [:]
    /// Activity (tokens and requests, priced or not) per group per day; empty unless loaded
    /// with `activity: true`.
    var activity: [String?: [Activity]] = [:]
    /// Unpriced activity per group per day, only for groups that have some.
    var unpriced: [String?: [Activity]] = [:]
    /// Estimated nano-dollars per day over every group.
    var totalCost: [Int64]
    /// Unpriced activity per day over every group.
    var totalUnpriced: [Activity]
    /// Models with unpriced usage.
    var unpricedModels: Set<String> = []

    /// An empty table of `count` days.
    init(count: Int) {
        present = Array(repeating: false, count: count)
        totalCost = Array(repeating: 0, count: count)
        totalUnpriced = Array(repeating: .zero, count: count)
    }

    /// Reads and prices `series` (each summed on its own, then added up by `dimension`).
    /// - Parameters:
    ///   - series: usage series holding `dimension` and `model` (completions also `batch` and
    ///     `service_tier`), e.g. ``SyncPlan/completionsForEstimates`` and ``SyncPlan/embeddingsByAPIKey``.
    ///   - activity: whether to keep activity per group (the user series needs it; key activity
    ///     comes from ``SeriesTables/activityByKey``).
    ///   - perGroup: whether to keep figures per group at all (`false`: only the org-wide totals
    ///     and unpriced models, e.g. per-key estimates while key spend is billed).
    /// - Throws: ``StoreError``.
    static func load(_ store: UsageStore, _ series: [SeriesKey], by dimension: Dimension, grid: DayGrid,
                     estimator: CostEstimator, activity: Bool, perGroup: Bool = true) throws -> EstimateTable {
        let keepActivity = activity && perGroup
        var table = EstimateTable(count: grid.count)
        let zeroCost = [Int64](repeating: 0, count: grid.count)
        let zeroActivity = [Activity](repeating: .zero, count: grid.count)
        var pricer = BulkEstimator(estimator)
        for s in series {
            for bucket in try store.bucketStarts(s, from: grid.first, to: grid.end) {
                if let i = grid.index(bucket) { table.present[i] = true }
            }
            try store.forEachPricingSum(s, by: perGroup ? dimension : nil, from: grid.first, to: grid.end) { record in
                guard let i = grid.index(record.startTime) else { return }
                table.present[i] = true
                let group = record.dimensions[dimension]
                let used = EstimateTable.activity(record)
                if keepActivity {
                    table.activity[group, default: zeroActivity][i] = table.activity[group, default: zeroActivity][i] + used
                }
                switch pricer.price(record) {
                case .priced(let nanos):
                    if perGroup { table.cost[group, default: zeroCost][i] += nanos }
                    table.totalCost[i] += nanos
                case .unpriced:
                    guard used != .zero else { return }
                    if perGroup {
                        table.unpriced[group, default: zeroActivity][i] = table.unpriced[group, default: zeroActivity][i] + used
                    }
                    table.totalUnpriced[i] = table.totalUnpriced[i] + used
                    if let model = record.dimensions[.model] { table.unpricedModels.insert(model) }
                case .excluded:
                    break
                }
            }
        }
        return table
    }

    /// A record's activity as the dashboard counts it (uncached = `input_tokens − input_cached_tokens`;
    /// embeddings `input_tokens` as uncached input).
    static func activity(_ record: UsageRecord) -> Activity {
        let input = record[metric: "input_tokens"], cached = record[metric: "input_cached_tokens"]
        return Activity(inputUncached: input - cached, inputCached: cached, output: record[metric: "output_tokens"],
                        requests: record[metric: "num_model_requests"])
    }

    /// Every group seen.
    var groups: Set<String?> { Set(cost.keys).union(activity.keys).union(unpriced.keys) }

    /// The unpriced activity of `group` over `range` of day indices (zero when none).
    func unpricedTotal(_ group: String?, days range: Range<Int>) -> Activity {
        let r = range.clamped(to: present.indices)
        guard let values = unpriced[group] else { return .zero }
        return r.reduce(Activity.zero) { $0 + values[$1] }
    }

    /// The org-wide estimate per day: `nil` where no bucket is cached.
    var dailyEstimated: [USD?] { present.indices.map { present[$0] ? Nanodollars.usd(totalCost[$0]) : nil } }
}
