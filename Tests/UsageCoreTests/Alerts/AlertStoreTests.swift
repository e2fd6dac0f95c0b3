import Foundation
import GRDB
import Testing
@testable import UsageCore

@Suite("Alert persistence (table alert, schema v2)")
struct AlertStoreTests {
    static let rules = AlertRules(forecast: false, spike: false)
    static let budget = [AlertFixture.orgBudget("100")]

    @Test("no re-fire after a restart: evaluate, save, deliver, reopen, evaluate again")
    func survivesRestart() throws {
        let (dir, path) = AlertFixture.tempStorePath()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let n = Fixture.nov(10)
        let input = AlertFixture.org(now: n, mtd: "80", budgets: Self.budget)
        do {
            let store = try UsageStore(path: path, owner: Fixture.owner)
            let first = AlertEngine.evaluate(input: input, previous: try store.alerts(), now: n, config: Self.rules)
            #expect(first.newlyFired.count == 2)
            try store.saveAlerts(first.changed)
            try store.markNotified(ids: first.newlyFired.map(\.id))
        }
        let reopened = try UsageStore(path: path, owner: Fixture.owner)
        let stored = try reopened.alerts()
        #expect(stored.count == 2)
        #expect(stored.allSatisfy { $0.notified && $0.state == .firing && $0.firedAt == n })
        let again = AlertEngine.evaluate(input: AlertFixture.org(now: n + 600, mtd: "80", budgets: Self.budget),
                                         previous: stored, now: n + 600, config: Self.rules)
        #expect(again.newlyFired.isEmpty)
        #expect(again.changed.isEmpty)
    }

    @Test("records round-trip in every state")
    func roundTrip() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let records = [
            AlertRecord(key: AlertKey(rule: .threshold, scope: .project("proj_a"), threshold: "local:50%:120", period: "2026-11"),
                        state: .firing, firedAt: 10, message: "a"),
            AlertRecord(key: AlertKey(rule: .forecast, scope: .org, threshold: "api_limit:100%:500", period: "2026-11"),
                        state: .acknowledged(at: 20), firedAt: 11, acknowledgedAt: 20, message: "b", notified: true),
            AlertRecord(key: AlertKey(rule: .spike, scope: .key("key_a"), period: "2026-11-20"),
                        state: .snoozed(until: 99), firedAt: 12, message: "c", notified: true),
            AlertRecord(key: AlertKey(rule: .syncFailing, scope: .org, period: "1700000000"),
                        state: .resolved(at: 40), firedAt: 13, acknowledgedAt: 30, message: "d", notified: true),
        ]
        try store.saveAlerts(records)
        #expect(try store.alerts() == records.sorted { $0.key < $1.key })
        try store.saveAlerts([records[0]])   // replacing keeps one row per id
        #expect(try store.alerts().count == 4)
    }

    @Test("acknowledge, acknowledge all and snooze change only open alerts")
    func userActions() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let key = { (p: String) in AlertKey(rule: .threshold, scope: .org, threshold: "local:\(p)%:100", period: "2026-11") }
        try store.saveAlerts([
            AlertRecord(key: key("50"), state: .firing, firedAt: 1, message: "50"),
            AlertRecord(key: key("75"), state: .firing, firedAt: 1, message: "75"),
            AlertRecord(key: key("90"), state: .resolved(at: 5), firedAt: 1, message: "90"),
        ])
        #expect(try store.snooze(id: key("50").id, until: 500))
        #expect(try store.snooze(id: key("90").id, until: 500) == false)
        #expect(try store.acknowledge(id: "nope", at: 7) == false)
        #expect(try store.acknowledge(id: key("75").id, at: 7))
        #expect(try store.acknowledge(id: key("75").id, at: 8) == false)
        var states = try store.alerts().map(\.state)
        #expect(states == [.snoozed(until: 500), .acknowledged(at: 7), .resolved(at: 5)])
        #expect(try store.acknowledgeAll(at: 9) == 1)
        states = try store.alerts().map(\.state)
        #expect(states == [.acknowledged(at: 9), .acknowledged(at: 7), .resolved(at: 5)])
        #expect(try store.deleteResolvedAlerts(before: 6) == 1)
        #expect(try store.alerts().count == 2)
    }

    @Test("an acknowledgement made in the store keeps the alert quiet at the next evaluation")
    func acknowledgeThenEvaluate() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let n = Fixture.nov(10)
        let first = AlertEngine.evaluate(input: AlertFixture.org(now: n, mtd: "120", budgets: Self.budget, percents: [100]),
                                         previous: [], now: n, config: Self.rules)
        try store.saveAlerts(first.changed)
        try store.markNotified(ids: first.newlyFired.map(\.id))
        #expect(try store.acknowledge(id: first.newlyFired[0].id, at: n + 30))
        let next = AlertEngine.evaluate(input: AlertFixture.org(now: n + 60, mtd: "150", budgets: Self.budget, percents: [100]),
                                        previous: try store.alerts(), now: n + 60, config: Self.rules)
        #expect(next.newlyFired.isEmpty)
        #expect(next.records.map(\.state) == [.acknowledged(at: n + 30)])
        #expect(next.records[0].acknowledgedAt == n + 30)
    }

    @Test("rows a newer build wrote with an unknown rule are skipped, not fatal")
    func unknownRowsSkipped() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        try store.access { db in
            try db.execute(sql: """
                INSERT INTO alert (id, rule, scope, threshold, period, state, fired_at, message, notified)
                VALUES ('x', 'future_rule', 'org', '', '2026-11', 'firing', 1, 'm', 0)
                """)
        }
        #expect(try store.alerts().isEmpty)
    }
}
