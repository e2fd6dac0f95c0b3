import Foundation
import Testing
@testable import UsageCore

@Suite("UsageStore.statusLineFacts")
struct StatusLineFactsTests {
    static let now = Fixture.nov(20) + 12 * 3_600

    @Test("an empty cache has no data and no alerts")
    func empty() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        #expect(try store.statusLineFacts(now: Self.now)
                == StatusLineFacts(monthToDate: nil, orgSpendLimit: nil, unacknowledged: 0, lastSuccess: nil))
    }

    @Test("month-to-date counts this month's days only; the limit, firing alerts and last success are read")
    func facts() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let series = SyncPlan.costsTotal
        let days = [Fixture.nov(-1), Fixture.nov(1), Fixture.nov(19), Fixture.nov(20)]
        let buckets = days.map { Fixture.bucket(series, $0, [Fixture.cost(series, $0, "10.005")]) }
        _ = try store.replaceBuckets(series, buckets, fetchedAt: Self.now)
        try store.setSpendLimit(projectID: nil, SpendLimit(projectID: nil, threshold: USD(cents: 50_000), enforcement: "enforcing"))
        try store.saveSyncState(.ok, retryAt: nil, lastSuccess: Self.now - 300)
        let firing = AlertRecord(key: AlertKey(rule: .threshold, scope: .org, threshold: "local:50%:40", period: "2026-11"),
                                 state: .firing, firedAt: Self.now, message: "m")
        var acked = firing
        acked.key.threshold = "local:75%:40"
        acked.state = .acknowledged(at: Self.now)
        try store.saveAlerts([firing, acked])

        let facts = try store.statusLineFacts(now: Self.now)
        #expect(facts.monthToDate == AlertFixture.usd("30.015"))
        #expect(facts.orgSpendLimit == USD(500))
        #expect(facts.unacknowledged == 1)
        #expect(facts.lastSuccess == Self.now - 300)
    }
}

@Suite("UsageStore.statusLineFacts(path:owner:now:) read-only")
struct StatusLineReadOnlyTests {
    @Test("reads a cache file without writing; no file gives nil; another organization's cache is refused")
    func readOnly() throws {
        let (dir, path) = AlertFixture.tempStorePath()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try UsageStore.statusLineFacts(path: path, owner: Fixture.owner, now: StatusLineFactsTests.now) == nil)
        #expect(!FileManager.default.fileExists(atPath: path), "no cache is created")

        let store = try UsageStore(path: path, owner: Fixture.owner)
        let series = SyncPlan.costsTotal
        _ = try store.replaceBuckets(series, [Fixture.bucket(series, Fixture.nov(20), [Fixture.cost(series, Fixture.nov(20), "7.5")])],
                                     fetchedAt: StatusLineFactsTests.now)
        let facts = try UsageStore.statusLineFacts(path: path, owner: Fixture.owner, now: StatusLineFactsTests.now)
        #expect(facts?.monthToDate == USD(Decimal(string: "7.5")!))
        #expect(facts == (try store.statusLineFacts(now: StatusLineFactsTests.now)))

        let other = CacheOwner(baseURL: "http://127.0.0.1:9/v1", profile: "other")
        #expect(throws: StoreError.self) {
            try UsageStore.statusLineFacts(path: path, owner: other, now: StatusLineFactsTests.now)
        }
    }
}
