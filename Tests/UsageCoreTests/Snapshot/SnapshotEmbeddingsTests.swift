import Foundation
import Testing
@testable import UsageCore

/// Tokens that are not completions: embeddings count in each key's activity, in the by-key and
/// by-model series (`SyncPlan.embeddingsByAPIKey`), by project (`SyncPlan.embeddingsByProject`)
/// and in the org totals (`SyncPlan.embeddingsTotal`), each read from its own series.
@Suite("SnapshotBuilder embeddings")
struct SnapshotEmbeddingsTests {
    let source = SourceInfo(profile: "default", host: "api.openai.com", isDemo: false)
    let emb = SyncPlan.embeddingsByAPIKey
    let embedModel = "text-embedding-3-small"

    func key(_ id: String, _ name: String) -> APIKey {
        APIKey(id: id, kind: .project, name: name, redactedValue: "sk-svcacct-...Kq3d", projectID: "proj_a",
               createdAt: 1, lastUsedAt: nil, owner: nil)
    }

    /// A cache with an embeddings-only key (`key_emb`, two models on Nov 14 and 15) and a
    /// completions key (`key_chat`) that also embeds on Nov 15; completions by model, project
    /// and ungrouped are cached for Nov 15 only. The embeddings by project and ungrouped series
    /// hold the same embeddings (both keys belong to `proj_a`).
    func cache() throws -> UsageStore {
        let st = try UsageStore.inMemory(owner: Fixture.owner)
        let d14 = Fixture.nov(14), d15 = Fixture.nov(15)
        try st.replaceProjects([Project(id: "proj_a", name: "Search", createdAt: 1)])
        try st.replaceAPIKeys(projectID: "proj_a", [key("key_emb", "search-embedder"), key("key_chat", "search-api")])
        try st.replaceBuckets(emb, [
            Fixture.bucket(emb, d14, [
                Fixture.usage(emb, d14, input: 4_000, requests: 40, [.apiKeyID: "key_emb", .model: embedModel]),
            ]),
            Fixture.bucket(emb, d15, [
                Fixture.usage(emb, d15, input: 1_000, requests: 10, [.apiKeyID: "key_emb", .model: embedModel]),
                Fixture.usage(emb, d15, input: 500, requests: 5, [.apiKeyID: "key_emb", .model: "text-embedding-3-large"]),
                Fixture.usage(emb, d15, input: 200, requests: 2, [.apiKeyID: "key_chat", .model: embedModel]),
            ]),
        ], fetchedAt: Fixture.now)
        let embTotal = SyncPlan.embeddingsTotal, embProject = SyncPlan.embeddingsByProject
        try st.replaceBuckets(embTotal, [
            Fixture.bucket(embTotal, d14, [Fixture.usage(embTotal, d14, input: 4_000, requests: 40)]),
            Fixture.bucket(embTotal, d15, [Fixture.usage(embTotal, d15, input: 1_700, requests: 17)]),
        ], fetchedAt: Fixture.now)
        try st.replaceBuckets(embProject, [
            Fixture.bucket(embProject, d14, [Fixture.usage(embProject, d14, input: 4_000, requests: 40, [.projectID: "proj_a"])]),
            Fixture.bucket(embProject, d15, [Fixture.usage(embProject, d15, input: 1_700, requests: 17, [.projectID: "proj_a"])]),
        ], fetchedAt: Fixture.now)
        let byKey = SyncPlan.completionsByAPIKey, byModel = SyncPlan.completionsByModel
        let byProject = SyncPlan.completionsByProject, total = SyncPlan.completionsTotal
        try st.replaceBuckets(byKey, [Fixture.bucket(byKey, d15, [
            Fixture.usage(byKey, d15, input: 300, cached: 100, output: 50, requests: 3, [.apiKeyID: "key_chat"]),
        ])], fetchedAt: Fixture.now)
        try st.replaceBuckets(byModel, [Fixture.bucket(byModel, d15, [
            Fixture.usage(byModel, d15, input: 300, cached: 100, output: 50, requests: 3, [.model: "gpt-4.1-2025-04-14"]),
        ])], fetchedAt: Fixture.now)
        try st.replaceBuckets(byProject, [Fixture.bucket(byProject, d15, [
            Fixture.usage(byProject, d15, input: 300, cached: 100, output: 50, requests: 3, [.projectID: "proj_a"]),
        ])], fetchedAt: Fixture.now)
        try st.replaceBuckets(total, [Fixture.bucket(total, d15, [
            Fixture.usage(total, d15, input: 300, cached: 100, output: 50, requests: 3),
        ])], fetchedAt: Fixture.now)
        return st
    }

    @Test("an embeddings-only key gets its tokens and requests: month activity and the 14 days")
    func embeddingsOnlyKey() throws {
        let snapshot = try SnapshotBuilder.build(store: try cache(), source: source, now: Fixture.now)
        let k = try #require(snapshot.keys.first { $0.id == "key_emb" })
        // input_tokens count as uncached input, summed over both models; no cached or output tokens.
        #expect(k.monthActivity == Activity(inputUncached: 5_500, inputCached: 0, output: 0, requests: 55))
        #expect(k.monthActivity.totalTokens == 5_500)
        #expect(k.last14DaysTokens.count == 14)
        #expect(k.last14DaysTokens[13] == 1_500)  // Nov 15 (today)
        #expect(k.last14DaysTokens[12] == 4_000)  // Nov 14
        #expect(k.last14DaysTokens[11] == nil)    // no bucket of either dataset: no data, not zero
    }

