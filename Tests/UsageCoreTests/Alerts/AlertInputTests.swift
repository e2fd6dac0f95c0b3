import Foundation
import Testing
@testable import UsageCore

@Suite("AlertInput from a DashboardSnapshot")
struct AlertInputTests {
    static let now = Fixture.nov(20) + 6 * 3_600

    /// A snapshot covering Nov 1–20 with org, one project and one key.
    static func snapshot() -> DashboardSnapshot {
        let days = (1...20).map { Fixture.nov($0) }
        let usd = AlertFixture.usd
        var snapshot = DashboardSnapshot.empty(source: SourceInfo(profile: "default", host: "api.openai.com", isDemo: false),
                                               now: now)
        snapshot.sync = AlertFixture.healthy(at: now)
        snapshot.days = days
        snapshot.dailyTotals = days.map { DayFigures(day: $0, cost: usd("10"), activity: nil) }
        snapshot.limits = LimitsSummary(
            monthToDate: usd("200"),
            spendLimit: SpendLimit(projectID: nil, threshold: USD(cents: 50_000), enforcement: "enforcing"),
            spendAlerts: [SpendAlert(id: "alert_1", projectID: nil, threshold: USD(cents: 30_000))])
        snapshot.projects = [ProjectSummary(
            project: Project(id: "proj_a", name: "Search", createdAt: 0), monthToDate: usd("40"),
            spendLimit: nil, spendAlerts: [], monthDaily: Array(repeating: usd("2"), count: 20))]
        let key = APIKey(id: "key_a", kind: .project, name: "", redactedValue: "sk-proj-…9f2c", projectID: "proj_a",
                         createdAt: Fixture.nov(-40), lastUsedAt: nil, owner: nil)
        snapshot.keys = [KeySummary(key: key, projectName: "Search", monthToDate: usd("25"), spendIsEstimate: false,
                                    monthActivity: .zero, last14DaysTokens: [], last14DaysSpend: [])]
        snapshot.series = [.apiKey: [GroupSeries(id: "key_a", label: "key_a",
                                                 cost: days.map { $0 == Fixture.nov(20) ? usd("6") : usd("1") },
                                                 activity: [])]]
        return snapshot
    }

    @Test("budgets come from the API and the config; spend and key history from the snapshot")
    func fromSnapshot() {
        let local = BudgetSettings(org: AlertFixture.usd("400"), projects: ["proj_a": AlertFixture.usd("120")],
                                   keys: ["key_a": AlertFixture.usd("10")], thresholds: [90, 50])
        let input = AlertInput.from(snapshot: Self.snapshot(), budgets: local)
        #expect(input.now == Self.now)
        #expect(input.thresholdPercents == [50, 90])
        #expect(input.budgets.map { "\($0.scope.code) \($0.source.rawValue) \($0.amount.value)" } == [
            "org api_limit 500", "org api_spend_alert 300", "org local 400",
            "project:proj_a local 120", "key:key_a local 10",
        ])
        #expect(input.budgets.first?.isEnforcing == true)
        #expect(input.spend[.org]?.monthToDate == AlertFixture.usd("200"))
        #expect(input.spend[.org]?.completeDays.count == 19)
        #expect(input.spend[.org]?.monthDaily.count == 20)
        #expect(input.spend[.project("proj_a")]?.label == "Search")
        #expect(input.spend[.project("proj_a")]?.completeDays.count == 19)
        let key = input.keys.first
        #expect(key?.label == "sk-proj-…9f2c")
        #expect(key?.today == AlertFixture.usd("6"))
        #expect(key?.previousDays.count == 14)
        #expect(input.spend[.key("key_a")]?.monthDaily.count == 20)
        #expect(input.spend[.key("key_a")]?.monthToDate == AlertFixture.usd("25"))
    }

    @Test("the engine runs end to end on a snapshot")
    func engineOnSnapshot() {
        let input = AlertInput.from(snapshot: Self.snapshot(), budgets: BudgetSettings(keys: ["key_a": AlertFixture.usd("20")]))
        let fired = AlertEngine.evaluate(input: input, previous: [], now: Self.now, config: AlertRules()).newlyFired
        #expect(Set(fired.map(\.id)) == [
            "threshold|key:key_a|local:50%:20|2026-11", "threshold|key:key_a|local:75%:20|2026-11",
            "threshold|key:key_a|local:90%:20|2026-11", "threshold|key:key_a|local:100%:20|2026-11",
            "spike|key:key_a||2026-11-20",
        ])
        #expect(fired.count == 5)
    }
}
