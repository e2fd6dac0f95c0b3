import Foundation
import GRDB

// MARK: - Writing and reading buckets

extension UsageStore {
    /// Replaces the cached buckets of `series` with `buckets`, all in one transaction.
    ///
    /// For each bucket start, every cached record of that (dataset, grouping, width, start_time)
    /// is deleted before the new records are inserted, so re-polling a growing bucket replaces it
    /// (never double counts) and a group that vanished from the answer disappears. Buckets with the
    /// same start (a bucket split across pages) are merged first; two results with the same
    /// dimensions in one bucket keep the last. An empty bucket is stored as a bucket without
    /// records: *zero*, not *no data*.
    /// - Parameters:
    ///   - series: the dataset, grouping and width the buckets were fetched with; the records'
    ///     own `dataset`/`grouping`/`width` are ignored.
    ///   - fetchedAt: when they were fetched (Unix seconds UTC).
    /// - Returns: the number of records written.
    /// - Throws: ``StoreError``.
    @discardableResult
    public func replaceBuckets(_ series: SeriesKey, _ buckets: [UsageBucket], fetchedAt: UnixSeconds) throws -> Int {
        var merged: [UnixSeconds: UsageBucket] = [:]
        for bucket in buckets {
            if var existing = merged[bucket.startTime] {
                existing.endTime = max(existing.endTime, bucket.endTime)
                existing.records += bucket.records
                merged[bucket.startTime] = existing
            } else {
                merged[bucket.startTime] = bucket
            }
        }
        let head = [series.dataset.rawValue, series.grouping.key, series.width.rawValue]
        let dimColumns = StoreSchema.dimensionColumns
        let columns = ["dataset", "grouping", "width", "start_time", "end_time", "dims_key"]
            + dimColumns.map(\.rawValue) + StoreSchema.metricColumns + StoreSchema.pricingMetricColumns
            + ["metrics", "amount", "amount_nanos", "quantity", "quantity_unit"]
        let insertSQL = "INSERT OR REPLACE INTO usage_record (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try access { db in
            var written = 0
            let insert = try db.makeStatement(sql: insertSQL)
            for bucket in merged.values.sorted(by: { $0.startTime < $1.startTime }) {
                let key: StatementArguments = [series.dataset.rawValue, series.grouping.key, series.width.rawValue, bucket.startTime]
                try db.execute(sql: "DELETE FROM usage_record WHERE dataset = ? AND grouping = ? AND width = ? AND start_time = ?",
                               arguments: key)
                try db.execute(sql: """
                    INSERT OR REPLACE INTO usage_bucket (dataset, grouping, width, start_time, end_time, fetched_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: key + [bucket.endTime, fetchedAt])
                for record in bucket.records {
                    var values: [(any DatabaseValueConvertible)?] = head + [bucket.startTime, bucket.endTime,
                                                                          DimensionsKey.make(record.dimensions)]
                    values += dimColumns.map { record.dimensions[$0] }
                    values += StoreSchema.metricColumns.map { record.metrics[$0] ?? 0 }
                    values += StoreSchema.pricingMetricColumns.map { record.metrics[$0] }
                    let metricsJSON = String(decoding: try encoder.encode(record.metrics), as: UTF8.self)
                    values += [metricsJSON, record.amount?.value.description,
                               record.amount.flatMap(Nanodollars.from),
                               record.quantity?.description, record.quantityUnit]
                    try insert.execute(arguments: StatementArguments(values))
                    written += 1
                }
            }
            return written
        }
    }

    /// The cached buckets of `series` starting in `[from, to)`, with their records, in time order.
    /// - Throws: ``StoreError``.
    public func buckets(_ series: SeriesKey, from: UnixSeconds, to: UnixSeconds) throws -> [UsageBucket] {
        let args: StatementArguments = [series.dataset.rawValue, series.grouping.key, series.width.rawValue, from, to]
        let decoder = JSONDecoder()
        return try read { db in
            var result: [UnixSeconds: UsageBucket] = [:]
            let bucketRows = try Row.fetchAll(db, sql: """
                SELECT start_time, end_time FROM usage_bucket
                WHERE dataset = ? AND grouping = ? AND width = ? AND start_time >= ? AND start_time < ?
                """, arguments: args)
            for row in bucketRows {
                let start: UnixSeconds = row[0]
                result[start] = UsageBucket(startTime: start, endTime: row[1], records: [])
            }
            let dimSelect = StoreSchema.dimensionColumns.map(\.rawValue).joined(separator: ", ")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT start_time, end_time, metrics, amount, quantity, quantity_unit, \(dimSelect)
                FROM usage_record
                WHERE dataset = ? AND grouping = ? AND width = ? AND start_time >= ? AND start_time < ?
                ORDER BY start_time, dims_key
                """, arguments: args)
            while let row = try rows.next() {
                let start: UnixSeconds = row[0]
                var dims: [Dimension: String] = [:]
                for (i, dim) in StoreSchema.dimensionColumns.enumerated() {
                    if let value: String = row[6 + i] { dims[dim] = value }
                }
                let metricsText: String = row[2]
                let metrics = (try? decoder.decode([String: Int64].self, from: Data(metricsText.utf8))) ?? [:]
                let amountText: String? = row[3]
                let quantityText: String? = row[4]
                let record = UsageRecord(
                    dataset: series.dataset, grouping: series.grouping, width: series.width,
                    startTime: start, endTime: row[1], dimensions: dims, metrics: metrics,
                    amount: amountText.flatMap { Decimal(string: $0) }.map(USD.init),
                    quantity: quantityText.flatMap { Decimal(string: $0) }, quantityUnit: row[5])
                result[start, default: UsageBucket(startTime: start, endTime: record.endTime, records: [])]
                    .records.append(record)
            }
            return result.values.sorted { $0.startTime < $1.startTime }
        }
    }
}
