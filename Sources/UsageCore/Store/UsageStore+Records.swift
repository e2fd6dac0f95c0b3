import Foundation
import GRDB

// MARK: - Streaming records for estimates

extension UsageStore {
    /// Streams the cached records of `series` whose bucket starts in `[from, to)` to `body`, in no
    /// particular order, without building an array: what the snapshot builder prices with
    /// ``CostEstimator`` (every metric of the record, not only the summed columns).
    ///
    /// Each record carries the series' dimensions (a `null` one absent), its metrics by API name
    /// (`input_tokens`, `input_uncached_tokens`, `input_cache_write_tokens`, …) and, for costs,
    /// its `amount` (USD, exact); not its `quantity`.
    /// - Parameters:
    ///   - series: the cached series (e.g. ``SyncPlan/completionsForEstimates``).
    ///   - from: first bucket start (Unix seconds UTC, inclusive).
    ///   - to: end (Unix seconds UTC, exclusive).
    ///   - filter: when given, only records whose dimension equals the value (e.g.
    ///     `(.apiKeyID, "key_1")` for one key's detail page).
    ///   - body: called once per record.
    /// - Throws: ``StoreError``.
    public func forEachRecord(_ series: SeriesKey, from: UnixSeconds, to: UnixSeconds,
                              filter: (Dimension, String)? = nil, _ body: (UsageRecord) -> Void) throws {
        let dims = series.grouping.dimensions
        let dimSelect = dims.map { ", " + $0.rawValue }.joined()
        var sql = """
            SELECT start_time, end_time, metrics, amount\(dimSelect)
            FROM usage_record
            WHERE dataset = ? AND grouping = ? AND width = ? AND start_time >= ? AND start_time < ?
            """
        var args: StatementArguments = [series.dataset.rawValue, series.grouping.key, series.width.rawValue, from, to]
        if let (dimension, value) = filter {
            sql += " AND \(dimension.rawValue) = ?"
            args += [value]
        }
        try read { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: args)
            while let row = try rows.next() {
                var values: [Dimension: String] = [:]
                for (i, dim) in dims.enumerated() {
                    if let value: String = row[4 + i] { values[dim] = value }
                }
                let metricsText: String = row[2]
                let amountText: String? = row[3]
                body(UsageRecord(dataset: series.dataset, grouping: series.grouping, width: series.width,
                                 startTime: row[0], endTime: row[1], dimensions: values,
                                 metrics: MetricsText.parse(metricsText),
                                 amount: amountText.flatMap { Decimal(string: $0) }.map(USD.init)))
            }
        }
    }
}

// MARK: - Sums for estimates

extension UsageStore {
    /// Streams the records of a usage `series` in `[from, to)` summed in SQL per bucket start, per
    /// value of `dimension` (none when `nil`) and per pricing combination, as records the
    /// ``CostEstimator`` can price: cost is linear in tokens within one combination, so pricing a
    /// sum gives the sum of the prices.
    ///
    /// A combination is the series' own `model`, `batch` and `service_tier` dimensions plus which
    /// of the schema-telling metrics are present (`input_uncached_tokens`, `input_text_tokens`,
    /// `input_cached_text_tokens`, `output_text_tokens`, `notes/pricing.md` §4.2), so rows of two
    /// usage schemas are never added together. Each record carries `dimension`, `model`, `batch`,
    /// `service_tier` (those the series has) and the summed metrics: `input_tokens`,
    /// `input_cached_tokens`, `output_tokens`, `num_model_requests` and every
    /// ``StoreSchema/pricingMetricColumns`` metric present in the group (tokens, requests).
    /// - Throws: ``StoreError``.
    public func forEachPricingSum(_ series: SeriesKey, by dimension: Dimension?, from: UnixSeconds, to: UnixSeconds,
                                  _ body: (UsageRecord) -> Void) throws {
        let pricingDims = series.grouping.dimensions.filter { [.model, .batch, .serviceTier].contains($0) }
        let dims = (dimension.map { [$0] } ?? []) + pricingDims.filter { $0 != dimension }
        let base = StoreSchema.metricColumns, extra = StoreSchema.pricingMetricColumns
        let shape = ["input_uncached_tokens", "input_text_tokens", "input_cached_text_tokens", "output_text_tokens"]
            .map { "(\($0) IS NULL)" }
        let sql = """
            SELECT start_time, MAX(end_time)\(dims.map { ", " + $0.rawValue }.joined())
                   \((base + extra).map { ", SUM(\($0))" }.joined())
            FROM usage_record
            WHERE dataset = ? AND grouping = ? AND width = ? AND start_time >= ? AND start_time < ?
            GROUP BY start_time\(dims.map { ", " + $0.rawValue }.joined()), \(shape.joined(separator: ", "))
            """
        let args: StatementArguments = [series.dataset.rawValue, series.grouping.key, series.width.rawValue, from, to]
        try read { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: args)
            while let row = try rows.next() {
                var values: [Dimension: String] = [:]
                for (i, dim) in dims.enumerated() {
                    if let value: String = row[2 + i] { values[dim] = value }
                }
                var metrics: [String: Int64] = [:]
                var i = 2 + dims.count
                for name in base {
                    let value: Int64? = row[i]
                    metrics[name] = value ?? 0
                    i += 1
                }
                for name in extra {
                    if let value: Int64 = row[i] { metrics[name] = value }
                    i += 1
                }
                body(UsageRecord(dataset: series.dataset, grouping: series.grouping, width: series.width,
                                 startTime: row[0], endTime: row[1], dimensions: values, metrics: metrics))
            }
        }
    }
}
