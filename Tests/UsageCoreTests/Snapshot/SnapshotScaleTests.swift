import Foundation
import Testing
@testable import UsageCore

@Suite("SnapshotBuilder at scale")
struct SnapshotScaleTests {
    /// A warm cache of `keys` keys over `days` days in every default series.
    static func warmCache(keys: Int, days: Int, projects: Int = 10) throws -> UsageStore {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let first = Fixture.nov(15) - UnixSeconds(days - 1) * Fixture.day
        let starts = (0..<days).map { first + UnixSeconds($0) * Fixture.day }
        func fill(_ s: SeriesKey, _ records: (UnixSeconds) -> [UsageRecord]) throws {
            try store.replaceBuckets(s, starts.map { Fixture.bucket(s, $0, records($0)) }, fetchedAt: Fixture.now)
        }
        try store.replaceProjects((0..<projects).map { Project(id: "proj_\($0)", name: "Project \($0)", createdAt: 1) })
        for p in 0..<projects {
            try store.replaceAPIKeys(projectID: "proj_\(p)", (0..<keys).filter { $0 % projects == p }.map {
                APIKey(id: "key_\($0)", kind: .project, name: "key \($0)", redactedValue: "sk-proj-…\($0)", projectID: "proj_\(p)",
                       createdAt: 1, lastUsedAt: nil, owner: nil)
            })
        }
        try fill(SyncPlan.costsTotal) { [Fixture.cost(SyncPlan.costsTotal, $0, "\(keys).01")] }
        try fill(SyncPlan.costsByProject) { d in (0..<projects).map { Fixture.cost(SyncPlan.costsByProject, d, "1.5", [.projectID: "proj_\($0)"]) } }
        try fill(SyncPlan.costsByLineItem) { d in (0..<30).map { Fixture.cost(SyncPlan.costsByLineItem, d, "0.25", [.lineItem: "gpt-\($0 / 3)-2026, \(["input", "cached input", "output"][$0 % 3])"]) } }
        try fill(SyncPlan.costsByAPIKey) { d in (0..<keys).map { Fixture.cost(SyncPlan.costsByAPIKey, d, "1.00", [.apiKeyID: "key_\($0)"]) } }
        try fill(SyncPlan.completionsTotal) { [Fixture.usage(SyncPlan.completionsTotal, $0, input: Int64(keys) * 1_000)] }
        try fill(SyncPlan.completionsByModel) { d in (0..<10).map { Fixture.usage(SyncPlan.completionsByModel, d, input: 100, [.model: "gpt-\($0)-2026"]) } }
        try fill(SyncPlan.completionsByProject) { d in (0..<projects).map { Fixture.usage(SyncPlan.completionsByProject, d, input: 100, [.projectID: "proj_\($0)"]) } }
        try fill(SyncPlan.completionsByAPIKey) { d in (0..<keys).map { Fixture.usage(SyncPlan.completionsByAPIKey, d, input: 1_000, output: 10, [.apiKeyID: "key_\($0)"]) } }
        try fill(SyncPlan.embeddingsByAPIKey) { d in (0..<keys).map { Fixture.usage(SyncPlan.embeddingsByAPIKey, d, input: 5, [.apiKeyID: "key_\($0)", .model: "text-embedding-3-small"]) } }
        let e = SyncPlan.completionsForEstimates, u = SyncPlan.completionsByUser
        let chat: [UsageCore.Dimension: String] = [.model: "gpt-4.1-mini-2025-04-14", .batch: "false", .serviceTier: "default"]
        try fill(e) { d in (0..<keys).map { Fixture.usage(e, d, input: 1_000, output: 10, chat.merging([.apiKeyID: "key_\($0)"]) { a, _ in a }) } }
        try fill(u) { d in (0..<max(1, keys / 10)).map { Fixture.usage(u, d, input: 10_000, output: 100, chat.merging([.userID: "user_\($0)"]) { a, _ in a }) } }
        return store
    }

    @Test("200 keys × 90 days: every key's month to date and activity add up")
    func twoHundredKeysNinetyDays() throws {
        let store = try Self.warmCache(keys: 200, days: 90)
        let s = try SnapshotBuilder.build(store: store, source: SourceInfo(profile: "p", host: "h", isDemo: false), now: Fixture.now)
        #expect(s.keys.count == 200)
        // 15 November days of completions (1,000 input) and embeddings (5 input) per key.
        #expect(s.keys.allSatisfy { $0.monthToDate == USD(15) && $0.monthActivity.inputUncached == 15_075 })
        #expect(s.keys.allSatisfy { $0.monthActivity.requests == 30 })
        #expect(s.keys.allSatisfy { $0.last14DaysTokens.allSatisfy { $0 == 1_015 } })
        #expect(s.series[.apiKey]?.count == 200)
        #expect(s.series[.model]?.count == 11)  // ten completions models and the embeddings model
        #expect(s.limits.monthToDate == USD(Decimal(string: "3000.15")!))
        #expect(s.days.count == 90)
    }

    @Test("200 keys × 90 days, costs by api_key_id refused: every key's estimate adds up, rows close the total")
    func twoHundredKeysEstimated() throws {
        let store = try Self.warmCache(keys: 200, days: 90)
        try store.markSeriesRejected(SyncPlan.costsByAPIKey, message: "Invalid group_by")
        let s = try SnapshotBuilder.build(store: store, source: SourceInfo(profile: "p", host: "h", isDemo: false), now: Fixture.now)
        // 15 November days × (1,000 input × $0.40/M + 10 output × $1.60/M + 5 embedding tokens × $0.02/M).
        let perKey = USD(Decimal(15) * (Decimal(1_000) * Decimal(string: "0.0000004")! + Decimal(10) * Decimal(string: "0.0000016")!
                                        + Decimal(5) * Decimal(string: "0.00000002")!))
        #expect(s.keys.allSatisfy { $0.spendIsEstimate && $0.monthToDate == perKey })
        #expect(s.series[.apiKey]?.count == 201, "200 keys and the (no key) row")
        #expect(s.series[.user]?.count == 20)
        let last = s.days.count - 1
        let sum = (s.series[.apiKey] ?? []).compactMap { $0.cost[last] }.reduce(USD.zero, +)
        #expect(sum == s.dailyTotals[last].cost)
    }
}