    @Test("a key's completions and embeddings add up")
    func completionsPlusEmbeddings() throws {
        let snapshot = try SnapshotBuilder.build(store: try cache(), source: source, now: Fixture.now)
        let k = try #require(snapshot.keys.first { $0.id == "key_chat" })
        #expect(k.monthActivity == Activity(inputUncached: 400, inputCached: 100, output: 50, requests: 5))
        #expect(k.last14DaysTokens[13] == 550)
        #expect(k.last14DaysTokens[12] == .some(0))  // an embeddings bucket exists that day, without this key
    }

    @Test("the by-key and by-model series carry embeddings activity")
    func series() throws {
        let snapshot = try SnapshotBuilder.build(store: try cache(), source: source, now: Fixture.now)
        let i15 = try #require(snapshot.days.firstIndex(of: Fixture.nov(15)))
        let keys = try #require(snapshot.series[.apiKey])
        let embedder = try #require(keys.first { $0.id == "key_emb" })
        #expect(embedder.label == "search-embedder")
        #expect(embedder.activity[i15] == Activity(inputUncached: 1_500, requests: 15))
        #expect(embedder.activity[i15 - 1] == Activity(inputUncached: 4_000, requests: 40))
        #expect(keys.first { $0.id == "key_chat" }?.activity[i15] == Activity(inputUncached: 400, inputCached: 100, output: 50, requests: 5))

        let models = try #require(snapshot.series[.model])
        let small = try #require(models.first { $0.id == embedModel })
        #expect(small.activity[i15] == Activity(inputUncached: 1_200, requests: 12))  // both keys
        #expect(small.activity[i15 - 1] == Activity(inputUncached: 4_000, requests: 40))
        #expect(models.first { $0.id == "text-embedding-3-large" }?.activity[i15] == Activity(inputUncached: 500, requests: 5))
        #expect(models.first { $0.id == "gpt-4.1-2025-04-14" }?.activity[i15] == Activity(inputUncached: 200, inputCached: 100, output: 50, requests: 3))
        #expect(models.first { $0.id == "gpt-4.1-2025-04-14" }?.activity[i15 - 1] == .some(.zero))  // embeddings bucket only
    }

    @Test("org totals and projects add embeddings from their own series")
    func totalsAndProjectsIncludeEmbeddings() throws {
        let snapshot = try SnapshotBuilder.build(store: try cache(), source: source, now: Fixture.now)
        let i15 = try #require(snapshot.days.firstIndex(of: Fixture.nov(15)))
        // Completions (200 uncached + 100 cached + 50 output, 3 requests) plus embeddings (1 700, 17).
        let nov15 = Activity(inputUncached: 1_900, inputCached: 100, output: 50, requests: 20)
        let nov14 = Activity(inputUncached: 4_000, requests: 40)  // embeddings only
        #expect(snapshot.dailyTotals[i15].activity == nov15)
        #expect(snapshot.dailyTotals[i15 - 1].activity == nov14)
        #expect(snapshot.dailyTotals[i15 - 2].activity == nil)
        let project = try #require(snapshot.series[.project]?.first { $0.id == "proj_a" })
        #expect(project.activity[i15] == nov15)
        #expect(project.activity[i15 - 1] == nov14)
        #expect(project.activity[i15 - 2] == nil)
    }

    @Test("every grouping's total row agrees with the org totals, day by day")
    func groupingsAgree() throws {
        let snapshot = try SnapshotBuilder.build(store: try cache(), source: source, now: Fixture.now)
        for kind in [GroupKind.model, .project, .apiKey] {
            let groups = try #require(snapshot.series[kind])
            for i in snapshot.days.indices {
                let summed = groups.compactMap { $0.activity[i] }.reduce(Activity.zero, +)
                #expect(summed == (snapshot.dailyTotals[i].activity ?? .zero), "\(kind) day \(i)")
            }
        }
    }
}

/// ``DailyTable/adding(_:)``: the day-by-day sum of two datasets grouped by the same dimension.
@Suite("DailyTable adding")
struct DailyTableAddingTests {
    @Test("days present in either table have data; groups are the union; sums are exact")
    func adding() {
        var a = DailyTable(count: 3)
        a.present = [true, false, false]
        a.activity["k1"] = [Activity(inputUncached: 10, requests: 1), .zero, .zero]
        var b = DailyTable(count: 3)
        b.present = [true, true, false]
        b.activity["k1"] = [Activity(inputUncached: 5, requests: 2), Activity(inputUncached: 7, requests: 1), .zero]
        b.activity["k2"] = [.zero, Activity(inputUncached: 3, requests: 1), .zero]
        let sum = a.adding(b)
        #expect(sum.present == [true, true, false])
        #expect(sum.activitySeries("k1") == [Activity(inputUncached: 15, requests: 3), Activity(inputUncached: 7, requests: 1), nil])
        #expect(sum.activitySeries("k2") == [.zero, Activity(inputUncached: 3, requests: 1), nil])
        #expect(sum.activitySeries("k3") == [.zero, .zero, nil])
        #expect(sum.groups == ["k1", "k2"])
    }
}
