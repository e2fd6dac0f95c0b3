import Foundation
import Testing
@testable import UsageCore

@Suite("Alert engine: acknowledge, snooze, resolve, re-arm")
struct AlertLifecycleTests {
    static let budget = [AlertFixture.orgBudget("100")]
    static let rules = AlertRules(forecast: false, spike: false)

    /// One 100 % alert, fired on Nov 10 and delivered.
    static func fired() -> AlertRecord {
        let now = Fixture.nov(10)
        let input = AlertFixture.org(now: now, mtd: "120", budgets: budget, percents: [100])
        return AlertEngine.evaluate(input: input, previous: [], now: now, config: rules).delivered[0]
    }

    @Test("an acknowledged alert stays quiet while its condition holds")
    func acknowledgedStaysQuiet() {
        var record = Self.fired()
        record.state = .acknowledged(at: Fixture.nov(10) + 60)
        record.acknowledgedAt = Fixture.nov(10) + 60
        let now = Fixture.nov(20)
        let evaluation = AlertEngine.evaluate(input: AlertFixture.org(now: now, mtd: "180", budgets: Self.budget, percents: [100]),
                                              previous: [record], now: now, config: Self.rules)
        #expect(evaluation.newlyFired.isEmpty)
        #expect(evaluation.changed.isEmpty)
        #expect(evaluation.records == [record])
    }

    @Test("a clock set back (restart with an earlier --now) leaves later alerts alone; a later evaluation decides again")
    func clockSetBack() {
        var record = Self.fired()  // fired Nov 10 at $120 of $100
        record.state = .acknowledged(at: Fixture.nov(10) + 60)
        record.acknowledgedAt = Fixture.nov(10) + 60
        // Back on Nov 5, month to date reads $40 (below 100 %): nothing changes.
        let early = Fixture.nov(5)
        let rewound = AlertEngine.evaluate(input: AlertFixture.org(now: early, mtd: "40", budgets: Self.budget, percents: [100]),
                                           previous: [record], now: early, config: Self.rules)
        #expect(rewound.changed.isEmpty)
        #expect(rewound.records == [record])
        // Once the clock is past the alert's events again, the rules apply as usual.
        let later = Fixture.nov(11)
        let resolved = AlertEngine.evaluate(input: AlertFixture.org(now: later, mtd: "40", budgets: Self.budget, percents: [100]),
                                            previous: [record], now: later, config: Self.rules)
        #expect(resolved.records.map(\.state.name) == ["resolved"])
    }

    /// (evaluate at, spend at that time, expected state name, re-notified)
    @Test("a snooze ends in firing (notified again) if the condition still holds, else in resolved",
          arguments: [
            (Fixture.nov(12) - 1, "120", "snoozed", false),
            (Fixture.nov(12), "120", "firing", true),
            (Fixture.nov(14), "120", "firing", true),
            (Fixture.nov(11), "0", "resolved", false),
            (Fixture.nov(14), "0", "resolved", false),
          ])
    func snoozeExpiry(at now: UnixSeconds, mtd: String, expected: String, notified: Bool) {
        var record = Self.fired()
        record.state = .snoozed(until: Fixture.nov(12))
        let evaluation = AlertEngine.evaluate(input: AlertFixture.org(now: now, mtd: mtd, budgets: Self.budget, percents: [100]),
                                              previous: [record], now: now, config: Self.rules)
        #expect(evaluation.records.map(\.state.name) == [expected])
        #expect(evaluation.newlyFired.map(\.id) == (notified ? [record.id] : []))
        if notified {
            #expect(evaluation.records[0].firedAt == now)
            #expect(!evaluation.records[0].notified)
        }
        if expected == "resolved" { #expect(evaluation.records[0].resolvedAt == now) }
    }

    @Test("a new month resolves last month's alerts and re-arms every threshold")
    func monthRollover() {
        let novInput = AlertFixture.org(now: Fixture.nov(28), mtd: "90", budgets: Self.budget, percents: [50, 75])
        let dec1 = Fixture.nov(31) + 3_600
        let decQuiet = AlertFixture.org(now: dec1, mtd: "10", budgets: Self.budget, percents: [50, 75])
        let decLater = AlertFixture.org(now: Fixture.nov(31 + 20), mtd: "80", budgets: Self.budget, percents: [50, 75])
        let runs = AlertFixture.run([novInput, decQuiet, decLater], rules: Self.rules)
        #expect(runs[0].newlyFired.map(\.key.period) == ["2026-11", "2026-11"])
        #expect(runs[1].newlyFired.isEmpty)
        #expect(runs[1].records.map(\.state) == [.resolved(at: dec1), .resolved(at: dec1)])
        #expect(runs[2].newlyFired.map(\.key.period) == ["2026-12", "2026-12"])
        #expect(runs[2].newlyFired.map(\.key.threshold) == ["local:50%:100", "local:75%:100"])
        #expect(runs[2].records.count == 4)
    }

    @Test("a resolved alert does not fire again in the same period")
    func resolvedIsFinal() {
        let budget500 = [AlertFixture.orgBudget("500")]
        let n = Fixture.nov(10)
        let runs = AlertFixture.run([
            AlertFixture.org(now: n, mtd: "60", budgets: Self.budget, percents: [50]),
            AlertFixture.org(now: n + 60, mtd: "60", budgets: budget500, percents: [50]),   // budget raised: resolves
            AlertFixture.org(now: n + 120, mtd: "60", budgets: Self.budget, percents: [50]), // lowered again: stays resolved
        ], rules: Self.rules)
        #expect(runs.map(\.newlyFired.count) == [1, 0, 0])
        #expect(runs[1].records.map(\.state) == [.resolved(at: n + 60)])
        #expect(runs[2].records.map(\.state) == [.resolved(at: n + 60)])
    }

    @Test("a rule switched off resolves its open alerts and fires no new ones")
    func switchedOffResolves() {
        let n = Fixture.nov(10)
        let input = AlertFixture.org(now: n, mtd: "120", budgets: Self.budget, percents: [100])
        let on = AlertEngine.evaluate(input: input, previous: [], now: n, config: Self.rules)
        let off = AlertEngine.evaluate(input: input, previous: on.delivered, now: n + 60,
                                       config: AlertRules(threshold: false, forecast: false, spike: false))
        #expect(off.newlyFired.isEmpty)
        #expect(off.records.map(\.state) == [.resolved(at: n + 60)])
    }

    @Test("an alert fired but never marked delivered is offered again until it is")
    func undeliveredIsRetried() {
        let n = Fixture.nov(10)
        let input = AlertFixture.org(now: n, mtd: "120", budgets: Self.budget, percents: [100])
        let first = AlertEngine.evaluate(input: input, previous: [], now: n, config: Self.rules)
        let retry = AlertEngine.evaluate(input: input, previous: first.records, now: n + 60, config: Self.rules)
        #expect(retry.newlyFired.map(\.id) == first.newlyFired.map(\.id))
        #expect(retry.changed.isEmpty)
        let done = AlertEngine.evaluate(input: input, previous: retry.delivered, now: n + 120, config: Self.rules)
        #expect(done.newlyFired.isEmpty)
    }
}
