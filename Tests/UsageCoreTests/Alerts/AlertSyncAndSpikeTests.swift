import Foundation
import Testing
@testable import UsageCore

@Suite("Alert engine: spikes, forecasts, stale data, failing sync")
struct AlertSyncAndSpikeTests {
    static let now = Fixture.nov(20) + 15 * 3_600

    // MARK: - Spike

    static func key(today: String?, history: [String?], createdDaysAgo: Int64 = 60) -> AlertInput {
        let key = KeyDailySpend(keyID: "key_a", label: "ci-runner",
                                createdAt: UTCCalendar.startOfDay(now) - createdDaysAgo * Fixture.day,
                                today: today.map(AlertFixture.usd), previousDays: history.map { $0.map(AlertFixture.usd) })
        return AlertInput(now: now, budgets: [], spend: [:], keys: [key], sync: AlertFixture.healthy(at: now))
    }

    static let steady: [String?] = Array(repeating: "1", count: 14)

    @Test("spike: today ≥ 3 × the median of the previous 14 days and ≥ $1; little history never spikes",
          arguments: [
            (key(today: "3", history: steady), true),
            (key(today: "2.99", history: steady), false),
            // Median of seven 0.1 and seven 0.5 is 0.3: 0.9 would be 3×, but it is under $1.
            (key(today: "0.9", history: Array(repeating: "0.1", count: 7) + Array(repeating: "0.5", count: 7)), false),
            (key(today: "1.5", history: Array(repeating: "0.1", count: 7) + Array(repeating: "0.5", count: 7)), true),
            // An idle key that suddenly spends.
            (key(today: "5", history: Array(repeating: "0", count: 14)), true),
            // Created 3 days ago: no 7 days of history.
            (key(today: "50", history: Array(repeating: "0", count: 14), createdDaysAgo: 3), false),
            // Only 6 days with data.
            (key(today: "50", history: Array(repeating: nil, count: 8) + Array(repeating: "1", count: 6)), false),
            (key(today: nil, history: steady), false),
          ])
    func spike(input: AlertInput, fires: Bool) {
        let fired = AlertEngine.evaluate(input: input, previous: [], now: Self.now, config: AlertRules()).newlyFired
        #expect(fired.map(\.key) == (fires ? [AlertKey(rule: .spike, scope: .key("key_a"), period: "2026-11-20")] : []))
    }

    @Test("a spike resolves when the day ends, and spiking the next day is a new alert")
    func spikeNextDay() {
        let today = Self.key(today: "3", history: Self.steady)
        var tomorrow = Self.key(today: "3", history: Self.steady)
        tomorrow.now += Fixture.day
        tomorrow.sync = AlertFixture.healthy(at: tomorrow.now)
        let runs = AlertFixture.run([today, tomorrow], rules: AlertRules())
        #expect(runs[1].newlyFired.map(\.key.period) == ["2026-11-21"])
        #expect(runs[1].records.map(\.state.name) == ["resolved", "firing"])
    }

    // MARK: - Forecast

