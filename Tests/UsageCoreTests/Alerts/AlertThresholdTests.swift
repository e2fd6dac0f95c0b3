import Foundation
import Testing
@testable import UsageCore

@Suite("Alert engine: budget thresholds")
struct AlertThresholdTests {
    static let now = Fixture.nov(15) + 12 * 3_600

    @Test("each threshold reached fires once, all reached in one poll fire together",
          arguments: [
            ("249.99", [Int]()), ("250", [50]), ("374.99", [50]), ("375", [50, 75]),
            ("450", [50, 75, 90]), ("500", [50, 75, 90, 100]), ("9000", [50, 75, 90, 100]),
          ])
    func firesReachedThresholds(mtd: String, expected: [Int]) {
        let input = AlertFixture.org(now: Self.now, mtd: mtd, budgets: [AlertFixture.orgBudget("500")])
        let first = AlertEngine.evaluate(input: input, previous: [], now: Self.now, config: AlertFixture.thresholdsOnly)
        #expect(first.newlyFired.map(\.key.threshold) == expected.map { "local:\($0)%:500" })
        #expect(first.newlyFired.allSatisfy { $0.key.rule == .threshold && $0.key.period == "2026-11" && $0.state == .firing })
        // The same spend one poll later fires nothing new.
        let later = Self.now + 60
        let second = AlertEngine.evaluate(input: AlertFixture.org(now: later, mtd: mtd, budgets: [AlertFixture.orgBudget("500")]),
                                          previous: first.delivered, now: later, config: AlertFixture.thresholdsOnly)
        #expect(second.newlyFired.isEmpty)
        #expect(second.changed.isEmpty)
        #expect(second.records.count == expected.count)
    }

    @Test("a local org budget crossed at 50/75/90/100 % over four polls gives exactly four alerts, each notified once")
    func fourPollsFourAlerts() {
        let spends = [("260", 5), ("380", 12), ("455", 20), ("501", 26)]
        let inputs = spends.map { mtd, day in
            AlertFixture.org(now: Fixture.nov(day) + 3_600, mtd: mtd, budgets: [AlertFixture.orgBudget("500")])
        }
        let evaluations = AlertFixture.run(inputs + [inputs[3]], rules: AlertRules(forecast: false, spike: false))
        #expect(evaluations.map { $0.newlyFired.map(\.key.threshold) } == [
            ["local:50%:500"], ["local:75%:500"], ["local:90%:500"], ["local:100%:500"], [],
        ])
        let all = evaluations.flatMap(\.newlyFired)
        #expect(all.count == 4)
        #expect(Set(all.map(\.id)).count == 4)
        #expect(evaluations.last!.records.count == 4)
        #expect(evaluations.last!.records.allSatisfy { $0.state == .firing && $0.notified })
    }

    @Test("an API limit and a local budget on the same scope are separate alerts that say which is which")
    func apiAndLocal() {
        let budgets = [AlertFixture.orgBudget("500", source: .apiLimit), AlertFixture.orgBudget("400"),
                       AlertFixture.orgBudget("350", source: .apiSpendAlert)]
        let input = AlertFixture.org(now: Self.now, mtd: "380", budgets: budgets, percents: [75])
        let fired = AlertEngine.evaluate(input: input, previous: [], now: Self.now, config: AlertFixture.thresholdsOnly).newlyFired
        #expect(fired.map(\.key.threshold).sorted() == ["api_limit:75%:500", "api_spend_alert:350", "local:75%:400"].sorted())
        #expect(fired.first { $0.key.threshold == "api_limit:75%:500" }?.message
                == "Organization spend $380.00 passed 75 % of $500.00 API limit")
        #expect(fired.first { $0.key.threshold == "local:75%:400" }?.message
                == "Organization spend $380.00 passed 75 % of $400.00 local budget")
        #expect(fired.first { $0.key.threshold == "api_spend_alert:350" }?.message
                == "Organization spend $380.00 passed $350.00 API spend alert")
    }

    @Test("project and key budgets fire on their own scope")
    func projectAndKeyScopes() {
        let input = AlertInput(
            now: Self.now,
            budgets: [Budget(scope: .project("proj_a"), amount: AlertFixture.usd("100"), source: .local),
                      Budget(scope: .key("key_a"), amount: AlertFixture.usd("10"), source: .local)],
            thresholdPercents: [100],
            spend: [.project("proj_a"): ScopeSpend(label: "Search", monthToDate: AlertFixture.usd("99.99")),
                    .key("key_a"): ScopeSpend(label: "ci-runner", monthToDate: AlertFixture.usd("12.40"))])
        let fired = AlertEngine.evaluate(input: input, previous: [], now: Self.now, config: AlertFixture.thresholdsOnly).newlyFired
        #expect(fired.map(\.key.scope) == [.key("key_a")])
        #expect(fired.first?.message == "ci-runner spend $12.40 passed 100 % of $10.00 local budget")
    }

    @Test("a scope without spend data never fires")
    func noData() {
        let input = AlertInput(now: Self.now, budgets: [AlertFixture.orgBudget("1")], spend: [:])
        #expect(AlertEngine.evaluate(input: input, previous: [], now: Self.now, config: AlertRules()).records.isEmpty)
    }
}
