import Dashboard
import Foundation
import TermUI
import UsageCore

// MARK: - 3. A 10,000-key table frame

/// DESIGN.md §7 "render of a 10,000-key table frame < 5 ms": a cache with 10,000 keys × 90 days
/// (filled through the store's writers), its snapshot built by `SnapshotBuilder`, then
/// `RootView.render` on the API keys page at 120×40 and 200×60, the Usage page grouped by API
/// key (a 10,000-row table too), and each sort key press (`s` into every column, `S`) through
/// `reduce` followed by the redraw.
enum KeyTableBenchmark {
    /// The organization: 10,000 keys over 200 projects, 90 days (without the per-key estimates
    /// series, which the snapshot does not read).
    static let org = FixtureOrg(keyCount: 10_000, projectCount: 200, days: 90, now: AppPath.now, includeEstimates: false)

    /// Fills the cache at `path`, builds its snapshot, times the renders and sorts; adds the rows
    /// to `table`.
    /// - Throws: ``StoreError``, or ``BenchError`` when a key press does not do what it should.
    static func run(path: String, workspace: Workspace, into table: inout ResultsTable) throws {
        table.section("3. 10,000-key table frame (10,000 keys x 90 days)")
        let store = try AppPath.open(path)
        let (records, fill) = try timed { try org.fill(store) }
        let megabytes = Double(workspace.cacheBytes(path)) / 1_000_000
        table.add(BenchRow(name: "  fill cache (setup: \(records) records, \(String(format: "%.0f", megabytes)) MB)",
                           value: BenchRow.ms(fill.milliseconds), runs: "1"))

        let build = try measure(warmup: 0, iterations: 3) { try AppPath.snapshot(store) }
        table.add(.timing("  SnapshotBuilder.build, 10,000 keys", build))
        let snapshot = try AppPath.snapshot(store)

        for (width, height) in [(120, 40), (200, 60)] {
            var state = AppState(snapshot: snapshot, width: width, height: height)
            _ = reduce(&state, .key(.char("3")))
            guard state.page == .apiKeys, state.keys.rows.count == snapshot.keys.count else {
                throw BenchError("key '3' did not open the API keys page with every key listed")
            }
            let samples = measure(warmup: 3, iterations: 21) {
                RootView.render(state: state, theme: AppPath.theme, width: width, height: height)
            }
            table.add(.timing("  render API keys page \(width)x\(height)", samples, targetMilliseconds: 5))
        }

        var usage = AppState(snapshot: snapshot, width: 120, height: 40)
        for _ in GroupKind.allCases where usage.usage.group != .apiKey { _ = reduce(&usage, .key(.char("g"))) }
        guard usage.usage.group == .apiKey else { throw BenchError("key 'g' never reached the api_key grouping") }
        let usageSamples = measure(warmup: 3, iterations: 21) {
            RootView.render(state: usage, theme: AppPath.theme, width: 120, height: 40)
        }
        table.add(.timing("  render Usage page by api_key 120x40 (\(snapshot.series[.apiKey]?.count ?? 0) rows)",
                          usageSamples, targetMilliseconds: 5))

        var sorting = AppState(snapshot: snapshot, width: 120, height: 40)
        _ = reduce(&sorting, .key(.char("3")))
        for column in KeySortColumn.allCases {
            // One `s` press from the column before: the sort into `column`, from the same state each run.
            var before = sorting
            before.keys.sortColumn = KeySortColumn.allCases.first { $0.next == column } ?? column
            let samples = measure(warmup: 1, iterations: 7, setup: { before }) { state in
                _ = reduce(&state, .key(.char("s")))
                return RootView.render(state: state, theme: AppPath.theme, width: 120, height: 40)
            }
            table.add(.timing("  key 's' -> sort by \(column.title) + render, 10,000 keys", samples))
        }
        let reverse = measure(warmup: 1, iterations: 7, setup: { sorting }) { state in
            _ = reduce(&state, .key(.char("S")))
            return RootView.render(state: state, theme: AppPath.theme, width: 120, height: 40)
        }
        table.add(.timing("  key 'S' -> reverse (spend) + render, 10,000 keys", reverse))
    }
}
