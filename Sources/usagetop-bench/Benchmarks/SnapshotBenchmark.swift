import Foundation
import UsageCore

// MARK: - 1. Snapshot build from a warm cache

/// DESIGN.md §7 "first frame from a warm cache (200 keys, 90 days)", the snapshot part: a cache
/// file filled through the store's writers with 20 projects, 200 keys and 90 days of every
/// ``SyncPlan/default`` series, then `SnapshotBuilder.build` timed on it.
enum SnapshotBenchmark {
    /// The organization: 200 keys over 20 projects, 90 days.
    static let org = FixtureOrg(keyCount: 200, projectCount: 20, days: 90, now: AppPath.now)

    /// Fills the cache at `path`, times the snapshot build, adds the rows to `table`.
    /// - Throws: ``StoreError``.
    static func run(path: String, workspace: Workspace, into table: inout ResultsTable) throws {
        table.section("1. Snapshot build, warm cache, 200 keys x 90 days")
        let store = try AppPath.open(path)
        let (records, fill) = try timed { try org.fill(store) }
        let megabytes = Double(workspace.cacheBytes(path)) / 1_000_000
        table.add(BenchRow(name: "  fill cache (setup: \(records) records, \(String(format: "%.1f", megabytes)) MB)",
                           value: BenchRow.ms(fill.milliseconds), runs: "1"))

        let samples = try measure(warmup: 2, iterations: 15) { try AppPath.snapshot(store) }
        let snapshot = try AppPath.snapshot(store)
        table.add(.timing("  SnapshotBuilder.build (\(snapshot.keys.count) keys, \(snapshot.days.count) days)", samples,
                          targetMilliseconds: 100))
    }
}
