// MARK: - Daily rhythm

/// Hour-of-day weights (UTC) shaping when a series' daily total accrues.
struct SimHourlyProfile: Sendable {
    /// 24 positive integer weights, hour 0 = 00:00–01:00 UTC.
    let weights: [Int64]
    /// Cumulative weight × 60 at the start of each hour (25 entries).
    let cumulative: [Int64]

    /// A profile from 24 hourly weights.
    init(_ weights: [Int64]) {
        precondition(weights.count == 24)
        self.weights = weights
        var acc: [Int64] = [0]
        for w in weights { acc.append(acc.last! + w * 60) }
        self.cumulative = acc
    }

    /// Total weight × 60 over the day (the denominator of ``weight(throughMinute:)``).
    var total: Int64 { cumulative[24] }

    /// Cumulative weight of minutes `[0, minute)` of the day, `minute` in 0...1440.
    func weight(throughMinute minute: Int64) -> Int64 {
        if minute >= 1440 { return total }
        if minute <= 0 { return 0 }
        let hour = Int(minute / 60)
        return cumulative[hour] + weights[hour] * (minute % 60)
    }

    /// People at work, peaking in the US/EU afternoon overlap (UTC).
    static let business = SimHourlyProfile([2, 1, 1, 1, 1, 2, 3, 5, 8, 10, 11, 12, 13, 14, 15, 15, 14, 13, 11, 9, 7, 5, 4, 3])
    /// Services: nearly flat, a little busier by day.
    static let service = SimHourlyProfile([8, 8, 7, 7, 7, 8, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 9, 9, 8])
    /// Batch jobs that run around 02:00 UTC.
    static let nightly = SimHourlyProfile([12, 14, 16, 16, 14, 10, 6, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 6, 8, 10])
    /// CI: office hours, two peaks.
    static let workday = SimHourlyProfile([1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 14, 12, 10, 12, 14, 14, 12, 10, 8, 6, 4, 2, 1, 1])
}
