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
        /// The project filter (`project_id`), `nil` for every project.
        var project: String?

        /// The key of `state`'s current range, view, grouping and project filter.
        init(_ state: AppState) {
            let bounds = state.usage.range.dayBounds(now: state.now)
            range = state.usage.range
            first = bounds.first
            last = bounds.last
            view = state.usage.view
            group = state.usage.group
            project = state.usage.projectID
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
        /// By user (`user_id`): names of the API keys this user owns (``KeyOwner/id`` equal to
        /// the row's id), sorted; empty in other groupings.
        var ownedKeys: [String] = []
    }

    /// The UTC day starts of the range, oldest first (every day, whether cached or not).
    let days: [UnixSeconds]
    /// For each of ``days``, its index in the snapshot's `days`, or `nil` when not cached.
    let dayIndex: [Int?]
    /// Breakdown rows, biggest first.
    let rows: [Row]
    /// Billed spend per day of ``days`` (`nil` = no data): the org's daily totals, or the
    /// selected project's `series[.project]` row when a project filter is on.
    let dailyCost: [USD?]
    /// Activity per day of ``days`` (`nil` = no data), org or the selected project like ``dailyCost``.
    let dailyActivity: [Activity?]
    /// Billed spend over the range (the sum of ``dailyCost``); `nil` when no day has data.
    let totalSpend: USD?
    /// Activity over the range (the sum of ``dailyActivity``); `nil` when no day has data.
    let totalActivity: Activity?
    /// The project filter, when one is on.
    let filter: UsageProjectFilter?
    /// The breakdown's totals row spend: ``totalSpend`` when the table shows the same scope,
    /// the org's billed total when a project filter is on but the grouping is not narrowed
    /// (model, line item), the ≈ sum of the rows by user (estimates).
    let tableSpend: USD?
    /// Whether ``tableSpend`` is a ≈ token × price estimate (by user).
    let tableSpendIsEstimate: Bool
    /// Billed vs ≈ estimated vs explained by keys over the range, and unpriced usage.
    let reconciliation: UsageReconciliation
    /// The breakdown's totals row activity: the sum of every row's activity, so the row adds up
    /// (by model and API key it includes embeddings, which the org totals lack); `nil` (`—`)
    /// when rows exist but none has activity (line items), the org ``totalActivity`` when there
    /// are no rows.
    let tableActivity: Activity?
    /// The range, view and grouping these numbers were computed for.
    let key: Key

    /// Computes everything from `state`'s snapshot, range, view, grouping and project filter
    /// (O(series × days)).
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
        let filter = UsageProjectFilter(state)
        self.filter = filter

        // The scope's daily figures: the org's totals, or the selected project's row.
        let projectRow = filter.flatMap { f in snapshot.series[.project]?.first { $0.id == f.projectID } }
        if filter != nil {
            dailyCost = dayIndex.map { UsageData.value(projectRow?.cost ?? [], at: $0) }
            dailyActivity = dayIndex.map { UsageData.value(projectRow?.activity ?? [], at: $0) }
        } else {
            let totals = snapshot.dailyTotals
            dailyCost = dayIndex.map { i in i.flatMap { $0 < totals.count ? totals[$0].cost : nil } }
            dailyActivity = dayIndex.map { i in i.flatMap { $0 < totals.count ? totals[$0].activity : nil } }
        }
        let spend = dailyCost.reduce(nil as USD?) { sum, c in c.map { (sum ?? .zero) + $0 } ?? sum }
        let activity = dailyActivity.reduce(nil as Activity?) { sum, a in a.map { (sum ?? .zero) + $0 } ?? sum }
        totalSpend = spend
        totalActivity = activity

        // The sparkline covers the 14 days ending with the range's last day.
        let sparkDays = (0..<14).map { bounds.last - Int64(13 - $0) * UTCCalendar.secondsPerDay }.map(index)
        let isCost = settings.view == .cost
        let owned = settings.group == .user ? UsageData.keysByOwner(snapshot.keys) : [:]
        var rows: [Row] = []
        for series in snapshot.series[settings.group] ?? [] where filter?.includes(series) ?? true {
            rows.append(UsageData.row(series, dayIndex: dayIndex, sparkDays: sparkDays, isCost: isCost,
                                      ownedKeys: series.id.flatMap { owned[$0] } ?? []))
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

        // The totals row: by user the ≈ sum of the rows (estimates, not the bill); a table the
        // project filter does not narrow keeps the org's billed total.
        if settings.group == .user {
            let spends = rows.compactMap(\.spend)
            tableSpend = spends.isEmpty ? nil : spends.reduce(.zero, +)
            tableSpendIsEstimate = rows.contains { $0.spendIsEstimate }
        } else if let filter, !filter.filtersTable {
            tableSpend = UsageReconciliation.sum(snapshot.dailyTotals.map(\.cost), at: dayIndex)
            tableSpendIsEstimate = false
        } else {
            tableSpend = spend
            tableSpendIsEstimate = false
        }
        reconciliation = UsageData.reconcile(snapshot, dayIndex: dayIndex, billed: spend, filter: filter,
                                             keyRows: settings.group == .apiKey ? rows : nil)
    }

    /// One breakdown row: `series` summed over the range's snapshot indices `dayIndex`, with
    /// its sparkline over `sparkDays` (cost or tokens by `isCost`).
    static func row(_ series: GroupSeries, dayIndex: [Int?], sparkDays: [Int?], isCost: Bool, ownedKeys: [String]) -> Row {
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
        return Row(id: series.id, label: series.label, spend: s, spendIsEstimate: series.costIsEstimate, activity: a,
                   spark: spark, ownedKeys: ownedKeys)
    }

    /// `values[i]`, or `nil` when `i` is `nil` or out of range (no data).
    static func value<T>(_ values: [T?], at i: Int?) -> T? {
        guard let i, i >= 0, i < values.count else { return nil }
        return values[i]
    }

    /// Names of the API keys each user owns, by ``KeyOwner/id`` (`user_…`), sorted; service
    /// account keys are left out (they are nobody's `user_id`).
    static func keysByOwner(_ keys: [KeySummary]) -> [String: [String]] {
        var byOwner: [String: [String]] = [:]
        for summary in keys {
            guard let owner = summary.key.owner, owner.kind == .user, let id = owner.id else { continue }
            byOwner[id, default: []].append(summary.key.name.isEmpty ? summary.key.redactedValue : summary.key.name)
        }
        return byOwner.mapValues { $0.sorted() }
    }

    /// The reconciliation over the range's snapshot indices `dayIndex`: `billed` (the scope's
    /// total), the org's ≈ estimate (none when filtered), the per-key sums (from `keyRows` when
    /// the breakdown already holds them, else summed from `series[.apiKey]`), unpriced usage.
    static func reconcile(_ snapshot: DashboardSnapshot, dayIndex: [Int?], billed: USD?, filter: UsageProjectFilter?,
                          keyRows: [Row]?) -> UsageReconciliation {
        let keyFilter = filter.map { f -> UsageProjectFilter in
            var byKey = f
            byKey.group = .apiKey
            return byKey
        }
        let keySeries = (snapshot.series[.apiKey] ?? []).filter { keyFilter?.includes($0) ?? true }
        var explained: USD?
        var noKey: USD?
        if let keyRows {
            for row in keyRows {
                guard let spend = row.spend else { continue }
                if row.id == nil { noKey = (noKey ?? .zero) + spend } else { explained = (explained ?? .zero) + spend }
            }
        } else {
            for series in keySeries {
                guard let spend = UsageReconciliation.sum(series.cost, at: dayIndex) else { continue }
                if series.id == nil { noKey = (noKey ?? .zero) + spend } else { explained = (explained ?? .zero) + spend }
            }
        }
        var unpriced = Activity.zero
        for i in dayIndex.compactMap({ $0 }) where i < snapshot.dailyUnpriced.count { unpriced = unpriced + snapshot.dailyUnpriced[i] }
        let refusal: String? = if case .estimated(let reason) = snapshot.keySpend { reason } else { nil }
        return UsageReconciliation(
            billed: billed,
            estimated: filter == nil ? UsageReconciliation.sum(snapshot.dailyEstimated, at: dayIndex) : nil,
            explained: explained, noKey: noKey,
            keysEstimated: refusal != nil || keySeries.contains { $0.costIsEstimate && $0.id != nil },
            refusal: refusal, unpriced: unpriced, unpricedModels: snapshot.unpricedModels)
    }

    /// Whether `series` has any tokens or requests on any day of the snapshot. A group the
    /// activity data never mentions (a cost-only line item: tool calls, storage, images) has
    /// only zeros or no data, and is shown as *not applicable* (`—`) rather than `0`.
    static func hasActivity(_ series: GroupSeries) -> Bool {
        series.activity.contains { day in day.map { $0.totalTokens != 0 || $0.requests != 0 } ?? false }
    }

    /// Number of breakdown rows for `state` (for the reducer's scroll clamping).
    static func rowCount(_ state: AppState) -> Int {
        let all = state.snapshot.series[state.usage.group] ?? []
        guard let filter = UsageProjectFilter(state) else { return all.count }
        return all.reduce(0) { $0 + (filter.includes($1) ? 1 : 0) }
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
