import Foundation
import Testing
@testable import UsageCore

@Suite("SnapshotBuilder")
struct SnapshotBuilderTests {
    let source = SourceInfo(profile: "default", host: "api.openai.com", isDemo: false)

    private func store(_ fill: (UsageStore) throws -> Void) throws -> UsageStore {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        try fill(store)
        return store
    }

    private func put(_ store: UsageStore, _ s: SeriesKey, _ buckets: [UsageBucket]) throws {
        try store.replaceBuckets(s, buckets, fetchedAt: Fixture.now)
    }

    @Test("an empty cache gives no data everywhere, never zero")
    func emptyCache() throws {
        let snapshot = try SnapshotBuilder.build(store: try store { _ in }, source: source, now: Fixture.now)
        #expect(snapshot.days.first == UTCCalendar.timestamp(year: 2026, month: 10))
        #expect(snapshot.days.last == Fixture.nov(15))
        #expect(snapshot.days.count == 31 + 15)
        #expect(snapshot.dailyTotals.allSatisfy { $0.cost == nil && $0.activity == nil })
        #expect(snapshot.limits.monthToDate == nil)
        #expect(snapshot.monthlyTotals.isEmpty)
        #expect(snapshot.sync.state == .noData)
        #expect(snapshot.hourlyToday.count == 13)
        #expect(snapshot.series[.model] == [])
    }

