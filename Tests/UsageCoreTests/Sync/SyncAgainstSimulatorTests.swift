import Foundation
import Testing
import UsageSim
@testable import UsageCore

/// ``SyncService`` with the real ``AdminAPIClient`` over HTTP against the in-process simulator,
/// then ``SnapshotBuilder`` over the filled cache: the whole Store ← Sync ← API chain.
@Suite struct SyncAgainstSimulatorTests {
    typealias Sim = ClientAgainstSimulatorTests

    @Test("a first sync fills the cache; the snapshot's month to date matches the API to the cent; the next poll is one request per series")
    func syncThenSnapshot() async throws {
        try await Sim.withSimulator { client, transport in
            let store = try UsageStore.inMemory(owner: Fixture.owner)
            let clock = ManualClock(Sim.now)
            let service = SyncService(api: client, store: store, clock: clock, randomUnit: { 0 })
            let first = await service.syncOnce()
            #expect(first.state == .ok, "\(first.errors)")
            #expect(first.datasets.contains { $0.name == "projects" && $0.buckets > 0 })

            let snapshot = try SnapshotBuilder.build(store: store, source: SourceInfo(profile: "default", host: "sim", isDemo: true),
                                                     now: Sim.now)
            let monthStart = UTCCalendar.startOfMonth(Sim.now)
            let direct = try await client.buckets(.costs, query: BucketQuery(startTime: monthStart, width: .day))
            let expected = direct.flatMap(\.records).compactMap(\.amount).reduce(USD.zero, +)
            let mtd = try #require(snapshot.limits.monthToDate)
            #expect(mtd.roundedToCents == expected.roundedToCents)
            #expect(snapshot.projects.count == (try await client.projects(includeArchived: true)).count)
            #expect(!snapshot.keys.isEmpty)
            #expect(snapshot.series[.model]?.isEmpty == false)
            let projectSum = snapshot.projects.compactMap(\.monthToDate).reduce(USD.zero, +)
            #expect(projectSum.roundedToCents == mtd.roundedToCents)

            // Every Usage-page grouping counts the same tokens and requests as the org totals
            // (completions and embeddings alike, each from its own series).
            let totalTokens = snapshot.dailyTotals.compactMap(\.activity).reduce(Activity.zero, +)
            #expect(totalTokens.totalTokens > 0)
            for kind in [GroupKind.model, .project, .apiKey] {
                let summed = (snapshot.series[kind] ?? []).flatMap(\.activity).compactMap { $0 }.reduce(Activity.zero, +)
                #expect(summed == totalTokens, "\(kind)")
            }

            clock.advance(by: 60)
            let before = await transport.count
            let second = await service.syncOnce()
            #expect(second.state == .ok)
            let polled = SyncPlan.default.series.count - ((try store.isSeriesRejected(SyncPlan.costsByAPIKey)) ? 1 : 0)
            #expect(await transport.count - before == polled)
        }
    }

    @Test("the simulator's embeddings grouped by project_id sum to its ungrouped embeddings")
    func embeddingsByProjectSumToTotal() async throws {
        try await Sim.withSimulator { client, _ in
            let start = UTCCalendar.startOfMonth(Sim.now, offset: -1)
            func sums(_ key: SeriesKey) async throws -> [UnixSeconds: Activity] {
                let buckets = try await client.buckets(key.dataset, query: BucketQuery(startTime: start, width: .day, grouping: key.grouping))
                var out: [UnixSeconds: Activity] = [:]
                for bucket in buckets {
                    for r in bucket.records {
                        out[bucket.startTime, default: .zero] = out[bucket.startTime, default: .zero]
                            + Activity(inputUncached: r[metric: "input_tokens"], requests: r[metric: "num_model_requests"])
                    }
                }
                return out
            }
            let total = try await sums(SyncPlan.embeddingsTotal)
            #expect(total.values.contains { $0.totalTokens > 0 })
            #expect(try await sums(SyncPlan.embeddingsByProject) == total)
            #expect(try await sums(SyncPlan.embeddingsByAPIKey) == total)
        }
    }
}
