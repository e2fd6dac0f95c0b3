// MARK: - Per-request memo

/// Memo of daily totals for one request (not shared, so no locking).
struct SimTotalsMemo {
    private var memo: [Int64: [Int64]] = [:]

    /// The totals of series number `index` on `day`, computed once per request.
    mutating func totals(_ traffic: SimTraffic, _ series: SimSeries, index: Int, day: Int64) -> [Int64] {
        let key = day &* 4096 &+ Int64(index)
        if let hit = memo[key] { return hit }
        let value = traffic.dailyTotals(series, day: day)
        memo[key] = value
        return value
    }
}
