import Foundation

// MARK: - Bills

extension SimOrganization {
    /// The billed rows of every series in `[start, end)`, which must lie within one UTC day
    /// (`end` may be the next midnight). Internal building block of the costs endpoint.
    func costRows(start: Int64, end: Int64, memo: inout SimTotalsMemo) -> [SimCostRow] {
        guard end > start else { return [] }
        let day = start / SimTraffic.day
        let dayStart = day * SimTraffic.day
        let wholeDay = start == dayStart && end == dayStart + SimTraffic.day
        if wholeDay, let cached = costCache.rows(day: day) { return cached }
        let rows = SimBilling.rows(series: series, traffic: traffic, start: start, end: end, memo: &memo)
        if wholeDay { costCache.store(day: day, rows: rows) }
        return rows
    }

    /// The organization's total billed cost in `[start, end)` (Unix seconds, UTC; `end`
    /// exclusive), in US dollars, exact. This is what `/organization/costs` sums to over the same
    /// window; the caller keeps `end` at or before the simulated "now".
    public func billedCost(from start: Int64, to end: Int64) -> Decimal {
        billedCostPico(from: start, to: end).decimalUSD
    }

    /// ``billedCost(from:to:)`` in pico-dollars.
    func billedCostPico(from start: Int64, to end: Int64) -> PicoUSD {
        var memo = SimTotalsMemo()
        var total: PicoUSD = 0
        var cursor = start
        while cursor < end {
            let next = min(end, (cursor / SimTraffic.day + 1) * SimTraffic.day)
            total += costRows(start: cursor, end: next, memo: &memo).reduce(0) { $0 + $1.amount }
            cursor = next
        }
        return total
    }
}
