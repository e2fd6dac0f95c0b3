import Foundation
import Testing
@testable import UsageCore

@Suite("CheckResult: monitoring-plugin verdicts and the status line text")
struct CheckResultTests {
    static let now = Fixture.nov(20) + 12 * 3_600
    static let limit = Budget(scope: .org, amount: USD(500), source: .apiLimit, isEnforcing: true)

    static func input(mtd: String?, budgets: [Budget] = [limit], lastSuccess: UnixSeconds? = now,
                      project: String? = nil) -> AlertInput {
        var spend: [AlertScope: ScopeSpend] = [:]
        if let mtd { spend[.org] = ScopeSpend(label: "Organization", monthToDate: AlertFixture.usd(mtd)) }
        if let project { spend[.project("proj_a")] = ScopeSpend(label: "Search", monthToDate: AlertFixture.usd(project)) }
        return AlertInput(now: now, budgets: budgets, spend: spend,
                          sync: SyncStatus(state: .ok, lastSuccess: lastSuccess, datasets: []))
    }

    static func firing(_ n: Int) -> [AlertRecord] {
        (0..<n).map { i in
            AlertRecord(key: AlertKey(rule: .threshold, scope: .org, threshold: "api_limit:\(i)%:500", period: "2026-11"),
                        state: .firing, firedAt: now, message: "m")
        }
    }

    @Test("status by spend against limits and budgets", arguments: [
        ("100.00", CheckResult.Status.ok), ("249.99", .ok), ("250.00", .warning), ("499.99", .warning),
        ("500.00", .critical), ("731.20", .critical),
    ])
    func statuses(mtd: String, expected: CheckResult.Status) {
        #expect(CheckResult.evaluate(input: Self.input(mtd: mtd), alerts: [], staleAfterMinutes: 30).status == expected)
    }

    @Test("the line names the worst budget, the firing count, and carries perfdata")
    func line() {
        let result = CheckResult.evaluate(input: Self.input(mtd: "412.37"), alerts: Self.firing(2), staleAfterMinutes: 30)
        #expect(result.line == "USAGETOP WARNING - Organization $412.37 = 82 % of $500.00 API limit; 2 alerts | "
                + "spend_usd=412.37;250;500;0; alerts=2;;;0; age_s=0;;;0;")
    }

    @Test("a project budget reached is critical even when the org is fine")
    func projectCritical() {
        let budgets = [Self.limit, Budget(scope: .project("proj_a"), amount: USD(40), source: .local)]
        let result = CheckResult.evaluate(input: Self.input(mtd: "100", budgets: budgets, project: "41"), alerts: [],
                                          staleAfterMinutes: 30)
        #expect(result.status == .critical)
        #expect(result.summary == "Search $41.00 = 102 % of $40.00 local budget")
        #expect(result.perfdata.contains("spend_usd_project_proj_a=41;20;40;0;"))
    }

    @Test("an API spend alert reached is a warning, not critical")
    func spendAlertWarns() {
        let budgets = [Budget(scope: .org, amount: USD(300), source: .apiSpendAlert)]
        #expect(CheckResult.evaluate(input: Self.input(mtd: "310", budgets: budgets), alerts: [], staleAfterMinutes: 30).status
                == .warning)
    }

    @Test("no data, never synced and a stale cache are UNKNOWN")
    func unknown() {
        #expect(CheckResult.evaluate(input: Self.input(mtd: nil), alerts: [], staleAfterMinutes: 30).status == .unknown)
        #expect(CheckResult.evaluate(input: Self.input(mtd: "1", lastSuccess: nil), alerts: [], staleAfterMinutes: 30).status
                == .unknown)
        let stale = CheckResult.evaluate(input: Self.input(mtd: "600", lastSuccess: Self.now - 1_800), alerts: [],
                                         staleAfterMinutes: 30)
        #expect(stale.status == .unknown)
        #expect(stale.line == "USAGETOP UNKNOWN - stale cache: last successful sync 30 min ago")
        #expect(CheckResult.unknown("bad\nkey sk-admin-fakeabcdefghijklmnrstu").line
                == "USAGETOP UNKNOWN - bad key sk-…rstu")
    }

    @Test("no budget at all is OK with the month-to-date spend")
    func noBudget() {
        let result = CheckResult.evaluate(input: Self.input(mtd: "12.5", budgets: []), alerts: [], staleAfterMinutes: 30)
        #expect(result.status == .ok)
        #expect(result.summary == "Organization $12.50 this month, no budget set")
    }

    @Test("status-line text: tightest budget, alerts, age and staleness")
    func statusLineText() {
        let facts = StatusLineFacts(monthToDate: AlertFixture.usd("412.37"), orgSpendLimit: USD(1_000), unacknowledged: 2,
                                    lastSuccess: Self.now - 180)
        #expect(facts.text(localOrgBudget: USD(500), now: Self.now, staleAfterMinutes: 30)
                == "$412.37 MTD | 82% of $500.00 | 2 alerts | 3m ago")
        #expect(facts.text(localOrgBudget: nil, now: Self.now + 7_200, staleAfterMinutes: 30)
                == "$412.37 MTD | 41% of $1,000.00 | 2 alerts | stale 2h")
        let quiet = StatusLineFacts(monthToDate: .zero, orgSpendLimit: nil, unacknowledged: 0, lastSuccess: nil)
        #expect(quiet.text(localOrgBudget: nil, now: Self.now, staleAfterMinutes: 30) == "$0.00 MTD | never synced")
        let empty = StatusLineFacts(monthToDate: nil, orgSpendLimit: nil, unacknowledged: 0, lastSuccess: nil)
        #expect(empty.text(localOrgBudget: USD(5), now: Self.now, staleAfterMinutes: 30) == "usagetop: no data")
    }
}
