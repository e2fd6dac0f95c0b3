import Foundation
import GRDB
import Testing
@testable import UsageCore

/// The v3 pricing-metric columns and ``UsageStore/forEachPricingSum(_:by:from:to:_:)``.
@Suite("UsageStore pricing sums")
struct PricingSumTests {
    static let series = SyncPlan.completionsForEstimates

    /// A current-schema completions record of `key` with `model`.
    static func current(_ key: String?, _ model: String, tier: String = "default", uncached: Int64, cached: Int64 = 0,
                        write: Int64 = 0, output: Int64) -> UsageRecord {
        var dims: [UsageCore.Dimension: String] = [.model: model, .batch: "false", .serviceTier: tier]
        dims[.apiKeyID] = key
        return UsageRecord(dataset: .completions, grouping: series.grouping, width: .day, startTime: Fixture.nov(14),
                           endTime: Fixture.nov(15), dimensions: dims,
                           metrics: ["input_tokens": uncached + cached + write, "input_uncached_tokens": uncached,
                                     "input_cached_tokens": cached, "input_cache_write_tokens": write,
                                     "output_tokens": output, "num_model_requests": 2])
    }

    static func sums(_ store: UsageStore, by dimension: UsageCore.Dimension?) throws -> [UsageRecord] {
        var out: [UsageRecord] = []
        try store.forEachPricingSum(series, by: dimension, from: Fixture.nov(1), to: Fixture.nov(16)) { out.append($0) }
        return out.sorted { ($0.dimensions[.apiKeyID] ?? "", $0.metrics.count) < ($1.dimensions[.apiKeyID] ?? "", $1.metrics.count) }
    }

    @Test("sums per day, key and combination keep the current-schema metrics apart from old-schema rows")
    func sumsByKey() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let old = Fixture.usage(Self.series, Fixture.nov(14), input: 1_000, cached: 100, output: 10,
                                [.apiKeyID: "key_c", .model: "m", .batch: "false", .serviceTier: "default"])
        try store.replaceBuckets(Self.series, [Fixture.bucket(Self.series, Fixture.nov(14), [
            Self.current("key_a", "m", uncached: 300, cached: 200, write: 50, output: 40),
            Self.current("key_b", "m", uncached: 700, output: 60),
            old,
        ])], fetchedAt: Fixture.now)

        let byKey = try Self.sums(store, by: .apiKeyID)
        #expect(byKey.count == 3)
        #expect(byKey[0].dimensions == [.apiKeyID: "key_a", .model: "m", .batch: "false", .serviceTier: "default"])
        #expect(byKey[0].metrics["input_uncached_tokens"] == 300 && byKey[0].metrics["input_cache_write_tokens"] == 50)
        #expect(byKey[0].metrics["input_tokens"] == 550 && byKey[0].metrics["num_model_requests"] == 2)

        // Without the key: the two current-schema rows add up; the old-schema row stays on its own.
        let org = try Self.sums(store, by: nil)
        #expect(org.count == 2)
        let summed = try #require(org.first { $0.metrics["input_uncached_tokens"] != nil })
        #expect(summed.metrics["input_uncached_tokens"] == 1_000 && summed.metrics["output_tokens"] == 100)
        #expect(summed.dimensions[.apiKeyID] == nil && summed.dimensions[.model] == "m")
        let oldSum = try #require(org.first { $0.metrics["input_uncached_tokens"] == nil })
        #expect(oldSum.metrics["input_tokens"] == 1_000 && oldSum.metrics["input_cached_tokens"] == 100)
        // Pricing the sums gives the sum of the prices.
        let estimator = CostEstimator()
        let records = [Self.current("key_a", "gpt-4.1-mini", uncached: 300, cached: 200, write: 50, output: 40),
                       Self.current("key_b", "gpt-4.1-mini", uncached: 700, output: 60)]
        try store.replaceBuckets(Self.series, [Fixture.bucket(Self.series, Fixture.nov(14), records)], fetchedAt: Fixture.now)
        let total = try Self.sums(store, by: nil).map { estimator.estimate($0).cost! }.reduce(USD.zero, +)
        #expect(total == records.map { estimator.estimate($0).cost! }.reduce(USD.zero, +))
    }

    @Test("migrating a v2 cache fills the pricing columns from each row's metrics JSON")
    func migrationBackfills() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue, upTo: "v2")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO usage_record (dataset, grouping, width, start_time, end_time, dims_key, model, metrics)
                VALUES ('completions', 'api_key_id,batch,model,service_tier', '1d', ?, ?, 'model=m', 'm',
                        '{"input_cache_write_tokens":7,"input_tokens":10,"input_uncached_tokens":3,"output_text_tokens":5}'),
                       ('completions', 'api_key_id,batch,model,service_tier', '1d', ?, ?, 'model=n', 'n', '{"input_tokens":10}')
                """, arguments: [Fixture.nov(14), Fixture.nov(15), Fixture.nov(14), Fixture.nov(15)])
        }
        try StoreSchema.migrator.migrate(queue)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT model, input_uncached_tokens, input_cache_write_tokens, output_text_tokens, input_text_tokens FROM usage_record ORDER BY model")
        }
        #expect(rows.count == 2)
        #expect(rows[0]["input_uncached_tokens"] as Int64? == 3 && rows[0]["input_cache_write_tokens"] as Int64? == 7)
        #expect(rows[0]["output_text_tokens"] as Int64? == 5 && rows[0]["input_text_tokens"] as Int64? == nil)
        #expect(rows[1]["input_uncached_tokens"] as Int64? == nil)
    }

    @Test("the metrics text scanner reads the stored shape and falls back to JSON for anything else")
    func metricsText() {
        #expect(MetricsText.parse(#"{"a":1,"b_c":-20,"d":9223372036854775807}"#) == ["a": 1, "b_c": -20, "d": .max])
        #expect(MetricsText.parse("{}") == [:])
        #expect(MetricsText.parse(#"{ "a" : 1 }"#) == ["a": 1])
        #expect(MetricsText.parse("not json") == [:])
        #expect(MetricsText.scan(Array(#"{"a":1.5}"#.utf8)) == nil)
    }
}
