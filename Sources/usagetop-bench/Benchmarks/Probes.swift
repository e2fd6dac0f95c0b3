import Dashboard
import Foundation
import UsageCore

// MARK: - Probes (run in a fresh child process)

/// The work a child process does for a measurement that needs a fresh process; it prints
/// `key=value` lines that ``ChildProcess/run(_:)`` parses.
enum Probes {
    /// The argument that starts the first-frame probe: `--probe-first-frame <cache path>`.
    static let firstFrameFlag = "--probe-first-frame"
    /// The argument that starts the memory probe: `--probe-memory <cache path>`.
    static let memoryFlag = "--probe-memory"

    /// Runs the probe named in `arguments` (the process's arguments without the executable),
    /// if any. Returns `false` when `arguments` name no probe.
    /// - Throws: ``StoreError`` from the cache, ``BenchError`` without `/proc/self/status`.
    static func runIfRequested(_ arguments: [String]) throws -> Bool {
        guard arguments.count == 2 else { return false }
        switch arguments[0] {
        case firstFrameFlag:
            try firstFrame(path: arguments[1])
        case memoryFlag:
            try memory(path: arguments[1])
        default:
            return false
        }
        return true
    }

    /// From process start: opens the warm cache, builds the snapshot and renders the first frame
    /// at 120×40; prints `frame_at_ns` (`CLOCK_MONOTONIC` right after the frame) and
    /// `in_process_ms`.
    private static func firstFrame(path: String) throws {
        let (result, duration) = try timed { try AppPath.firstFrame(path: path) }
        let frameAt = ChildProcess.monotonicNanos()
        blackHole(result)
        print("frame_at_ns=\(frameAt)")
        print("in_process_ms=\(duration.milliseconds)")
    }

    /// Prints the resident memory before opening the cache at `path`, and after building its
    /// snapshot, creating the state and rendering the API keys page, with that state (and the
    /// open store) still held, as the running app holds them: `rss_before_kib`, `rss_after_kib`,
    /// `peak_kib`, `keys`, `key_series`, `days`; then `rss_trimmed_kib` after `malloc_trim(0)`
    /// hands freed heap back to the system (what is live, as opposed to what the allocator keeps);
    /// `series_arrays_kib`: the snapshot's per-day arrays (see ``seriesArrayBytes(_:)``).
    private static func memory(path: String) throws {
        guard let before = ProcessMemory.current() else { throw BenchError("no /proc/self/status") }
        let held = try AppPath.firstFrame(path: path, page: .apiKeys)
        guard let after = ProcessMemory.current() else { throw BenchError("no /proc/self/status") }
        print("rss_before_kib=\(before.residentKiB)")
        print("rss_after_kib=\(after.residentKiB)")
        print("peak_kib=\(after.peakKiB)")
        print("keys=\(held.state.snapshot.keys.count)")
        print("key_series=\(held.state.snapshot.series[.apiKey]?.count ?? 0)")
        print("days=\(held.state.snapshot.days.count)")
        print("series_arrays_kib=\(seriesArrayBytes(held.state.snapshot) / 1_024)")
        if ProcessMemory.trimHeap() {
            print("rss_trimmed_kib=\(ProcessMemory.current()?.residentKiB ?? 0)")
        }
        withExtendedLifetime(held) {}
    }

    /// A lower bound of the bytes the snapshot's per-day arrays take: every ``GroupSeries``'s
    /// `cost` and `activity` and every key's 14-day arrays, as element count × stride.
    static func seriesArrayBytes(_ snapshot: DashboardSnapshot) -> Int {
        let groups = snapshot.series.values.joined().reduce(0) { total, series in
            total + series.cost.count * MemoryLayout<USD?>.stride + series.activity.count * MemoryLayout<Activity?>.stride
        }
        let keys = snapshot.keys.reduce(0) { total, key in
            total + key.last14DaysTokens.count * MemoryLayout<Int64?>.stride
                + key.last14DaysSpend.count * MemoryLayout<USD?>.stride
        }
        return groups + keys
    }
}
