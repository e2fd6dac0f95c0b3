import UsageCore

/// The Usage page's numbers for the current range and grouping, derived from the snapshot.
///
/// Pure, but O(series × days): with thousands of API keys that is far too slow for a frame, so
/// ``AppState`` keeps one, computed when its ``Key`` (range bounds, view, grouping) or the
/// snapshot changes, and a frame only formats the visible rows (see ``AppState/usageData``).
struct UsageData: Sendable, Equatable {
    /// The inputs a ``UsageData`` depends on besides the snapshot: when any differs, it is stale.
    struct Key: Sendable, Hashable {
        /// The selected range.
        var range: UsageRange
        /// The range's UTC day starts `[first, last]` at the state's `now` (Unix seconds UTC);
        /// they move at midnight UTC on a tick.
        var first: UnixSeconds
        var last: UnixSeconds
        /// Cost or Activity (orders the rows and picks the sparkline values).
        var view: UsageView
        /// The breakdown grouping.
        var group: GroupKind

        /// The key of `state`'s current range, view and grouping.
        init(_ state: AppState) {
            let bounds = state.usage.range.dayBounds(now: state.now)
            range = state.usage.range
            first = bounds.first
            last = bounds.last
            view = state.usage.view
            group = state.usage.group
        }
    }

    /// One breakdown row: a group's totals over the range.
    struct Row: Sendable, Equatable {
        /// The series id (a model, `project_id`, `api_key_id` or `line_item`); `nil` when ungrouped.
        var id: String?
        var label: String
        /// Billed (or ≈ estimated) USD over the range; `nil` when no day has data.
        var spend: USD?
        var spendIsEstimate: Bool
        /// Activity over the range; `nil` when no day has data, or when the group has no
        /// activity series at all (a non-token line item such as `web search tool calls`,
        /// shown as `—` rather than a misleading `0`).
        var activity: Activity?
        /// The last 14 days of the range (cost or tokens by view); `nil` = no data.
        var spark: [Double?]
    }

    /// The UTC day starts of the range, oldest first (every day, whether cached or not).
    let days: [UnixSeconds]
    /// For each of ``days``, its index in the snapshot's `days`, or `nil` when not cached.
    let dayIndex: [Int?]
    /// Breakdown rows, biggest first.
    let rows: [Row]
    /// Billed org spend over the range from the daily totals; `nil` when no day has data.
    let totalSpend: USD?
    /// Org activity over the range (completions, from the daily totals); `nil` when no day has data.
    let totalActivity: Activity?
    /// The breakdown's totals row activity: the sum of every row's activity, so the row adds up
    /// (by model and API key it includes embeddings, which the org totals lack); `nil` (`—`)
    /// when rows exist but none has activity (line items), the org ``totalActivity`` when there
    /// are no rows.
    let tableActivity: Activity?
    /// The range, view and grouping these numbers were computed for.
    let key: Key

    /// Computes everything from `state`'s snapshot, range, view and grouping (O(series × days)).
    init(state: AppState) {
        key = Key(state)
        let snapshot = state.snapshot
        let settings = state.usage
        let bounds = settings.range.dayBounds(now: state.now)
        var days: [UnixSeconds] = []
        var d = bounds.first
        while d <= bounds.last {
            days.append(d)
            d += UTCCalendar.secondsPerDay
        }
        self.days = days
        let index = UsageData.indexer(snapshot.days)
        let dayIndex = days.map(index)
        self.dayIndex = dayIndex

        var spend: USD?
        var activity: Activity?
        for i in dayIndex.compactMap({ $0 }) where i < snapshot.dailyTotals.count {
            if let c = snapshot.dailyTotals[i].cost { spend = (spend ?? .zero) + c }
            if let a = snapshot.dailyTotals[i].activity { activity = (activity ?? .zero) + a }
        }
        totalSpend = spend
        totalActivity = activity

        // The sparkline covers the 14 days ending with the range's last day.
        let sparkDays = (0..<14).map { bounds.last - Int64(13 - $0) * UTCCalendar.secondsPerDay }.map(index)
        let isCost = settings.view == .cost
        var rows: [Row] = []
        for series in snapshot.series[settings.group] ?? [] {
            let hasActivity = UsageData.hasActivity(series)
            var s: USD?
            var a: Activity?
            for i in dayIndex.compactMap({ $0 }) {
                if i < series.cost.count, let c = series.cost[i] { s = (s ?? .zero) + c }
                if hasActivity, i < series.activity.count, let x = series.activity[i] { a = (a ?? .zero) + x }
            }
            let spark: [Double?] = sparkDays.map { i in
                guard let i else { return nil }
                if isCost { return i < series.cost.count ? series.cost[i]?.doubleValue : nil }
                guard hasActivity else { return nil }
                return i < series.activity.count ? series.activity[i].map { Double($0.totalTokens) } : nil
            }
            rows.append(Row(id: series.id, label: series.label, spend: s, spendIsEstimate: series.costIsEstimate, activity: a, spark: spark))
        }
        // Sort keys computed once per row, not per comparison (Decimal → Double is slow).
        var keyed = rows.map { row in
            (key: isCost ? (row.spend?.doubleValue ?? -1) : Double(row.activity?.totalTokens ?? -1), row: row)
        }
        keyed.sort { a, b in
            if a.key != b.key { return a.key > b.key }
            return a.row.label < b.row.label
        }
        rows = keyed.map(\.row)
        self.rows = rows
        let rowActivity = rows.compactMap(\.activity)
        // Rows without activity (line items are cost only) total to `—` like the rows themselves.
        tableActivity = rowActivity.isEmpty ? (rows.isEmpty ? activity : nil) : rowActivity.reduce(.zero, +)
    }

    /// Whether `series` has any tokens or requests on any day of the snapshot. A group the
    /// activity data never mentions (a cost-only line item: tool calls, storage, images) has
    /// only zeros or no data, and is shown as *not applicable* (`—`) rather than `0`.
    static func hasActivity(_ series: GroupSeries) -> Bool {
        series.activity.contains { day in day.map { $0.totalTokens != 0 || $0.requests != 0 } ?? false }
    }

    /// Number of breakdown rows for `state` (for the reducer's scroll clamping).
    static func rowCount(_ state: AppState) -> Int {
        state.snapshot.series[state.usage.group]?.count ?? 0
    }

    /// A lookup from a UTC day start to its index in `days` (ascending, normally contiguous).
    static func indexer(_ days: [UnixSeconds]) -> (UnixSeconds) -> Int? {
        guard let first = days.first else { return { _ in nil } }
        return { day in
            let guess = Int((day - first) / UTCCalendar.secondsPerDay)
            if day >= first, guess < days.count, days[guess] == day { return guess }
            return days.firstIndex(of: day)
        }
    }
}
