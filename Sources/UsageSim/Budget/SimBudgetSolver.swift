// MARK: - Solving the budget factors

/// Finds the ``SimBudgetScale`` that meets a ``SimBudgetShare`` at a start time.
///
/// The spend of `[start time, month end)` depends only on the burst factor, and the spend of the
/// month's days before the start day only on the calm factor, so each is fitted on its own: start
/// from the proportional guess (spend is nearly linear in the factor), then correct it a few
/// times against the exact bill (rounding to whole tokens and requests makes it not quite
/// linear). Result: each target met within about 0.1 % for budgets of a few dollars and up.
struct SimBudgetSolver {
    /// Every traffic series of the organization.
    let series: [SimSeries]
    /// The unscaled traffic model.
    let traffic: SimTraffic
    /// Simulated start time (Unix seconds, UTC).
    let startTime: Int64
    /// The targets.
    let share: SimBudgetShare

    /// Factors meeting the targets.
    /// - Throws: ``SimConfigurationError/budgetShare(_:)`` for a non-positive budget, shares out
    ///   of order, or targets this start time cannot meet (see the messages).
    func solve() throws(SimConfigurationError) -> SimBudgetScale {
        let s = share.startShare, e = share.monthEndShare
        guard share.budgetCents > 0 else { throw .budgetShare("--budget-usd must be greater than 0.") }
        guard s.isFinite, e.isFinite, s >= 0, e >= s else {
            throw .budgetShare("--start-share and --month-end-share must satisfy 0 ≤ start-share ≤ month-end-share.")
        }
        let day = SimTraffic.day
        let startDay = startTime / day
        let monthStart = SimCalendar.monthStart(day: startDay)
        let monthEnd = SimCalendar.nextMonthStart(day: startDay)
        let budget = Double(share.budgetPico)
        func cost(calm: Double, burst: Double, from: Int64, to: Int64) -> Double {
            var scaled = traffic
            scaled.scale = SimBudgetScale(burstFromDay: startDay, burstUntilDay: monthEnd, calm: calm, burst: burst)
            return Double(SimBilling.total(series: series, traffic: scaled, from: from, to: to))
        }

        guard let burst = Self.fit(target: budget * (e - s), { cost(calm: 0, burst: $0, from: startTime, to: monthEnd * day) })
        else { throw .budgetShare("The organization has no traffic between --now and the end of its month to scale.") }
        let todaySoFar = cost(calm: 0, burst: burst, from: startDay * day, to: startTime)
        let calmTarget = budget * s - todaySoFar
        guard calmTarget >= -0.01 * budget * s else {
            throw .budgetShare("The start day's own spend before --now already exceeds --start-share; "
                + "start at midnight UTC or raise --start-share.")
        }
        if monthStart == startDay {
            // No earlier day of the month to carry the month-to-date share: only today's spend so
            // far counts. The calm factor then makes the previous month bill half the budget.
            guard abs(calmTarget) <= 0.01 * budget * max(s, 0.01) else {
                throw .budgetShare("--start-share needs --now after the first day of its UTC month "
                    + "(no earlier day of the month carries month-to-date spend).")
            }
            let previousStart = SimCalendar.monthStart(day: monthStart - 1)
            let calm = Self.fit(target: budget / 2, { cost(calm: $0, burst: burst, from: previousStart * day, to: monthStart * day) })
            return SimBudgetScale(burstFromDay: startDay, burstUntilDay: monthEnd, calm: calm ?? 0, burst: burst)
        }
        guard let calm = Self.fit(target: max(0, calmTarget), { cost(calm: $0, burst: burst, from: monthStart * day, to: startDay * day) })
        else { throw .budgetShare("The organization has no traffic earlier in the month of --now to scale.") }
        return SimBudgetScale(burstFromDay: startDay, burstUntilDay: monthEnd, calm: calm, burst: burst)
    }

    /// The factor `f` with `cost(f) ≈ target` (pico-dollars), `0` for a zero target, `nil` when
    /// the unscaled cost is zero.
    static func fit(target: Double, _ cost: (Double) -> Double) -> Double? {
        guard target > 0 else { return 0 }
        let unit = cost(1)
        guard unit > 0 else { return nil }
        var factor = target / unit
        for _ in 0..<6 {
            let actual = cost(factor)
            guard actual > 0 else { break }
            let ratio = target / actual
            if abs(ratio - 1) < 0.0002 { break }
            factor *= ratio
        }
        return factor
    }
}
