import Foundation
@testable import UsageCore

/// A small hand-built cache for the per-key spend, users and key detail tests: three keys, two
/// days (Nov 14 and today, Nov 15), a test price table with round rates.
enum KeySpendFixture {
    /// Rates in USD per token: `test-chat` $1/M input, $0.50/M cached, $2/M output, batch half
    /// price; `test-embed` $0.10/M. `mystery-model` is not in the table (unpriced).
    static let prices: PriceTable = {
        let json = """
            {"test-chat": {"litellm_provider": "openai", "input_cost_per_token": 1e-06,
                           "cache_read_input_token_cost": 5e-07, "output_cost_per_token": 2e-06,
                           "input_cost_per_token_batches": 5e-07, "output_cost_per_token_batches": 1e-06,
                           "cache_read_input_token_cost_batches": 2.5e-07},
             "test-embed": {"litellm_provider": "openai", "input_cost_per_token": 1e-07, "output_cost_per_token": 0.0}}
            """
        return try! PriceTable(json: json)
    }()

    static let source = SourceInfo(profile: "default", host: "api.openai.com", isDemo: false)
    static let days = [Fixture.nov(14), Fixture.nov(15)]

    /// A completions record of ``SyncPlan/completionsForEstimates`` or ``SyncPlan/completionsByUser``.
    static func chat(_ series: SeriesKey, _ start: UnixSeconds, _ dims: [UsageCore.Dimension: String],
                     model: String = "test-chat", batch: Bool = false, tier: String = "default",
                     input: Int64, cached: Int64 = 0, output: Int64, requests: Int64 = 10) -> UsageRecord {
        var d = dims
        d[.model] = model
        d[.batch] = batch ? "true" : "false"
        d[.serviceTier] = tier
        return Fixture.usage(series, start, input: input, cached: cached, output: output, requests: requests, d)
    }

    /// The cache: key_a (test-chat standard, 1M input of which 200k cached, 100k output, plus
    /// 2M embedding tokens) and key_b (test-chat batch, 1M input, 1M output) every day; key_c
    /// (mystery-model, 5,000 tokens) on Nov 15; completions with no key (10k input) on Nov 14.
    /// Billed: $10 a day in total; by key when `rejected` is false: key_a $3.50, key_b $1.00,
    /// null $5.50.
    static func store(rejected: Bool) throws -> UsageStore {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        try store.replaceProjects([Project(id: "proj_1", name: "Search", createdAt: 1)])
        try store.replaceAPIKeys(projectID: "proj_1", ["a", "b", "c"].map {
            APIKey(id: "key_\($0)", kind: .project, name: "key \($0)", redactedValue: "sk-proj-…\($0)", projectID: "proj_1",
                   createdAt: 1, lastUsedAt: nil, owner: nil)
        })
        try store.replaceUsers([OrgUser(id: "user_ana", name: "Ana", email: "ana@example.com", role: "owner", addedAt: 1)])
        func put(_ s: SeriesKey, _ records: (UnixSeconds) -> [UsageRecord]) throws {
            try store.replaceBuckets(s, days.map { Fixture.bucket(s, $0, records($0)) }, fetchedAt: Fixture.now)
        }
        try put(SyncPlan.costsTotal) { [Fixture.cost(SyncPlan.costsTotal, $0, "10")] }
        if rejected {
            try store.markSeriesRejected(SyncPlan.costsByAPIKey, message: "Invalid group_by value 'api_key_id'")
        } else {
            let s = SyncPlan.costsByAPIKey
            try put(s) { [Fixture.cost(s, $0, "3.5", [.apiKeyID: "key_a"]), Fixture.cost(s, $0, "1", [.apiKeyID: "key_b"]),
                          Fixture.cost(s, $0, "5.5")] }
        }
        let e = SyncPlan.completionsForEstimates
        try put(e) { day in
            var records = [
                chat(e, day, [.apiKeyID: "key_a"], input: 1_000_000, cached: 200_000, output: 100_000),
                chat(e, day, [.apiKeyID: "key_b"], batch: true, input: 1_000_000, output: 1_000_000),
            ]
            if day == Fixture.nov(15) { records.append(chat(e, day, [.apiKeyID: "key_c"], model: "mystery-model", input: 4_000, output: 1_000, requests: 2)) }
            if day == Fixture.nov(14) { records.append(chat(e, day, [:], input: 10_000, output: 0)) }
            return records
        }
        let k = SyncPlan.completionsByAPIKey
        try put(k) { day in
            var records = [Fixture.usage(k, day, input: 1_000_000, cached: 200_000, output: 100_000, requests: 10, [.apiKeyID: "key_a"]),
                           Fixture.usage(k, day, input: 1_000_000, output: 1_000_000, requests: 10, [.apiKeyID: "key_b"])]
            if day == Fixture.nov(15) { records.append(Fixture.usage(k, day, input: 4_000, output: 1_000, requests: 2, [.apiKeyID: "key_c"])) }
            if day == Fixture.nov(14) { records.append(Fixture.usage(k, day, input: 10_000, requests: 10)) }
            return records
        }
        let m = SyncPlan.embeddingsByAPIKey
        try put(m) { [Fixture.usage(m, $0, input: 2_000_000, requests: 4, [.apiKeyID: "key_a", .model: "test-embed"])] }
        let u = SyncPlan.completionsByUser
        try put(u) { day in
            [chat(u, day, [.userID: "user_ana"], input: 1_000_000, cached: 200_000, output: 100_000),
             chat(u, day, [.userID: "user_gone"], model: "mystery-model", input: 1_000, output: 0, requests: 1),
             chat(u, day, [:], batch: true, input: 1_000_000, output: 1_000_000)]
        }
        return store
    }

    /// Exact dollars from decimal text.
    static func usd(_ text: String) -> USD { USD(Decimal(string: text)!) }
}
