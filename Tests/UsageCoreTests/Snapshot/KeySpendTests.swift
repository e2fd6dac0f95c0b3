import Foundation
import Testing
@testable import UsageCore

/// Per-key spend, billed or estimated, the `(no key)` row, unpriced usage and the spike flag
/// (issue 4 item 1), on the hand-built cache of ``KeySpendFixture``.
@Suite("Per-key spend")
struct KeySpendTests {
    typealias F = KeySpendFixture

    private func build(rejected: Bool) throws -> DashboardSnapshot {
        try SnapshotBuilder.build(store: try F.store(rejected: rejected), source: F.source, now: Fixture.now, prices: F.prices)
    }

    /// The values of the last two days (Nov 14, Nov 15) of a day array.
    private func lastTwo<T>(_ values: [T]) -> [T] { Array(values.suffix(2)) }

    private func row(_ s: DashboardSnapshot, _ id: String?) throws -> GroupSeries {
        try #require(s.series[.apiKey]?.first { $0.id == id }, "row \(id ?? "nil")")
    }

    @Test("billed: costs by api_key_id are the key spend; the (no key) row is the null api_key_id costs")
    func billed() throws {
        let s = try build(rejected: false)
        #expect(s.keySpend == .billed)
        #expect(lastTwo(try row(s, "key_a").cost) == [F.usd("3.5"), F.usd("3.5")])
        #expect(lastTwo(try row(s, nil).cost) == [F.usd("5.5"), F.usd("5.5")])
        #expect(try row(s, nil).label == "(no key)")
        #expect(s.series[.apiKey]!.allSatisfy { !$0.costIsEstimate })
        let keyA = try #require(s.keys.first { $0.id == "key_a" })
        #expect(keyA.monthToDate == F.usd("7") && !keyA.spendIsEstimate && keyA.unpricedTokens == 0)
        // The rows add up to the billed total on every day with data.
        for (i, total) in s.dailyTotals.enumerated() {
            let sum = s.series[.apiKey]!.compactMap { $0.cost[i] }.reduce(USD.zero, +)
            #expect(total.cost.map { $0 == sum } ?? true, "day \(i)")
        }
        #expect(lastTwo(s.dailyTotals.map(\.cost)) == [USD(10), USD(10)])
    }

    @Test("refused: key spend is estimated from tokens × prices, and the (no key) row is the billed rest")
    func estimatedFallback() throws {
        let s = try build(rejected: true)
        #expect(s.keySpend == .estimated(reason: "Invalid group_by value 'api_key_id'"))
        // key_a: 800k × $1/M + 200k × $0.50/M + 100k × $2/M + 2M embeddings × $0.10/M = $1.30 a day.
        #expect(lastTwo(try row(s, "key_a").cost) == [F.usd("1.3"), F.usd("1.3")])
        // key_b (batch): 1M × $0.50/M + 1M × $1/M = $1.50 a day.
        #expect(lastTwo(try row(s, "key_b").cost) == [F.usd("1.5"), F.usd("1.5")])
        // (no key) = $10 billed − $2.80 of key estimates; the $0.01 of key-less usage stays in it.
        let noKey = try row(s, nil)
        #expect(lastTwo(noKey.cost) == [F.usd("7.2"), F.usd("7.2")])
        #expect(noKey.costIsEstimate)
        #expect(s.series[.apiKey]!.allSatisfy { $0.costIsEstimate })
        for i in s.days.indices {
            let sum = s.series[.apiKey]!.compactMap { $0.cost[i] }.reduce(USD.zero, +)
            #expect(s.dailyTotals[i].cost.map { $0 == sum } ?? (noKey.cost[i] == nil), "day \(i)")
        }
        let keyA = try #require(s.keys.first { $0.id == "key_a" })
        #expect(keyA.spendIsEstimate && keyA.monthToDate == F.usd("2.6"))
        #expect(keyA.last14DaysSpend.suffix(2) == [F.usd("1.3"), F.usd("1.3")])
        #expect(keyA.last14DaysSpend.first == .some(nil), "Nov 2: no usage bucket, no data")
    }

    @Test("an unpriced model is unknown, never $0: listed, counted per day and marked on its key")
    func unpriced() throws {
        let s = try build(rejected: true)
        #expect(s.unpricedModels == ["mystery-model"])
        #expect(lastTwo(s.dailyUnpriced) == [.zero, Activity(inputUncached: 4_000, output: 1_000, requests: 2)])
        #expect(s.dailyUnpriced.count == s.days.count)
        let keyC = try #require(s.keys.first { $0.id == "key_c" })
        #expect(keyC.unpricedTokens == 5_000 && keyC.unpricedRequests == 2)
        #expect(keyC.monthToDate == .zero, "the priced part only; unpricedTokens marks it incomplete")
        // The org-wide estimate leaves the unpriced tokens out: Nov 14 also has $0.01 of key-less usage.
        #expect(lastTwo(s.dailyEstimated) == [F.usd("2.81"), F.usd("2.8")])
        #expect(s.dailyEstimated.first == .some(nil))
    }

