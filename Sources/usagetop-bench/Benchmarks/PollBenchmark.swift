import Foundation
import Logging
import UsageCore
import UsageSim

// MARK: - 5. Steady-state poll

/// DESIGN.md §7 "steady-state poll: only the buckets that can still change; ≤ 1 request per
/// dataset per poll when nothing is paginated": the real `AdminAPIClient` over HTTP
/// (AsyncHTTPClient) against an in-process `SimServer` (seed 42, clock stopped at
/// ``AppPath/now``), a `SyncService` over a new temp-file store: a first poll (backfill) and a
/// second one 60 s later. HTTP requests are counted by ``CountingTransport`` per series. The
/// client's request log is discarded (the simulator answers 404 for projects without a limit).
enum PollBenchmark {
    /// Timed rounds (after one warm-up round).
    static let rounds = 5

    /// Starts the simulator, runs the rounds, adds the rows to `table`.
    /// - Throws: a simulator start-up or store error.
    static func run(workspace: Workspace, into table: inout ResultsTable) async throws {
        table.section("5. Steady-state poll, AdminAPIClient -> SimServer over HTTP, temp-file store")
        let server = try await SimServer.start(SimConfiguration(seed: 42, now: AppPath.now, speed: 0))
        let transport = CountingTransport(AsyncHTTPClientTransport(timeout: .seconds(30)))
        let client = try AdminAPIClient(baseURL: server.baseURL, adminKey: "sk-admin-bench", transport: transport,
                                        logger: Logger(label: "usagetop-bench") { _ in SwiftLogNoOpLogHandler() })

        var first: [Duration] = [], second: [Duration] = []
        var firstRequests = 0
        var secondReport: SyncReport?
        var secondCounts: [String: Int] = [:]
        var failures: [String] = []
        for round in 0...rounds {
            let store = try UsageStore(path: workspace.path("poll-\(round).sqlite"), owner: AppPath.owner)
            let clock = ManualClock(AppPath.now)
            let service = SyncService(api: client, store: store, clock: clock, randomUnit: { 0 })
            _ = transport.take()
            let (backfill, backfillTime) = await timed { await service.syncOnce() }
            let backfillCounts = transport.take()
            clock.advance(by: 60)
            let (steady, steadyTime) = await timed { await service.syncOnce() }
            let steadyCounts = transport.take()
            if backfill.state != .ok || steady.state != .ok {
                failures.append("round \(round): \(backfill.state) / \(steady.state) \(backfill.errors + steady.errors)")
            }
            guard round > 0 else { continue }                                   // warm-up round
            first.append(backfillTime)
            second.append(steadyTime)
            firstRequests = backfillCounts.values.reduce(0, +)
            secondReport = steady
            secondCounts = steadyCounts
        }
        await server.stop()

        table.add(.timing("  first poll (backfill, \(firstRequests) HTTP requests)", Samples(durations: first)))
        table.add(.timing("  second poll, 60 s later", Samples(durations: second)))
        guard let report = secondReport else { return }
        let series = report.datasets.filter { $0.skipped == nil }
        for dataset in series {
            let counted = secondCounts[dataset.name] ?? 0
            table.add(BenchRow(name: "    \(dataset.name): \(dataset.buckets) bucket(s), report says \(dataset.requests)",
                               value: "\(counted) req", target: "<= 1 req",
                               verdict: counted <= 1 ? .pass : .fail))
        }
        let other = secondCounts.filter { name, _ in !series.contains { $0.name == name } }
        for (name, count) in other.sorted(by: { $0.key < $1.key }) {
            table.add(BenchRow(name: "    \(name) (not a planned series)", value: "\(count) req", verdict: .info))
        }
        let total = secondCounts.values.reduce(0, +)
        table.add(BenchRow(name: "  second poll total (\(series.count) series)", value: "\(total) req",
                           target: "<= \(series.count) req", verdict: total <= series.count && failures.isEmpty ? .pass : .fail))
        for failure in failures { table.add(BenchRow(name: "  sync failed: \(failure)", value: "-", verdict: .fail)) }
    }
}
