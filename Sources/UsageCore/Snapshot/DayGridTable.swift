/// Figures per group per day on a ``DayGrid``, as both the billed ``DailyTable`` and the
/// token × price ``EstimateTable`` hold them: money in whole nano-dollars (10⁻⁹ USD, exact) and
/// activity, with a flag per day for whether any bucket is cached (*no data* versus zero).
protocol DayGridTable {
    /// Whether a bucket is cached for each day of the grid.
    var present: [Bool] { get }
    /// Nano-dollars per group per day (`nil` group = the API's `null`).
    var cost: [String?: [Int64]] { get }
    /// Activity per group per day.
    var activity: [String?: [Activity]] { get }
}

extension DayGridTable {
    /// Money of `group` per day: `nil` where no bucket is cached, zero where the bucket lacks the group.
    func costSeries(_ group: String?) -> [USD?] {
        let values = cost[group]
        return present.indices.map { present[$0] ? Nanodollars.usd(values?[$0] ?? 0) : nil }
    }

    /// Activity of `group` per day: `nil` where no bucket is cached.
    func activitySeries(_ group: String?) -> [Activity?] {
        let values = activity[group]
        return present.indices.map { present[$0] ? (values?[$0] ?? .zero) : nil }
    }

    /// Money of `group` in nano-dollars summed over every day (for ordering).
    func costNanosTotal(_ group: String?) -> Int64 { cost[group]?.reduce(0, +) ?? 0 }

    /// Money of `group` summed over `range` of day indices; `nil` when no day in it has a bucket.
    func costTotal(_ group: String?, days range: Range<Int>) -> USD? {
        let r = range.clamped(to: present.indices)
        guard r.contains(where: { present[$0] }) else { return nil }
        guard let values = cost[group] else { return .zero }
        return Nanodollars.usd(r.reduce(Int64(0)) { $0 + values[$1] })
    }
}
