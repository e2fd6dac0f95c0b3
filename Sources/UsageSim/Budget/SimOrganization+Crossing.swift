import Foundation

// MARK: - When spend crosses a threshold

extension SimOrganization {
    /// The first whole simulated minute `t` after `start` (Unix seconds, UTC) at which the
    /// month-to-date billed spend, `billedCost(from: month start, to: t)`, reaches `amountCents`
    /// (US cents); `nil` if it does not before the end of `start`'s UTC month. `t` is a minute
    /// boundary: the first `end_time` at which `/organization/costs` sums to the amount.
    ///
    /// Month-to-date spend only grows within a month, so this is a binary search over minutes.
    /// Used to print and test when a budget-share run crosses 50/75/90/100 %.
    public func monthToDateCrossing(amountCents: Int64, after start: Int64) -> Int64? {
        let day = SimTraffic.day
        let monthStart = SimCalendar.monthStart(day: start / day) * day
        let monthEnd = SimCalendar.nextMonthStart(day: start / day) * day
        let amount = amountCents * (picoPerUSD / 100)
        func reached(_ t: Int64) -> Bool { billedCostPico(from: monthStart, to: t) >= amount }
        var lo = (start / 60 + 1) * 60  // first minute boundary after start
        var hi = monthEnd
        guard lo <= hi, reached(hi) else { return nil }
        while lo < hi {
            let mid = (lo / 60 + (hi / 60 - lo / 60) / 2) * 60
            if reached(mid) { hi = mid } else { lo = mid + 60 }
        }
        return lo
    }

    /// The first day (00:00 UTC, Unix seconds) of the UTC month after the one containing `time`.
    public static func nextMonthStart(after time: Int64) -> Int64 {
        SimCalendar.nextMonthStart(day: time / SimTraffic.day) * SimTraffic.day
    }

    /// The first day (00:00 UTC, Unix seconds) of the UTC month containing `time`.
    public static func monthStart(of time: Int64) -> Int64 {
        SimCalendar.monthStart(day: time / SimTraffic.day) * SimTraffic.day
    }
}
