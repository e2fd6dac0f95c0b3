import Foundation
import Testing
@testable import UsageCore

@Suite("AlertCycle against a cache file")
struct AlertCycleTests {
    static let now = Fixture.nov(20) + 12 * 3_600

    /// Only a local org budget of $100, forecast and spike off.
    static let config = AppConfig(budgets: BudgetSettings(org: USD(100)), alertRules: AlertRules(forecast: false, spike: false))

    /// A snapshot at `now` whose org month-to-date spend is `mtd`.
    static func snapshot(mtd: String, now: UnixSeconds = now) -> DashboardSnapshot {
        var snapshot = DashboardSnapshot.empty(source: SourceInfo(profile: "default", host: "api.openai.com", isDemo: false),
                                               now: now)
        snapshot.sync = AlertFixture.healthy(at: now)
        snapshot.limits = LimitsSummary(monthToDate: AlertFixture.usd(mtd), spendLimit: nil, spendAlerts: [])
        return snapshot
    }

    @Test("evaluate saves new alerts; markDelivered stops them being announced again, across a reopen")
    func persistsAndNotifiesOnce() throws {
        let (dir, path) = AlertFixture.tempStorePath()
        defer { try? FileManager.default.removeItem(atPath: dir) }

        var store = try UsageStore(path: path, owner: Fixture.owner)
        let first = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "80"), config: Self.config)
        #expect(first.newlyFired.map(\.key.threshold) == ["local:50%:100", "local:75%:100"])
        #expect(try store.alerts().count == 2)
        #expect(try store.alerts().allSatisfy { !$0.notified })
        try AlertCycle.markDelivered(first, store: store)

        store = try UsageStore(path: path, owner: Fixture.owner)
        let again = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "80"), config: Self.config)
        #expect(again.newlyFired.isEmpty)
        #expect(again.changed.isEmpty)

        let crossing = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "101"), config: Self.config)
        #expect(crossing.newlyFired.map(\.key.threshold) == ["local:90%:100", "local:100%:100"])
        #expect(try store.alerts().filter { $0.state == .firing }.count == 4)
    }

    @Test("an alert that was never marked delivered is announced at the next cycle")
    func undeliveredIsRetried() throws {
        let (dir, path) = AlertFixture.tempStorePath()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try UsageStore(path: path, owner: Fixture.owner)
        let first = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "60"), config: Self.config)
        #expect(first.newlyFired.count == 1)
        let second = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "60"), config: Self.config)
        #expect(second.newlyFired.map(\.id) == first.newlyFired.map(\.id))
    }

    @Test("an acknowledgement written between cycles is kept")
    func acknowledgementKept() throws {
        let (dir, path) = AlertFixture.tempStorePath()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try UsageStore(path: path, owner: Fixture.owner)
        let first = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "60"), config: Self.config)
        try AlertCycle.markDelivered(first, store: store)
        let id = try #require(first.newlyFired.first?.id)
        #expect(try store.acknowledge(id: id, at: Self.now + 60))
        let next = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "70", now: Self.now + 120), config: Self.config)
        #expect(next.newlyFired.isEmpty)
        #expect(try store.alerts().first?.state == .acknowledged(at: Self.now + 60))
    }

    @Test("a new month resolves last month's alerts and starts clean")
    func monthRollover() throws {
        let (dir, path) = AlertFixture.tempStorePath()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try UsageStore(path: path, owner: Fixture.owner)
        let november = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "95"), config: Self.config)
        try AlertCycle.markDelivered(november, store: store)
        let december = Fixture.nov(31) + 3_600
        let next = try AlertCycle.evaluate(store: store, snapshot: Self.snapshot(mtd: "5", now: december), config: Self.config)
        #expect(next.newlyFired.isEmpty)
        #expect(try store.alerts().allSatisfy { $0.resolvedAt == december })
    }
}
