import Foundation

// MARK: - One result line

/// One line of the results table: a measured figure (time in ms, memory in MB, or a request
/// count) against its DESIGN.md §7 target.
struct BenchRow: Sendable {
    /// How a figure compares with its target.
    enum Verdict: String, Sendable {
        /// Within the target.
        case pass = "PASS"
        /// Outside the target.
        case fail = "FAIL"
        /// No target: reported for context.
        case info = "info"
    }

    /// What was measured (e.g. `render 10,000 keys 120x40`).
    var name: String
    /// The headline figure with its unit (the median for timings).
    var value: String
    /// The fastest run, or `-`.
    var min: String = "-"
    /// The slowest run, or `-`.
    var max: String = "-"
    /// Timed runs (`-` for a single reading).
    var runs: String = "-"
    /// The target as written (e.g. `< 5 ms`), or `-`.
    var target: String = "-"
    /// Against the target.
    var verdict: Verdict = .info

    /// A timing row: median, min and max in milliseconds; PASS when the median is below
    /// `targetMilliseconds` (no target: ``Verdict/info``).
    static func timing(_ name: String, _ samples: Samples, targetMilliseconds: Double? = nil) -> BenchRow {
        var row = BenchRow(name: name, value: ms(samples.median), min: ms(samples.min), max: ms(samples.max),
                           runs: "\(samples.count)")
        if let target = targetMilliseconds {
            row.target = "< \(format(target, decimals: target < 10 ? 1 : 0)) ms"
            row.verdict = samples.median < target ? .pass : .fail
        }
        return row
    }

    /// Formats milliseconds with 2 decimals below 10 ms, 1 decimal above (`0.84 ms`, `42.1 ms`).
    static func ms(_ value: Double) -> String {
        format(value, decimals: value < 10 ? 2 : 1) + " ms"
    }

    /// Formats `value` with a fixed number of decimals (display only).
    static func format(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