    @Test("forecast: fires when the month-to-date pace reaches a budget before month end",
          arguments: [("200", true), ("100", false), ("500", false), ("0", false)])
    func forecast(mtd: String, fires: Bool) {
        // Nov 10 12:00 UTC: 9.5 days elapsed; $200 → $631.58 by Nov 30; $100 → $315.79.
        let now = Fixture.nov(10) + 12 * 3_600
        let input = AlertFixture.org(now: now, mtd: mtd, budgets: [AlertFixture.orgBudget("500", source: .apiLimit)])
        let fired = AlertEngine.evaluate(input: input, previous: [], now: now,
                                         config: AlertRules(threshold: false, spike: false)).newlyFired
        #expect(fired.map(\.key) == (fires ? [AlertKey(rule: .forecast, scope: .org, threshold: "api_limit:100%:500",
                                                       period: "2026-11")] : []))
        if fires {
            #expect(fired[0].message == "Organization on pace for $631.58 this month: crosses the $500.00 API limit on Nov 24")
        }
    }

    @Test("forecasts ignore API spend alerts")
    func forecastSkipsSpendAlerts() {
        let now = Fixture.nov(10) + 12 * 3_600
        let input = AlertFixture.org(now: now, mtd: "200", budgets: [AlertFixture.orgBudget("500", source: .apiSpendAlert)])
        #expect(AlertEngine.evaluate(input: input, previous: [], now: now, config: AlertRules(threshold: false)).records.isEmpty)
    }

    // MARK: - Stale and sync failing

    static func sync(_ state: SyncState, lastSuccess: UnixSeconds?, at now: UnixSeconds) -> AlertInput {
        AlertInput(now: now, budgets: [], spend: [:], sync: SyncStatus(state: state, lastSuccess: lastSuccess, datasets: []))
    }

    @Test("stale: fires once the last success is older than stale_after_minutes",
          arguments: [(29, false), (30, true), (600, true)])
    func stale(minutes: Int64, fires: Bool) {
        let last = Self.now - minutes * 60
        let fired = AlertEngine.evaluate(input: Self.sync(.ok, lastSuccess: last, at: Self.now), previous: [], now: Self.now,
                                         config: AlertRules(syncFailing: false, staleAfterMinutes: 30)).newlyFired
        #expect(fired.map(\.key) == (fires ? [AlertKey(rule: .stale, scope: .org, period: String(last))] : []))
    }

    @Test("a never-synced cache is not stale")
    func neverSyncedIsNotStale() {
        let input = Self.sync(.noData, lastSuccess: nil, at: Self.now)
        #expect(AlertEngine.evaluate(input: input, previous: [], now: Self.now, config: AlertRules()).records.isEmpty)
    }

    @Test("sync failing: one alert per outage; recovery resolves it; a new outage is a new alert")
    func outages() {
        let t0 = Self.now
        let runs = AlertFixture.run([
            Self.sync(.offline(message: "connection refused"), lastSuccess: t0 - 120, at: t0),
            Self.sync(.rateLimited(retryAt: t0 + 90), lastSuccess: t0 - 120, at: t0 + 60),
            Self.sync(.syncing, lastSuccess: t0 - 120, at: t0 + 120),
            Self.sync(.ok, lastSuccess: t0 + 180, at: t0 + 180),
            Self.sync(.failing(message: "HTTP 500 from sk-admin-test1234567890abcd"), lastSuccess: t0 + 180, at: t0 + 240),
        ], rules: AlertRules(stale: false))
        #expect(runs.map(\.newlyFired.count) == [1, 0, 0, 0, 1])
        #expect(runs[0].newlyFired[0].key == AlertKey(rule: .syncFailing, scope: .org, period: String(t0 - 120)))
        #expect(runs[0].newlyFired[0].message == "Sync failing: offline: connection refused")
        #expect(runs[2].records.map(\.state) == [.firing])          // undecided while a poll runs
        #expect(runs[3].records.map(\.state) == [.resolved(at: t0 + 180)])
        #expect(runs[4].newlyFired[0].key.period == String(t0 + 180))
        #expect(!runs[4].newlyFired[0].message.contains("sk-admin-test1234567890abcd"))
    }

    @Test("every rule can be switched off",
          arguments: AlertRule.allCases)
    func switchedOff(rule: AlertRule) {
        let now = Fixture.nov(10) + 12 * 3_600
        var input = AlertFixture.org(now: now, mtd: "300", budgets: [AlertFixture.orgBudget("500")])
        input.keys = Self.key(today: "3", history: Self.steady).keys
        input.sync = SyncStatus(state: .failing(message: "boom"), lastSuccess: now - 3_600, datasets: [])
        var rules = AlertRules()
        let all = Set(AlertEngine.evaluate(input: input, previous: [], now: now, config: rules).newlyFired.map(\.key.rule))
        #expect(all == Set(AlertRule.allCases))
        switch rule {
        case .threshold: rules.threshold = false
        case .forecast: rules.forecast = false
        case .spike: rules.spike = false
        case .stale: rules.stale = false
        case .syncFailing: rules.syncFailing = false
        }
        #expect(!rules.isEnabled(rule))
        let fired = Set(AlertEngine.evaluate(input: input, previous: [], now: now, config: rules).newlyFired.map(\.key.rule))
        #expect(fired == Set(AlertRule.allCases).subtracting([rule]))
    }
}
