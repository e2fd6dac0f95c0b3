// MARK: - Threshold crossings of a budget

/// When month-to-date billed spend reaches one percentage of a budget (see
/// ``SimOrganization/budgetCrossings(budgetCents:percents:after:)``).
public struct SimBudgetCrossing: Sendable, Equatable {
    /// The threshold, in percent of the budget (e.g. 75).
    public let percent: Int
    /// The threshold amount, in US cents (`budget × percent / 100`, rounded down).
    public let amountCents: Int64
    /// The first simulated minute boundary (Unix seconds, UTC) at which month-to-date spend
    /// reaches the amount; `nil` when it does not before the month ends. Equal to the start when
    /// spend was already at or above the amount.
    public let time: Int64?
}

extension SimOrganization {
    /// The usual budget thresholds, in percent.
    public static let defaultBudgetPercents = [50, 75, 90, 100]

    /// When month-to-date billed spend of `start`'s UTC month reaches each of `percents` of
    /// `budgetCents` (US cents), searching from `start` (Unix seconds, UTC) to the month's end.
    /// A threshold already reached at `start` reports `start` itself.
    public func budgetCrossings(budgetCents: Int64, percents: [Int] = defaultBudgetPercents,
                                after start: Int64) -> [SimBudgetCrossing] {
        let monthStart = Self.monthStart(of: start)
        let spentCents = billedCostPico(from: monthStart, to: start) / (picoPerUSD / 100)
        return percents.map { percent in
            let amount = budgetCents * Int64(percent) / 100
            let time = spentCents >= amount ? start : monthToDateCrossing(amountCents: amount, after: start)
            return SimBudgetCrossing(percent: percent, amountCents: amount, time: time)
        }
    }
}
