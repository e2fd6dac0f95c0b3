// MARK: - Traffic as a pure function of time

/// The traffic model: daily totals per series and their minute-by-minute cumulative accrual.
///
/// Usage in a window `[a, b)` is `F(b) − F(a)` where `F` is the cumulative count at minute
/// granularity, so buckets of any width, grouped or not, always agree and a growing bucket only
/// grows. All counts are integers (tokens, requests, …).
struct SimTraffic: Sendable {
    /// Organization seed.
    let seed: UInt64
    /// First UTC day of the organization's history (growth is measured from it).
    let historyStartDay: Int64
    /// Per-day factor of a budget-share run (`nil` = unscaled, the default organization).
    var scale: SimBudgetScale? = nil

    /// Seconds per UTC day.
    static let day: Int64 = 86_400

    /// Daily totals of every counter of a series on a UTC day (zeros when inactive), scaled by
    /// ``scale`` when set.
    func dailyTotals(_ series: SimSeries, day: Int64) -> [Int64] {
        let count = series.endpoint.counterCount
        guard series.isActive(day: day) else { return Array(repeating: 0, count: count) }
        let weekday = (day + 4) % 7  // 0 = Sunday; 1970-01-01 was a Thursday
        let weekly = (weekday == 0 || weekday == 6) ? series.weekendFactor : 1.0
        let age = Double(max(0, day - historyStartDay))
        let growth = 1.0 + 0.35 * age / 365.0
        let daySalt = UInt64(bitPattern: day)
        var factor = weekly * growth
        if series.endpoint.isGauge {
            factor = growth * (0.98 + 0.04 * SimHash.unit(seed, series.salt, daySalt, 1))
        } else {
            factor *= 0.75 + 0.5 * SimHash.unit(seed, series.salt, daySalt, 0)
            if series.spiky, SimHash.unit(seed, series.salt, daySalt, 99) < 0.09 {
                factor *= 5.0 + 15.0 * SimHash.unit(seed, series.salt, daySalt, 98)
            }
        }
        let base: Int64
        if let scale {
            // Scaled runs round the unit count stochastically (deterministic per series and day), so
            // small factors keep even a low-volume series alive on average instead of flooring it
            // to zero, and spend stays proportional to the factor.
            let exact = series.dailyBase * factor * scale.factor(day: day)
            let whole = exact.rounded(.down)
            base = Int64(whole) + (SimHash.unit(seed, series.salt, daySalt, 97) < exact - whole ? 1 : 0)
        } else {
            base = Int64((series.dailyBase * factor).rounded(.down))
        }
        var totals = [base]
        for index in 1..<count {
            let mean = index - 1 < series.perUnit.count ? series.perUnit[index - 1] : 0
            if mean == 0 { totals.append(0); continue }
            let jitter = 0.9 + 0.2 * SimHash.unit(seed, series.salt, daySalt, UInt64(index))
            totals.append(Int64((Double(base) * mean * jitter).rounded(.down)))
        }
        return totals
    }

    /// Cumulative counts of minutes `[0, minute)` of a day, given that day's totals.
    /// For a gauge, the level (the same for every minute of the day).
    func cumulative(_ series: SimSeries, totals: [Int64], minute: Int64) -> [Int64] {
        if series.endpoint.isGauge { return totals }
        let w = series.profile.weight(throughMinute: minute)
        let denominator = series.profile.total
        return totals.map { $0 * w / denominator }
    }

    /// Counts of a series in `[start, end)` where both lie in the UTC day `day`
    /// (`end` may equal the next midnight). A gauge reports its level for the day.
    func window(_ series: SimSeries, day: Int64, start: Int64, end: Int64, totals: [Int64]) -> [Int64] {
        let dayStart = day * Self.day
        let m0 = (start - dayStart) / 60
        let m1 = (end - dayStart) / 60
        if series.endpoint.isGauge { return end > start ? totals : totals.map { _ in 0 } }
        let a = cumulative(series, totals: totals, minute: m0)
        let b = cumulative(series, totals: totals, minute: m1)
        return zip(b, a).map { $0 - $1 }
    }
}
