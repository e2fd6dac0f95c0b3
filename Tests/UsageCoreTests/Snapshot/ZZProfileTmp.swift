import Foundation
import Testing
@testable import UsageCore

@Suite struct ZZProfileTmp {
    @Test func profile() throws {
        let store = try SnapshotScaleTests.warmCache(keys: 200, days: 90)
        let c = ContinuousClock()
        let grid = try SnapshotBuilder.dayGrid(store: store, now: Fixture.now)
        print("sums costsByKey", try c.measure { _ = try store.sums(SyncPlan.costsByAPIKey, by: .apiKeyID, from: grid.first, to: grid.end) })
        print("sums complByKey", try c.measure { _ = try store.sums(SyncPlan.completionsByAPIKey, by: .apiKeyID, from: grid.first, to: grid.end) })
        print("load costsByKey", try c.measure { _ = try DailyTable.load(store, SyncPlan.costsByAPIKey, by: .apiKeyID, grid: grid, columns: .money) })
        print("load complByKey", try c.measure { _ = try DailyTable.load(store, SyncPlan.completionsByAPIKey, by: .apiKeyID, grid: grid, columns: .money) })
        var t: SeriesTables?
        print("tables", try c.measure { t = try SeriesTables(store: store, grid: grid, recentFrom: Fixture.nov(2)) })
        let names = Labels(projects: try store.projects(), keys: try store.apiKeys())
        print("series", c.measure { _ = SnapshotBuilder.groupSeries(tables: t!, names: names, count: grid.count) })
        print("keys", try c.measure { _ = SnapshotBuilder.keySummaries(try store.apiKeys(), names: names, tables: t!, grid: grid, today: Fixture.nov(15), monthDays: 76..<90) })
    }
}