    @Test("month to date equals the sum of the month's cost buckets, to the cent; no data stays distinct from zero")
    func monthToDate() throws {
        let s = SyncPlan.costsTotal
        let amounts = ["10.1425634", "0.0049999", "7.33", "123.456789012", "0.005"]
        let st = try store { st in
            var buckets = amounts.enumerated().map { i, a in Fixture.bucket(s, Fixture.nov(1 + i), [Fixture.cost(s, Fixture.nov(1 + i), a)]) }
            buckets.append(Fixture.bucket(s, Fixture.nov(7), []))             // zero
            buckets.append(Fixture.bucket(s, Fixture.nov(-2), [Fixture.cost(s, Fixture.nov(-2), "99")]))  // October
            try put(st, s, buckets)
        }
        let snapshot = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now)
        let expected = amounts.reduce(Decimal(0)) { $0 + Decimal(string: $1)! }
        #expect(snapshot.limits.monthToDate == USD(expected))
        #expect(snapshot.limits.monthToDate?.roundedToCents == USD(Decimal(string: "140.94")!))
        let byDay = Dictionary(uniqueKeysWithValues: snapshot.dailyTotals.map { ($0.day, $0.cost) })
        #expect(byDay[Fixture.nov(7)] == .some(.zero))
        #expect(byDay[Fixture.nov(8)] == .some(nil))
        #expect(byDay[Fixture.nov(1)] == .some(USD(Decimal(string: "10.1425634")!)))
        #expect(snapshot.monthlyTotals == [
            MonthTotal(month: UTCCalendar.timestamp(year: 2026, month: 10), total: USD(99), isCurrent: false),
            MonthTotal(month: Fixture.nov(1), total: USD(expected), isCurrent: true),
        ])
    }

    @Test("the grid reaches back to the oldest cached day")
    func oldestCachedDay() throws {
        let s = SyncPlan.costsTotal
        let st = try store { try put($0, s, [Fixture.bucket(s, UTCCalendar.timestamp(year: 2026, month: 8, day: 20), [])]) }
        let snapshot = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now)
        #expect(snapshot.days.first == UTCCalendar.timestamp(year: 2026, month: 8, day: 20))
        #expect(snapshot.monthlyTotals.map(\.total) == [.zero])
    }

    @Test("daily and hourly activity come from ungrouped completions")
    func activity() throws {
        let day = SyncPlan.completionsTotal, hour = SyncPlan.completionsHourly
        let st = try store { st in
            try put(st, day, [Fixture.bucket(day, Fixture.nov(15), [Fixture.usage(day, Fixture.nov(15), input: 100, cached: 30, output: 50, requests: 4)])])
            try put(st, hour, [
                Fixture.bucket(hour, Fixture.nov(15) + 3_600, [Fixture.usage(hour, Fixture.nov(15) + 3_600, input: 40, cached: 10, output: 5, requests: 2)]),
                Fixture.bucket(hour, Fixture.nov(14) + 3_600, [Fixture.usage(hour, Fixture.nov(14) + 3_600, input: 999)]),
            ])
        }
        let snapshot = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now)
        #expect(snapshot.dailyTotals.last?.activity == Activity(inputUncached: 70, inputCached: 30, output: 50, requests: 4))
        #expect(snapshot.dailyTotals.last?.cost == nil)
        #expect(snapshot.hourlyToday.first?.hour == Fixture.nov(15))
        #expect(snapshot.hourlyToday.last?.hour == Fixture.nov(15) + 12 * 3_600)
        #expect(snapshot.hourlyToday[1].activity == Activity(inputUncached: 30, inputCached: 10, output: 5, requests: 2))
        #expect(snapshot.hourlyToday[0].activity == .zero)
    }

    @Test("by model: line items fold into their model, non-token items keep their label, activity from completions by model")
    func byModel() throws {
        let costs = SyncPlan.costsByLineItem, usage = SyncPlan.completionsByModel
        let d = Fixture.nov(10)
        let st = try store { st in
            try put(st, costs, [Fixture.bucket(costs, d, [
                Fixture.cost(costs, d, "1.10", [.lineItem: "gpt-4.1-2025-04-14, input"]),
                Fixture.cost(costs, d, "2.20", [.lineItem: "gpt-4.1-2025-04-14, output"]),
                Fixture.cost(costs, d, "0.30", [.lineItem: "priority | gpt-4.1-2025-04-14, cached input"]),
                Fixture.cost(costs, d, "0.50", [.lineItem: "web search tool calls"]),
            ])])
            try put(st, usage, [Fixture.bucket(usage, d, [
                Fixture.usage(usage, d, input: 1_000, output: 10, [.model: "gpt-4.1-2025-04-14"]),
                Fixture.usage(usage, d, input: 5, [.model: "gpt-4o-mini-2024-07-18"]),
            ])])
        }
        let snapshot = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now)
        let models = try #require(snapshot.series[.model])
        let index = try #require(snapshot.days.firstIndex(of: d))
        #expect(models.map(\.id) == ["gpt-4.1-2025-04-14", "web search tool calls", "gpt-4o-mini-2024-07-18"])
        #expect(models[0].cost[index] == USD(Decimal(string: "3.60")!))
        #expect(models[0].activity[index]?.inputUncached == 1_000)
        #expect(models[2].cost[index] == .zero)            // a costs bucket exists; this model had none
        #expect(models[1].activity[index] == .zero)        // a completions bucket exists; no row for it
        #expect(models[0].cost[index + 1] == nil)          // no bucket the next day
        let lineItems = try #require(snapshot.series[.lineItem])
        #expect(lineItems.count == 4)
        #expect(lineItems.allSatisfy { $0.activity.allSatisfy { $0 == nil } })
    }

    @Test("projects: names, month to date, limits, alerts and the month's days")
    func projects() throws {
        let costs = SyncPlan.costsByProject
        let st = try store { st in
            try st.replaceProjects([Project(id: "proj_a", name: "Search", createdAt: 1), Project(id: "proj_b", name: nil, createdAt: 1)])
            try st.setSpendLimit(projectID: "proj_a", SpendLimit(projectID: "proj_a", threshold: USD(cents: 35_000), enforcement: "enforcing"))
            try st.replaceSpendAlerts(projectID: "proj_a", [
                SpendAlert(id: "al_2", projectID: "proj_a", threshold: USD(cents: 30_000)),
                SpendAlert(id: "al_1", projectID: "proj_a", threshold: USD(cents: 10_000)),
            ])
            try put(st, costs, [
                Fixture.bucket(costs, Fixture.nov(2), [Fixture.cost(costs, Fixture.nov(2), "4.50", [.projectID: "proj_a"])]),
                Fixture.bucket(costs, Fixture.nov(3), [Fixture.cost(costs, Fixture.nov(3), "1.25", [.projectID: "proj_a"]),
                                                       Fixture.cost(costs, Fixture.nov(3), "2", [.projectID: "proj_x"])]),
            ])
        }
        let snapshot = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now)
        let a = try #require(snapshot.projects.first { $0.id == "proj_a" })
        #expect(a.monthToDate == USD(Decimal(string: "5.75")!))
        #expect(a.spendLimit?.threshold == USD(350))
        #expect(a.spendAlerts.map(\.id) == ["al_1", "al_2"])
        #expect(a.monthDaily.count == 15)
        #expect(a.monthDaily[0] == nil)
        #expect(a.monthDaily[1] == USD(Decimal(string: "4.50")!))
        let b = try #require(snapshot.projects.first { $0.id == "proj_b" })
        #expect(b.monthToDate == .zero)
        let series = try #require(snapshot.series[.project])
        #expect(series.map(\.label) == ["Search", "proj_x"])
    }

    @Test("keys: billed spend when costs by api_key_id exist, activity with embeddings, 14-day tokens, and a (no key) series")
    func keys() throws {
        let costs = SyncPlan.costsByAPIKey, usage = SyncPlan.completionsByAPIKey, emb = SyncPlan.embeddingsByAPIKey
        let key = APIKey(id: "key_1", kind: .project, name: "ci-runner", redactedValue: "sk-proj-…9f2c", projectID: "proj_a",
                         createdAt: 1, lastUsedAt: nil, owner: nil)
        let st = try store { st in
            try st.replaceProjects([Project(id: "proj_a", name: "Search", createdAt: 1)])
            try st.replaceAPIKeys(projectID: "proj_a", [key])
            try put(st, usage, [Fixture.bucket(usage, Fixture.nov(15), [
                Fixture.usage(usage, Fixture.nov(15), input: 100, output: 20, requests: 3, [.apiKeyID: "key_1"]),
                Fixture.usage(usage, Fixture.nov(15), input: 7),
            ])])
            try put(st, emb, [Fixture.bucket(emb, Fixture.nov(15), [
                Fixture.usage(emb, Fixture.nov(15), input: 30, [.apiKeyID: "key_1", .model: "text-embedding-3-small"]),
            ])])
            try put(st, costs, [Fixture.bucket(costs, Fixture.nov(14), [Fixture.cost(costs, Fixture.nov(14), "0.42", [.apiKeyID: "key_1"])])])
        }
        let snapshot = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now)
        let k = try #require(snapshot.keys.first)
        #expect(k.projectName == "Search")
        #expect(k.monthToDate == USD(Decimal(string: "0.42")!))
        #expect(!k.spendIsEstimate)
        #expect(k.monthActivity == Activity(inputUncached: 130, output: 20, requests: 4))  // completions + embeddings
        #expect(k.last14DaysTokens.count == 14)
        #expect(k.last14DaysTokens.last == 150)
        #expect(k.last14DaysTokens[12] == nil)
        #expect(k.last14DaysSpend[12] == USD(Decimal(string: "0.42")!))
        #expect(k.last14DaysSpend[13] == nil)
        let series = try #require(snapshot.series[.apiKey])
        #expect(series.map(\.label) == ["ci-runner", "(no key)"])
        #expect(series[1].id == nil)
    }

    @Test("without costs by api_key_id, key spend is no data (nil), not zero")
    func keysWithoutBilledSpend() throws {
        let usage = SyncPlan.completionsByAPIKey
        let st = try store { st in
            try st.replaceAPIKeys(projectID: "proj_a", [APIKey(id: "key_1", kind: .project, name: "ci", redactedValue: "sk-…",
                                                               projectID: "proj_a", createdAt: 1, lastUsedAt: nil, owner: nil)])
            try put(st, usage, [Fixture.bucket(usage, Fixture.nov(15), [Fixture.usage(usage, Fixture.nov(15), input: 1, [.apiKeyID: "key_1"])])])
        }
        let snapshot = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now)
        #expect(snapshot.keys.first?.monthToDate == nil)
        #expect(snapshot.series[.apiKey]?.first?.cost.allSatisfy { $0 == nil } == true)
    }

    @Test("org limit and alerts (sorted), and sync status from the cache")
    func limitsAndStatus() throws {
        let st = try store { st in
            try st.setSpendLimit(projectID: nil, SpendLimit(projectID: nil, threshold: USD(500), enforcement: "enforcing"))
            try st.replaceSpendAlerts(projectID: nil, [SpendAlert(id: "b", projectID: nil, threshold: USD(400)),
                                                       SpendAlert(id: "a", projectID: nil, threshold: USD(100))])
            try st.saveFreshness(DatasetFreshness(name: "costs::1d", lastSuccess: 5, lastAttempt: 5))
            try st.saveSyncState(.ok, retryAt: nil, lastSuccess: 5)
        }
        let snapshot = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now)
        #expect(snapshot.limits.spendLimit?.threshold == USD(500))
        #expect(snapshot.limits.spendAlerts.map(\.id) == ["a", "b"])
        #expect(snapshot.sync.state == .ok)
        #expect(snapshot.sync.lastSuccess == 5)
        #expect(snapshot.sync.datasets.map(\.name) == ["costs::1d"])
        let live = try SnapshotBuilder.build(store: st, source: source, now: Fixture.now, liveState: .syncing)
        #expect(live.sync.state == .syncing)
    }
}
