/// The UTC days a snapshot covers: `count` consecutive days from `first` (Unix seconds UTC).
struct DayGrid: Sendable {
    /// The first day start.
    let first: UnixSeconds
    /// Number of days.
    let count: Int

    /// The exclusive end of the last day.
    var end: UnixSeconds { first + UnixSeconds(count) * UTCCalendar.secondsPerDay }

    /// Every day start, ascending.
    var days: [UnixSeconds] { (0..<count).map { first + UnixSeconds($0) * UTCCalendar.secondsPerDay } }

    /// The index of the day holding `t`, or `nil` outside the grid.
    func index(_ t: UnixSeconds) -> Int? {
        let i = Int((UTCCalendar.startOfDay(t) - first) / UTCCalendar.secondsPerDay)
        return i >= 0 && i < count ? i : nil
    }
}

/// One series read from the cache onto a ``DayGrid``: which days have a bucket, and per group
/// the summed cost (integer nano-dollars, exact) and activity per day, zero-filled; a day without
/// a bucket reads as `nil`.
struct DailyTable: DayGridTable, Sendable {
    /// Whether a bucket is cached for each day (*zero* vs *no data*).
    var present: [Bool]
    /// Billed nano-dollars per group per day.
    var cost: [String?: [Int64]] = [:]
    /// Activity (tokens and requests of a usage dataset) per group per day.
    var activity: [String?: [Activity]] = [:]

    /// A table with no data on any day.
    init(count: Int) {
        present = Array(repeating: false, count: count)
    }

    /// Reads `series` summed by `dimension` — one SQL query (aggregating in SQL when the series
    /// has more dimensions than `dimension`) plus one bucket query; repeats are added up here.
    /// `columns` picks money or activity (costs carry no tokens, usage no money).
    static func load(_ store: UsageStore, _ series: SeriesKey, by dimension: Dimension?, grid: DayGrid,
                     columns: UsageStore.SumColumns, from: UnixSeconds? = nil) throws -> DailyTable {
        var table = DailyTable(count: grid.count)
        let start = max(from ?? grid.first, grid.first)
        for bucket in try store.bucketStarts(series, from: start, to: grid.end) {
            if let i = grid.index(bucket) { table.present[i] = true }
        }
        let zeroCost = [Int64](repeating: 0, count: grid.count)
        let zeroActivity = [Activity](repeating: .zero, count: grid.count)
        try store.forEachSum(series, by: dimension, from: start, to: grid.end, columns: columns, aggregate: false) { sum in
            guard let i = grid.index(sum.start) else { return }
            table.present[i] = true
            if let nanos = sum.nanos {
                table.cost[sum.group, default: zeroCost][i] += nanos
            }
            if columns != .money {
                let a = Activity(inputUncached: sum.inputTokens - sum.inputCachedTokens, inputCached: sum.inputCachedTokens,
                                 output: sum.outputTokens, requests: sum.requests)
                table.activity[sum.group, default: zeroActivity][i] = table.activity[sum.group, default: zeroActivity][i] + a
            }
        }
        return table
    }

    /// The same days with groups merged through `group` (e.g. a line item to its model).
    func regrouped(_ group: (String?) -> String?) -> DailyTable {
        var table = DailyTable(count: present.count)
        table.present = present
        for (g, values) in cost {
            let target = group(g)
            if var existing = table.cost[target] {
                for i in existing.indices { existing[i] += values[i] }
                table.cost[target] = existing
            } else {
                table.cost[target] = values
            }
        }
        for (g, values) in activity {
            let target = group(g)
            if var existing = table.activity[target] {
                for i in existing.indices { existing[i] = existing[i] + values[i] }
                table.activity[target] = existing
            } else {
                table.activity[target] = values
            }
        }
        return table
    }

    /// The day-by-day sum of this table and `other`, a table of another dataset grouped by the
    /// same dimension on the same grid (e.g. completions and embeddings by `api_key_id`): a day
    /// has data when either table has a bucket for it; groups are the union of both.
    func adding(_ other: DailyTable) -> DailyTable {
        var table = self
        for i in table.present.indices where other.present.indices.contains(i) {
            table.present[i] = table.present[i] || other.present[i]
        }
        for (g, values) in other.cost {
            if var existing = table.cost[g] {
                for i in existing.indices where values.indices.contains(i) { existing[i] += values[i] }
                table.cost[g] = existing
            } else {
                table.cost[g] = values
            }
        }
        for (g, values) in other.activity {
            if var existing = table.activity[g] {
                for i in existing.indices where values.indices.contains(i) { existing[i] = existing[i] + values[i] }
                table.activity[g] = existing
            } else {
                table.activity[g] = values
            }
        }
        return table
    }

    /// Whether any day has a bucket.
    var hasData: Bool { present.contains(true) }

    /// Every group value seen.
    var groups: Set<String?> { Set(cost.keys).union(activity.keys) }

    /// The activity of `group` summed over `range` of day indices (zero when none).
    func activityTotal(_ group: String?, days range: Range<Int>) -> Activity {
        let r = range.clamped(to: present.indices)
        guard let values = activity[group] else { return .zero }
        return r.reduce(Activity.zero) { $0 + values[$1] }
    }
}
