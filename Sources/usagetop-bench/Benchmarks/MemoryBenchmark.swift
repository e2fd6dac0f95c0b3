import Foundation

// MARK: - 4. Resident memory

/// DESIGN.md §7 "resident memory, 10,000 keys × 90 days < 60 MB": a fresh probe process opens
/// the 10,000-key cache ``KeyTableBenchmark`` filled, builds the snapshot, creates the state and
/// renders the API keys page, then reports `VmRSS` while still holding them (and the store), as
/// the running app would. Repeated a few times; the median is reported.
enum MemoryBenchmark {
    /// Runs the memory probe on the cache at `path`; adds the rows to `table`.
    /// - Throws: ``ChildProcess/Failure`` when the probe fails.
    static func run(path: String, into table: inout ResultsTable) throws {
        table.section("4. Resident memory, 10,000 keys x 90 days (fresh process)")
        var before: [Int] = [], after: [Int] = [], peak: [Int] = [], trimmed: [Int] = [], arrays: [Int] = []
        var shape = ""
        for _ in 0..<3 {
            let out = try ChildProcess.run([Probes.memoryFlag, path]).values
            guard let b = out["rss_before_kib"].flatMap(Int.init), let a = out["rss_after_kib"].flatMap(Int.init),
                  let p = out["peak_kib"].flatMap(Int.init) else {
                throw ChildProcess.Failure(description: "the memory probe printed \(out)")
            }
            before.append(b)
            after.append(a)
            peak.append(p)
            if let x = out["series_arrays_kib"].flatMap(Int.init) { arrays.append(x) }
            if let t = out["rss_trimmed_kib"].flatMap(Int.init), t > 0 { trimmed.append(t) }
            shape = "\(out["keys"] ?? "?") keys, \(out["key_series"] ?? "?") key series, \(out["days"] ?? "?") days"
        }
        func row(_ name: String, _ values: [Int], target: Double? = nil) -> BenchRow {
            let sorted = values.sorted()
            var row = BenchRow(name: name, value: sorted[sorted.count / 2].kibAsMB, min: sorted[0].kibAsMB,
                               max: sorted[sorted.count - 1].kibAsMB, runs: "\(values.count)")
            if let target {
                row.target = "< \(Int(target)) MB"
                row.verdict = sorted[sorted.count / 2].kibInMB < target ? .pass : .fail
            }
            return row
        }
        table.add(row("  VmRSS at process start", before))
        table.add(row("  VmRSS holding snapshot + state (\(shape))", after, target: 60))
        table.add(row("    growth (after - start)", zip(after, before).map { $0 - $1 }))
        table.add(row("  VmHWM peak while building", peak))
        if !trimmed.isEmpty { table.add(row("  VmRSS after malloc_trim(0) (live data)", trimmed)) }
        if !arrays.isEmpty { table.add(row("    snapshot per-day arrays (count x stride)", arrays)) }
    }
}
