import Foundation

// MARK: - Rule conditions

extension AlertEngine {
    /// Threshold rule: month-to-date spend of a scope ≥ a threshold of one of its budgets.
    /// Every threshold reached is its own alert (reaching 50 % and 75 % in one poll gives two).
    static func thresholdConditions(_ input: AlertInput, now: UnixSeconds) -> [AlertCondition] {
        let period = UTCCalendar.monthKey(now)
        var out: [AlertCondition] = []
        for budget in input.budgets {
            guard let spend = input.spend[budget.scope] else { continue }
            for threshold in budget.thresholds(percents: input.thresholdPercents) where spend.monthToDate >= threshold.amount {
                out.append(AlertCondition(
                    key: AlertKey(rule: .threshold, scope: budget.scope, threshold: threshold.code, period: period),
                    message: "\(spend.label) spend \(spend.monthToDate.formatted) passed \(threshold.label)"))
            }
        }
        return out
    }

    /// Forecast rule: an API limit or local budget not reached yet, but reached before the month
    /// ends at the month-to-date pace (``SpendForecast/willCross(_:)``).
    static func forecastConditions(_ input: AlertInput, now: UnixSeconds) -> [AlertCondition] {
        let period = UTCCalendar.monthKey(now)
        var out: [AlertCondition] = []
        for budget in input.budgets where budget.takesPercentThresholds {
            guard let spend = input.spend[budget.scope] else { continue }
            let forecast = spend.forecast(now: now)
            guard case .on(let when) = forecast.crossing(budget.amount) else { continue }
            let threshold = Threshold(budget: budget, percent: 100)
            out.append(AlertCondition(
                key: AlertKey(rule: .forecast, scope: budget.scope, threshold: threshold.code, period: period),
                message: "\(spend.label) on pace for \(forecast.atMonthToDatePace.formatted) this month: "
                    + "crosses the \(budget.amount.formatted) \(budget.source.label) \(dayLabel(when))"))
        }
        return out
    }

    /// Spike rule: a key's spend today ≥ ``spikeMinimum`` and ≥ ``spikeFactor`` × its median
    /// daily spend over the previous ``spikeHistoryDays`` days, counting only days with data since
    /// the key was created, and only when there are at least ``spikeMinimumHistoryDays`` of them
    /// (``SpikeRule``, shared with the API keys page's flag).
    static func spikeConditions(_ input: AlertInput, now: UnixSeconds) -> [AlertCondition] {
        input.keys.compactMap { key in
            guard let spike = SpikeRule.evaluate(key, now: now) else { return nil }
            return AlertCondition(
                key: AlertKey(rule: .spike, scope: .key(key.keyID), period: UTCCalendar.dayKey(now)),
                message: "Key \(key.label) spent \(spike.today.formatted) today, "
                    + "vs a median of \(spike.median.formatted) a day over the previous \(spike.historyDays) days")
        }
    }

    /// Stale rule: the last full successful poll is at least `afterMinutes` old. Its period is the
    /// outage, named by that last success; a cache that never synced is *no data*, not stale.
    static func staleCondition(_ sync: SyncStatus, now: UnixSeconds, afterMinutes: Int) -> AlertCondition? {
        guard let last = sync.lastSuccess, now - last >= Int64(afterMinutes) * 60 else { return nil }
        let minutes = (now - last) / 60
        return AlertCondition(
            key: AlertKey(rule: .stale, scope: .org, period: String(last)),
            message: "Data is stale: last successful sync \(timeLabel(last)) (\(minutes) min ago)")
    }

    /// Sync-failing rule: the sync state is rate limited, offline, unauthorized or failing. Its
    /// period is the outage, named by the last success before it (`0` when none).
    static func syncFailingCondition(_ sync: SyncStatus) -> AlertCondition? {
        let detail: String
        switch sync.state {
        case .noData, .syncing, .ok:
            return nil
        case .rateLimited(let retryAt):
            detail = "rate limited (retry at \(timeLabel(retryAt)))"
        case .offline(let message):
            detail = "offline: \(message)"
        case .unauthorized(let message):
            detail = "unauthorized: \(message)"
        case .failing(let message):
            detail = message
        }
        return AlertCondition(
            key: AlertKey(rule: .syncFailing, scope: .org, period: String(sync.lastSuccess ?? 0)),
            message: Redaction.keyShaped.redact("Sync failing: " + detail))
    }

    // MARK: - Helpers

    /// The median of a non-empty list (mean of the two middle values when the count is even).
    static func median(_ values: [Decimal]) -> Decimal {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// `on Nov 24` (UTC day).
    static func dayLabel(_ t: UnixSeconds) -> String {
        let c = UTCCalendar.civil(t)
        return "on \(UTCCalendar.monthAbbreviation(c.month)) \(c.day)"
    }

    /// `Nov 24 09:12 UTC`.
    static func timeLabel(_ t: UnixSeconds) -> String {
        let c = UTCCalendar.civil(t)
        let secs = t - UTCCalendar.startOfDay(t)
        let h = secs / 3_600, m = (secs % 3_600) / 60
        return "\(UTCCalendar.monthAbbreviation(c.month)) \(c.day) \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m) UTC"
    }
}
