import Foundation
import Dashboard
import UsageCore

/// Alerts and budgets over ``Fixture``'s organization for the Alerts and Limits page tests:
/// two firing threshold alerts (50 % and 75 % of a $500 local budget), one snoozed spike, one
/// acknowledged and one resolved sync alert.
enum AlertFixture {
    static let now = Fixture.now
    static let hour = UTCCalendar.secondsPerHour

    static func threshold(_ percent: Int, state: AlertState, firedAt: UnixSeconds, acknowledgedAt: UnixSeconds? = nil) -> AlertRecord {
        let budget = Budget(scope: .org, amount: USD(500), source: .local)
        let t = Threshold(budget: budget, percent: percent)
        return AlertRecord(key: AlertKey(rule: .threshold, scope: .org, threshold: t.code, period: "2026-11"),
                           state: state, firedAt: firedAt, acknowledgedAt: acknowledgedAt,
                           message: "Organization spend passed \(t.label)", notified: true)
    }

    static let firing75 = threshold(75, state: .firing, firedAt: now - 2 * hour)
    static let firing50 = threshold(50, state: .firing, firedAt: now - 30 * hour)
    static let acked25 = threshold(25, state: .acknowledged(at: now - 40 * hour), firedAt: now - 50 * hour, acknowledgedAt: now - 40 * hour)
    static let snoozedSpike = AlertRecord(
        key: AlertKey(rule: .spike, scope: .key("key_ci"), period: "2026-11-29"), state: .snoozed(until: now + 3 * hour),
        firedAt: now - hour, message: "Key ci-runner spent $9.00 today, vs a median of $2.00 a day over the previous 14 days", notified: true)
    static let resolvedSync = AlertRecord(
        key: AlertKey(rule: .syncFailing, scope: .org, period: String(now - 9 * 24 * hour)), state: .resolved(at: now - 9 * 24 * hour + 180),
        firedAt: now - 9 * 24 * hour + 60, message: "Sync failing: rate limited (retry at Nov 20 02:12 UTC)", notified: true)

    static let all = [resolvedSync, firing50, acked25, snoozedSpike, firing75]

    /// The fixture snapshot with `alerts` and `budgets`.
    static func snapshot(alerts: [AlertRecord] = all, budgets: BudgetSettings = BudgetSettings()) -> DashboardSnapshot {
        var s = Fixture.snapshot()
        s.alerts = alerts
        s.budgetSettings = budgets
        return s
    }

    /// A state on `page` showing `alerts`.
    static func state(page: Page = .alerts, alerts: [AlertRecord] = all, budgets: BudgetSettings = BudgetSettings(),
                      width: Int = 80, height: Int = 24) -> AppState {
        Fixture.state(page: page, width: width, height: height, snapshot: snapshot(alerts: alerts, budgets: budgets))
    }
}
