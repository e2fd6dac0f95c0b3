import Dashboard
import Foundation
import UsageCore

// MARK: - 2. First frame

/// DESIGN.md §7 "first frame from a warm cache (200 keys, 90 days) < 100 ms, process start to
/// first full frame", measured two ways on the cache ``SnapshotBenchmark`` filled:
///
/// - in process: open the file (a new `UsageStore`), build the snapshot, `AppState(...)`,
///   `RootView.render` at 120×40 — and each step on its own;
/// - from process start: this executable launched as a probe (``Probes``) doing the same work;
///   the time runs from the parent's launch to the probe's `CLOCK_MONOTONIC` reading right after
///   the frame. It includes exec, dynamic loading and Swift runtime start-up, but not the
///   ncurses terminal set-up, flag parsing or config loading of the real `usagetop` (which needs
///   a terminal), nor writing the frame to the terminal.
enum FirstFrameBenchmark {
    /// Times the first frame on the warm cache at `path`; adds the rows to `table`.
    /// - Throws: ``StoreError``, or ``ChildProcess/Failure`` when the probe fails.
    static func run(path: String, into table: inout ResultsTable) throws {
        table.section("2. First frame, warm cache, 200 keys x 90 days, 120x40")
        let whole = try measure(warmup: 2, iterations: 15) { try AppPath.firstFrame(path: path) }
        table.add(.timing("  in-process: open + snapshot + state + render", whole, targetMilliseconds: 100))

        let open = try measure(warmup: 2, iterations: 15) { try AppPath.open(path) }
        table.add(.timing("    open cache (new UsageStore)", open))
        let store = try AppPath.open(path)
        let snapshot = try AppPath.snapshot(store)
        let render = measure(warmup: 2, iterations: 15) {
            let state = AppState(snapshot: snapshot, width: 120, height: 40)
            return RootView.render(state: state, theme: AppPath.theme, width: 120, height: 40)
        }
        table.add(.timing("    AppState + RootView.render (Usage page)", render))

        var launches: [Duration] = []
        var inProcess: [Duration] = []
        _ = try ChildProcess.run([Probes.firstFrameFlag, path])                 // warm-up
        for _ in 0..<9 {
            let output = try ChildProcess.run([Probes.firstFrameFlag, path])
            guard let frameAt = output.values["frame_at_ns"].flatMap(UInt64.init),
                  let work = output.values["in_process_ms"].flatMap(Double.init) else {
                throw ChildProcess.Failure(description: "the first-frame probe printed \(output.values)")
            }
            launches.append(.nanoseconds(Int64(frameAt - output.launchedAtNanos)))
            inProcess.append(.nanoseconds(Int64(work * 1_000_000)))
        }
        table.add(.timing("  process launch -> first frame (probe, no tty)", Samples(durations: launches),
                          targetMilliseconds: 100))
        table.add(.timing("    of which open + snapshot + render", Samples(durations: inProcess)))
    }
}
