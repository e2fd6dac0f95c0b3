import GRDB

// MARK: - Aggregate queries for the snapshot builder

extension UsageStore {
    /// Sums of `series` per bucket start and per value of `dimension` (or per bucket only when
    /// `dimension` is `nil`), for buckets starting in `[from, to)`; one SQL `GROUP BY`.
    ///
    /// Only rows of this one series are summed, so groupings never mix. Money is summed as
    /// integer nano-dollars and returned exactly.
    /// - Throws: ``StoreError``.
    public func sums(_ series: SeriesKey, by dimension: Dimension? = nil, from: UnixSeconds, to: UnixSeconds) throws -> [GroupSum] {
        var result: [GroupSum] = []
        try forEachSum(series, by: dimension, from: from, to: to, columns: .all) { raw in
            result.append(GroupSum(start: raw.start, group: raw.group, amount: raw.nanos.map(Nanodollars.usd),
                                   inputTokens: raw.inputTokens, inputCachedTokens: raw.inputCachedTokens,
                                   outputTokens: raw.outputTokens, requests: raw.requests))
        }
        return result
    }

    /// Which sums ``forEachSum(_:by:from:to:columns:_:)`` reads (fewer columns decode faster).
    enum SumColumns {
        /// Money only (`amount_nanos`).
        case money
        /// Token and request counts only.
        case activity
        /// Both.
        case all
    }

    /// One aggregate row: sums in nano-dollars and raw counts.
    struct RawSum {
        var start: UnixSeconds
        var group: String?
        var nanos: Int64?
        var inputTokens: Int64 = 0
        var inputCachedTokens: Int64 = 0
        var outputTokens: Int64 = 0
        var requests: Int64 = 0
    }

    /// Streams the sums of `series` per bucket start and value of `dimension` in `[from, to)` to
    /// `body` without building intermediate arrays (the snapshot builder's hot path).
    ///
    /// With `aggregate: true` every (start, group) comes once (SQL `GROUP BY`). With
    /// `aggregate: false` the `GROUP BY` (and its sort) is skipped when `dimension` is the series'
    /// only grouping dimension (or both are empty) — the natural key then already makes each row
    /// one group's figure — and the caller must add up any repeats itself.
    func forEachSum(_ series: SeriesKey, by dimension: Dimension?, from: UnixSeconds, to: UnixSeconds,
                    columns: SumColumns, aggregate: Bool = true, _ body: (RawSum) -> Void) throws {
        let groupColumn = dimension.map(\.rawValue) ?? "NULL"
        let alreadyUnique = series.grouping.dimensions == (dimension.map { [$0] } ?? [])
        let grouped = aggregate || !alreadyUnique
        func sum(_ column: String) -> String { grouped ? "SUM(\(column))" : column }
        let money = [sum("amount_nanos")]
        let activity = ["input_tokens", "input_cached_tokens", "output_tokens", "num_model_requests"].map(sum)
        let selected: [String]
        switch columns {
        case .money: selected = money
        case .activity: selected = activity
        case .all: selected = money + activity
        }
        let sql = """
            SELECT start_time, \(groupColumn) AS grp, \(selected.joined(separator: ", "))
            FROM usage_record
            WHERE dataset = ? AND grouping = ? AND width = ? AND start_time >= ? AND start_time < ?
            \(grouped ? "GROUP BY start_time, grp" : "")
            """
        let args: StatementArguments = [series.dataset.rawValue, series.grouping.key, series.width.rawValue, from, to]
        try read { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: args)
            while let row = try rows.next() {
                var raw = RawSum(start: row[0], group: row[1])
                var i = 2
                if columns != .activity {
                    raw.nanos = row[i]
                    i += 1
                }
                if columns != .money {
                    raw.inputTokens = row[i]
                    raw.inputCachedTokens = row[i + 1]
                    raw.outputTokens = row[i + 2]
                    raw.requests = row[i + 3]
                }
                body(raw)
            }
        }
    }

    /// The start times of the cached buckets of `series` in `[from, to)`, ascending — a bucket
    /// present with no records is *zero*; an absent one is *no data*.
    /// - Throws: ``StoreError``.
    public func bucketStarts(_ series: SeriesKey, from: UnixSeconds, to: UnixSeconds) throws -> [UnixSeconds] {
        try read { db in
            try UnixSeconds.fetchAll(db, sql: """
                SELECT start_time FROM usage_bucket
                WHERE dataset = ? AND grouping = ? AND width = ? AND start_time >= ? AND start_time < ?
                ORDER BY start_time
                """, arguments: [series.dataset.rawValue, series.grouping.key, series.width.rawValue, from, to])
        }
    }

    /// The start of the oldest cached bucket of `series`, or `nil` when it has none.
    /// - Throws: ``StoreError``.
    public func oldestBucketStart(_ series: SeriesKey) throws -> UnixSeconds? {
        try read { db in
            try UnixSeconds.fetchOne(db, sql: """
                SELECT MIN(start_time) FROM usage_bucket WHERE dataset = ? AND grouping = ? AND width = ?
                """, arguments: [series.dataset.rawValue, series.grouping.key, series.width.rawValue])
        }
    }
}