    @Test("the org estimate and unpriced usage are filled when key spend is billed too")
    func estimatesWhenBilled() throws {
        let s = try build(rejected: false)
        #expect(lastTwo(s.dailyEstimated) == [F.usd("2.81"), F.usd("2.8")])
        #expect(s.unpricedModels == ["mystery-model"])
        #expect(s.keys.first { $0.id == "key_c" }?.unpricedTokens == 0, "billed spend is complete")
    }

    @Test("no costs by api_key_id and no refusal yet: key spend is none, never an unlabelled estimate")
    func noKeySpendYet() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let e = SyncPlan.completionsForEstimates
        try store.replaceBuckets(e, [Fixture.bucket(e, Fixture.nov(15), [F.chat(e, Fixture.nov(15), [.apiKeyID: "key_a"], input: 1_000, output: 0)])],
                                 fetchedAt: Fixture.now)
        let s = try SnapshotBuilder.build(store: store, source: F.source, now: Fixture.now, prices: F.prices)
        #expect(s.keySpend == KeySpendSource.none)
        #expect(s.series[.apiKey]?.allSatisfy { $0.cost.allSatisfy { $0 == nil } } == true)
        #expect(s.dailyEstimated.last == .some(F.usd("0.001")), "the org estimate is still there")
        #expect(s.series[.user] == [])
    }

    @Test("who spent: completions by user_id, labelled by email, with ≈ estimates and a (no user) row")
    func users() throws {
        let s = try build(rejected: false)
        let users = try #require(s.series[.user])
        #expect(users.map(\.label) == ["(no user)", "ana@example.com", "user_gone"])
        #expect(users.allSatisfy { $0.costIsEstimate })
        let ana = users[1]
        #expect(ana.id == "user_ana")
        #expect(lastTwo(ana.cost) == [F.usd("1.1"), F.usd("1.1")])
        #expect(lastTwo(ana.activity) == [Activity(inputUncached: 800_000, inputCached: 200_000, output: 100_000, requests: 10),
                                          Activity(inputUncached: 800_000, inputCached: 200_000, output: 100_000, requests: 10)])
        #expect(lastTwo(users[0].cost) == [F.usd("1.5"), F.usd("1.5")])
        #expect(users[0].id == nil)
        #expect(lastTwo(users[2].activity).allSatisfy { $0?.totalTokens == 1_000 })
        #expect(ana.cost.first == .some(nil), "no bucket on Oct 1")
    }

    @Test("spike flag: today's spend ≥ 3× the 14-day median and ≥ $1, the same rule as the alert")
    func spike() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        try store.replaceAPIKeys(projectID: "proj_1", ["s", "t", "u"].map {
            APIKey(id: "key_\($0)", kind: .project, name: "key \($0)", redactedValue: "sk-proj-…\($0)", projectID: "proj_1",
                   createdAt: 1, lastUsedAt: nil, owner: nil)
        })
        let c = SyncPlan.costsByAPIKey
        try store.replaceBuckets(c, (1...15).map { d in
            let today = d == 15
            return Fixture.bucket(c, Fixture.nov(d), [
                Fixture.cost(c, Fixture.nov(d), today ? "5" : "1", [.apiKeyID: "key_s"]),
                Fixture.cost(c, Fixture.nov(d), today ? "2.5" : "1", [.apiKeyID: "key_t"]),
                Fixture.cost(c, Fixture.nov(d), today ? "0.9" : "0.1", [.apiKeyID: "key_u"]),
            ])
        }, fetchedAt: Fixture.now)
        let s = try SnapshotBuilder.build(store: store, source: F.source, now: Fixture.now, prices: F.prices)
        let flags = Dictionary(uniqueKeysWithValues: s.keys.map { ($0.id, $0.isSpiking) })
        #expect(flags == ["key_s": true, "key_t": false, "key_u": false])
        let spend = KeyDailySpend(keyID: "key_s", label: "s", createdAt: 1, today: USD(5), previousDays: Array(repeating: USD(1), count: 14))
        #expect(SpikeRule.evaluate(spend, now: Fixture.now) == SpikeRule.Finding(today: USD(5), median: USD(1), historyDays: 14))
        #expect(!SpikeRule.isSpike(KeyDailySpend(keyID: "n", label: "n", createdAt: Fixture.nov(10), today: USD(5),
                                                 previousDays: Array(repeating: USD(1), count: 14)), now: Fixture.now),
                "fewer than 7 days of history since creation")
    }
}
