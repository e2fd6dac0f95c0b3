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

            clock.advance(by: 60)
            let before = await transport.count
            let second = await service.syncOnce()
            #expect(second.state == .ok)
            let polled = SyncPlan.default.series.count - ((try store.isSeriesRejected(SyncPlan.costsByAPIKey)) ? 1 : 0)
            #expect(await transport.count - before == polled)
        }
    }
}
