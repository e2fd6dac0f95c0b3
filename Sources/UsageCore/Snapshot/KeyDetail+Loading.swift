// MARK: - Loading a key's detail from the cache

extension KeyDetail {
    /// Reads one key's detail for the UTC days `[request.from, request.to)` from the cache, for
    /// the key's detail page (the app loads it on `Effect.loadKeyDetail`).
    ///
    /// - Daily cost: billed USD from `/organization/costs` by `api_key_id` when that series is
    ///   cached for the range and the server has not refused it; otherwise the token × price
    ///   estimate (``costIsEstimate``) of ``SyncPlan/completionsForEstimates`` plus
    ///   ``SyncPlan/embeddingsByAPIKey`` (`notes/pricing.md` §4.2; unpriced models left out).
    /// - Daily activity: ``SyncPlan/completionsByAPIKey`` plus embeddings (`input_tokens` as
    ///   uncached input).
    /// - Models and service tiers (`batch` for Batch API rows; embeddings count as `default`):
    ///   activity and estimate of each, biggest estimate first; an estimate is `nil` when nothing
    ///   in the slice is priced, and ``UsageShare/unpricedTokens`` says what it leaves out.
    ///
    /// A day without a cached bucket is `nil` (*no data*), a cached bucket without the key zero.
    /// - Parameters:
    ///   - store: the cache.
    ///   - request: the key (`api_key_id`) and the days (Unix seconds UTC; `from` is rounded down
    ///     to its day, days from tomorrow on are dropped).
    ///   - prices: the price table for estimates (``CostEstimator``).
    ///   - now: the clock reading (Unix seconds UTC).
    /// - Returns: the detail; no days when the range is empty.
    /// - Throws: ``StoreError`` when the cache cannot be read.
    public static func load(store: UsageStore, request: KeyDetailRequest, prices: PriceTable,
                            now: UnixSeconds) throws -> KeyDetail {
        let day = UTCCalendar.secondsPerDay
        let first = UTCCalendar.startOfDay(request.from)
        let end = min(request.to, UTCCalendar.startOfDay(now) + day)
        let count = end > first ? Int((end - first + day - 1) / day) : 0
        let grid = DayGrid(first: first, count: count)
        let key = (Dimension.apiKeyID, request.keyID)

        // Activity: completions by key plus embeddings by key.
        var activity = DetailDays<Activity>(grid: grid, zero: .zero)
        for series in [SyncPlan.completionsByAPIKey, SyncPlan.embeddingsByAPIKey] {
            try activity.markBuckets(store, series)
            try store.forEachRecord(series, from: grid.first, to: grid.end, filter: key) { record in
                activity.add(EstimateTable.activity(record), at: record.startTime)
            }
        }

        // Estimates per day, model and tier.
        var pricer = BulkEstimator(CostEstimator(prices: prices))
        var estimated = DetailDays<Int64>(grid: grid, zero: 0)
        var models: [String: ShareSum] = [:]
        var tiers: [String: ShareSum] = [:]
        for series in [SyncPlan.completionsForEstimates, SyncPlan.embeddingsByAPIKey] {
            try estimated.markBuckets(store, series)
            try store.forEachRecord(series, from: grid.first, to: grid.end, filter: key) { record in
                let outcome = pricer.price(record)
                let used = EstimateTable.activity(record)
                if case .priced(let nanos) = outcome { estimated.add(nanos, at: record.startTime) } else { estimated.add(0, at: record.startTime) }
                models[record.dimensions[.model] ?? "(no model)", default: ShareSum()].add(outcome, used)
                tiers[tierName(record), default: ShareSum()].add(outcome, used)
            }
        }

        // Billed per day when costs by api_key_id are cached for the range.
        var billed = DetailDays<Int64>(grid: grid, zero: 0)
        if try store.seriesRejection(SyncPlan.costsByAPIKey) == nil {
            try billed.markBuckets(store, SyncPlan.costsByAPIKey)
            if billed.present.contains(true) {
                try store.forEachRecord(SyncPlan.costsByAPIKey, from: grid.first, to: grid.end, filter: key) { record in
                    if let nanos = record.amount.flatMap(Nanodollars.from) { billed.add(nanos, at: record.startTime) }
                }
            }
        }
        let isBilled = billed.present.contains(true)
        let cost = (isBilled ? billed : estimated).values.map { $0.map(Nanodollars.usd) }

        return KeyDetail(keyID: request.keyID, days: grid.days, dailyCost: cost, costIsEstimate: !isBilled,
                         dailyActivity: activity.values, models: ShareSum.shares(models), serviceTiers: ShareSum.shares(tiers))
    }

    /// The tier a usage record is billed at, as the detail page names it: `batch` for Batch API
    /// rows, else the record's `service_tier`, else `default`.
    static func tierName(_ record: UsageRecord) -> String {
        record.dimensions[.batch] == "true" ? "batch" : record.dimensions[.serviceTier] ?? "default"
    }
}

// MARK: - Accumulators

/// Values per day of a ``DayGrid`` with *no data* kept apart from zero.
private struct DetailDays<Value: Sendable>: Sendable {
    let grid: DayGrid
    let zero: Value
    var present: [Bool]
    var sums: [Value]

    init(grid: DayGrid, zero: Value) {
        self.grid = grid
        self.zero = zero
        present = Array(repeating: false, count: grid.count)
        sums = Array(repeating: zero, count: grid.count)
    }

    /// Marks the days on which `series` has a cached bucket.
    mutating func markBuckets(_ store: UsageStore, _ series: SeriesKey) throws {
        for start in try store.bucketStarts(series, from: grid.first, to: grid.end) {
            if let i = grid.index(start) { present[i] = true }
        }
    }

    /// The values, `nil` on days without a bucket.
    var values: [Value?] { present.indices.map { present[$0] ? sums[$0] : nil } }
}

extension DetailDays where Value == Int64 {
    mutating func add(_ value: Int64, at start: UnixSeconds) {
        guard let i = grid.index(start) else { return }
        present[i] = true
        sums[i] += value
    }
}

extension DetailDays where Value == Activity {
    mutating func add(_ value: Activity, at start: UnixSeconds) {
        guard let i = grid.index(start) else { return }
        present[i] = true
        sums[i] = sums[i] + value
    }
}

/// The running sum of one ``UsageShare``.
private struct ShareSum: Sendable {
    var activity = Activity.zero
    var nanos: Int64 = 0
    var priced = false
    var unpricedTokens: Int64 = 0

    mutating func add(_ outcome: BulkEstimator.Outcome, _ used: Activity) {
        activity = activity + used
        switch outcome {
        case .priced(let estimate):
            priced = true
            nanos += estimate
        case .unpriced:
            unpricedTokens += used.totalTokens
        case .excluded:
            break
        }
    }

    /// The shares, biggest estimate first (unpriced last), then most tokens, then by name.
    static func shares(_ sums: [String: ShareSum]) -> [UsageShare] {
        sums.sorted { a, b in
            let x = a.value.priced ? a.value.nanos : -1, y = b.value.priced ? b.value.nanos : -1
            if x != y { return x > y }
            if a.value.activity.totalTokens != b.value.activity.totalTokens {
                return a.value.activity.totalTokens > b.value.activity.totalTokens
            }
            return a.key < b.key
        }
        .map { name, sum in
            var share = UsageShare(name: name, activity: sum.activity, estimate: sum.priced ? Nanodollars.usd(sum.nanos) : nil)
            share.unpricedTokens = sum.unpricedTokens
            return share
        }
    }
}
