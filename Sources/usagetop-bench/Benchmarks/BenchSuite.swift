import Foundation

// MARK: - The whole run

/// Runs every benchmark in order on caches in a private temporary folder and prints the table.
enum BenchSuite {
    /// Runs the benchmarks, prints the results table and a summary line.
    /// - Returns: the exit status: 0 when every benchmark ran (targets met or not — the table
    ///   says which), 1 when one stopped with an error.
    static func run() async -> Int32 {
        let clock = ContinuousClock()
        let started = clock.now
        #if DEBUG
        print("usagetop-bench: DEBUG build, figures are not meaningful; use `make bench` (release).")
        #endif
        print("usagetop-bench: DESIGN.md §7 targets; times are medians of several runs (ContinuousClock).")
        let loadAtStart = loadAverage()
        var table = ResultsTable()
        let workspace: Workspace
        do {
            workspace = try Workspace()
        } catch {
            print("usagetop-bench: cannot create a temporary folder: \(error)")
            return 1
        }
        defer { workspace.remove() }
        do {
            let warm = workspace.path("warm-200.sqlite")
            progress("1/5 snapshot build (200 keys)")
            try SnapshotBenchmark.run(path: warm, workspace: workspace, into: &table)
            progress("2/5 first frame")
            try FirstFrameBenchmark.run(path: warm, into: &table)
            try StatusLineBenchmark.run(path: warm, workspace: workspace, into: &table)
            let big = workspace.path("keys-10000.sqlite")
            progress("3/5 10,000-key table (filling a ~0.5 GB cache takes ~30 s)")
            try KeyTableBenchmark.run(path: big, workspace: workspace, into: &table)
            progress("4/5 resident memory")
            try MemoryBenchmark.run(path: big, into: &table)
            progress("5/5 steady-state poll")
            try await PollBenchmark.run(workspace: workspace, into: &table)
        } catch {
            print(table.render())
            print("usagetop-bench: stopped by an error: \(error)")
            return 1
        }
        print(table.render())
        let seconds = (clock.now - started).milliseconds / 1_000
        print("load average (1 min, \(ProcessInfo.processInfo.activeProcessorCount) cores): \(loadAtStart) at start, "
              + "\(loadAverage()) at end; a load above the core count inflates every time above")
        print("total \(BenchRow.format(seconds, decimals: 1)) s; "
              + (table.hasFailures ? "some targets FAILED" : "all targets met"))
        return 0
    }

    /// Prints a progress line to standard error (the table goes to standard output).
    private static func progress(_ text: String) {
        FileHandle.standardError.write(Data("usagetop-bench: \(text)…\n".utf8))
    }

    /// The 1-minute load average from `/proc/loadavg`, or `?`.
    private static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.map(String.init) ?? "?"
    }
}
