// MARK: - Samples

/// The timed runs of one benchmark: wall-clock durations measured with `ContinuousClock`.
///
/// The machine is noisy (2 cores, other builds running), so results are reported as the median
/// with min and max, never as a single run or a mean.
struct Samples: Sendable {
    /// One duration per timed run, in run order.
    var durations: [Duration]

    /// The durations in milliseconds, ascending.
    var sortedMilliseconds: [Double] { durations.map(\.milliseconds).sorted() }

    /// The median run in milliseconds (the mean of the two middle runs for an even count);
    /// 0 when there is no run.
    var median: Double {
        let ms = sortedMilliseconds
        guard !ms.isEmpty else { return 0 }
        let mid = ms.count / 2
        return ms.count.isMultiple(of: 2) ? (ms[mid - 1] + ms[mid]) / 2 : ms[mid]
    }

    /// The fastest run in milliseconds (0 when there is no run).
    var min: Double { sortedMilliseconds.first ?? 0 }

    /// The slowest run in milliseconds (0 when there is no run).
    var max: Double { sortedMilliseconds.last ?? 0 }

    /// The number of timed runs.
    var count: Int { durations.count }
}

// MARK: - Duration in milliseconds

extension Duration {
    /// This duration in milliseconds, as a `Double` (display only).
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}
