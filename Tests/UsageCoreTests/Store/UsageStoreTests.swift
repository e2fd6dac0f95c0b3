import Foundation
import GRDB
import Testing
@testable import UsageCore

@Suite("UsageStore")
struct UsageStoreTests {
    // MARK: - Opening

    @Test("migrations create every table, and reopening a file is a no-op")
    func migrations() throws {
        let dir = Fixture.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/cache/usagetop.sqlite"
        let store = try UsageStore(path: path, owner: Fixture.owner)
        let tables = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["api_key", "freshness", "meta", "org_user", "project", "spend_alert", "spend_limit",
                      "usage_bucket", "usage_record"] {
            #expect(tables.contains(table))
        }
        try store.setMeta("probe", "1")
        let reopened = try UsageStore(path: path, owner: Fixture.owner)
        #expect(try reopened.meta("probe") == "1")
    }

    @Test("a new cache file is 0600 in a 0700 folder")
    func permissions() throws {
        let dir = Fixture.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/nested/usagetop.sqlite"
        _ = try UsageStore(path: path, owner: Fixture.owner)
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let dirMode = try FileManager.default.attributesOfItem(atPath: dir + "/nested")[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(dirMode == 0o700)
    }

    @Test("a cache belongs to one organization: another base URL or profile is refused")
    func boundToOneOrganization() throws {
        let dir = Fixture.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/usagetop.sqlite"
        _ = try UsageStore(path: path, owner: Fixture.owner)
        // A trailing slash is the same organization.
        _ = try UsageStore(path: path, owner: CacheOwner(baseURL: "https://api.openai.com/v1/", profile: "default"))
        let other = CacheOwner(baseURL: "http://127.0.0.1:8787/v1", profile: "default")
        #expect(throws: StoreError.wrongOrganization(path: path, expected: other, found: Fixture.owner)) {
            try UsageStore(path: path, owner: other)
        }
        #expect(throws: StoreError.self) {
            try UsageStore(path: path, owner: CacheOwner(baseURL: Fixture.owner.baseURL, profile: "work"))
        }
    }

    @Test("a corrupt file gives a clear error naming the path")
    func corruptFile() throws {
        let dir = Fixture.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/usagetop.sqlite"
        try Data(repeating: 0x5A, count: 8_192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try UsageStore(path: path, owner: Fixture.owner)
            Issue.record("opening a corrupt file succeeded")
        } catch let error as StoreError {
            guard case .corrupt(let p, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(p == path)
            #expect(error.description.contains(path))
        }
    }

    // MARK: - Buckets

    @Test("re-polling a growing bucket replaces it: X then X+Y sums to X+Y")
    func upsertIdempotence() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let s = SyncPlan.costsTotal
        let day = Fixture.nov(15)
        try store.replaceBuckets(s, [Fixture.bucket(s, day, [Fixture.cost(s, day, "1.25")])], fetchedAt: Fixture.now)
        try store.replaceBuckets(s, [Fixture.bucket(s, day, [Fixture.cost(s, day, "3.50")])], fetchedAt: Fixture.now + 60)
        try store.replaceBuckets(s, [Fixture.bucket(s, day, [Fixture.cost(s, day, "3.50")])], fetchedAt: Fixture.now + 120)
        let sums = try store.sums(s, from: day, to: day + Fixture.day)
        #expect(sums.count == 1)
        #expect(sums.first?.amount == USD(Decimal(string: "3.50")!))
    }

    @Test("a group that vanished from a re-fetched bucket disappears")
    func vanishedGroup() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let s = SyncPlan.costsByProject
        let day = Fixture.nov(3)
        try store.replaceBuckets(s, [Fixture.bucket(s, day, [
            Fixture.cost(s, day, "1", [.projectID: "proj_a"]), Fixture.cost(s, day, "2", [.projectID: "proj_b"]),
        ])], fetchedAt: Fixture.now)
        try store.replaceBuckets(s, [Fixture.bucket(s, day, [Fixture.cost(s, day, "5", [.projectID: "proj_a"])])],
                                 fetchedAt: Fixture.now)
        let sums = try store.sums(s, by: .projectID, from: day, to: day + Fixture.day)
        #expect(sums.map(\.group) == ["proj_a"])
        #expect(sums.first?.amount == USD(5))
    }

    @Test("NULL-safe natural key: a null dimension is distinct from a value, equal nulls collide")
    func nullSafeKey() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let s = SyncPlan.completionsByAPIKey
        let day = Fixture.nov(2)
        let keyed = Fixture.usage(s, day, input: 10, [.apiKeyID: "key_1"])
        let unkeyed = Fixture.usage(s, day, input: 7)
        let unkeyedAgain = Fixture.usage(s, day, input: 9)
        try store.replaceBuckets(s, [Fixture.bucket(s, day, [keyed, unkeyed, unkeyedAgain])], fetchedAt: Fixture.now)
        let stored = try store.buckets(s, from: day, to: day + Fixture.day)
        #expect(stored.count == 1)
        #expect(stored.first?.records.count == 2)
        let byKey = Dictionary(uniqueKeysWithValues: try store.sums(s, by: .apiKeyID, from: day, to: day + Fixture.day)
            .map { ($0.group, $0.inputTokens) })
        #expect(byKey["key_1"] == 10)
        #expect(byKey[nil] == 9)
    }

    @Test("grouping sets never mix: the ungrouped total ignores grouped rows")
    func groupingsDoNotMix() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let day = Fixture.nov(4)
        let total = SyncPlan.costsTotal, byProject = SyncPlan.costsByProject
        try store.replaceBuckets(total, [Fixture.bucket(total, day, [Fixture.cost(total, day, "10")])], fetchedAt: Fixture.now)
        try store.replaceBuckets(byProject, [Fixture.bucket(byProject, day, [
            Fixture.cost(byProject, day, "6", [.projectID: "proj_a"]), Fixture.cost(byProject, day, "4", [.projectID: "proj_b"]),
        ])], fetchedAt: Fixture.now)
        #expect(try store.sums(total, from: day, to: day + Fixture.day).map(\.amount) == [USD(10)])
        let projectTotal = try store.sums(byProject, from: day, to: day + Fixture.day)
        #expect(projectTotal.map(\.amount) == [USD(10)])
    }

    @Test("an empty bucket is zero, a missing bucket is no data")
    func emptyBucketIsZero() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let s = SyncPlan.costsTotal
        try store.replaceBuckets(s, [Fixture.bucket(s, Fixture.nov(1), [])], fetchedAt: Fixture.now)
        #expect(try store.bucketStarts(s, from: Fixture.nov(1), to: Fixture.nov(3)) == [Fixture.nov(1)])
        #expect(try store.sums(s, from: Fixture.nov(1), to: Fixture.nov(3)).isEmpty)
        #expect(try store.oldestBucketStart(s) == Fixture.nov(1))
        #expect(try store.oldestBucketStart(SyncPlan.costsByProject) == nil)
    }

    @Test("records round-trip exactly: amounts, quantities, metrics and dimensions")
    func roundTrip() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let s = SyncPlan.costsByLineItem
        let day = Fixture.nov(6)
        var record = Fixture.cost(s, day, "10.1425634", [.lineItem: "gpt-4.1-2025-04-14, input"])
        record.quantity = Decimal(string: "1234.5")
        record.quantityUnit = "tokens"
        record.metrics = ["custom_metric": 42]
        try store.replaceBuckets(s, [Fixture.bucket(s, day, [record])], fetchedAt: Fixture.now)
        let back = try store.buckets(s, from: day, to: day + Fixture.day).first?.records.first
        #expect(back == record)
    }

    @Test("many small amounts sum exactly (no floating point)")
    func exactSums() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let s = SyncPlan.costsByProject
        let day = Fixture.nov(7)
        let records = (0..<1_000).map { Fixture.cost(s, day, "0.000123457", [.projectID: "proj_\($0)"]) }
        try store.replaceBuckets(s, [Fixture.bucket(s, day, records)], fetchedAt: Fixture.now)
        #expect(try store.sums(s, from: day, to: day + Fixture.day).first?.amount == USD(Decimal(string: "0.123457")!))
    }

    // MARK: - Organization objects

    @Test("projects, keys, users, limits and alerts round-trip; a project's keys are replaced together")
    func organizationObjects() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let project = Project(id: "proj_a", name: "Search", createdAt: 100, archivedAt: nil, status: "active")
        try store.replaceProjects([project])
        let owner = KeyOwner(kind: .user, id: "user_1", name: "Ana", email: "ana@example.com", role: "owner")
        let key = APIKey(id: "key_1", kind: .project, name: "ci", redactedValue: "sk-proj-…9f2c", projectID: "proj_a",
                         createdAt: 200, lastUsedAt: 300, owner: owner, ownerProjectAccess: "active")
        let admin = APIKey(id: "key_admin", kind: .admin, name: "ops", redactedValue: "sk-admin...def", projectID: nil,
                           createdAt: 50, lastUsedAt: nil, expiresAt: 900, owner: nil)
        try store.replaceAPIKeys(projectID: "proj_a", [key])
        try store.replaceAPIKeys(projectID: nil, [admin])
        #expect(Set(try store.apiKeys()) == [key, admin])
        try store.replaceAPIKeys(projectID: "proj_a", [])
        #expect(try store.apiKeys() == [admin])
        #expect(try store.projects() == [project])

        let user = OrgUser(id: "user_1", name: "Ana", email: "ana@example.com", role: "owner", addedAt: 10)
        try store.replaceUsers([user])
        #expect(try store.users() == [user])

        let orgLimit = SpendLimit(projectID: nil, threshold: USD(cents: 50_000), enforcement: "enforcing")
        let projectLimit = SpendLimit(projectID: "proj_a", threshold: USD(cents: 12_345), enforcement: "inactive")
        try store.setSpendLimit(projectID: nil, orgLimit)
        try store.setSpendLimit(projectID: "proj_a", projectLimit)
        #expect(Set(try store.spendLimits()) == [orgLimit, projectLimit])
        try store.setSpendLimit(projectID: "proj_a", nil)
        #expect(try store.spendLimits() == [orgLimit])

        let alert = SpendAlert(id: "alert_1", projectID: nil, threshold: USD(cents: 25_000), recipients: ["a@example.com"])
        try store.replaceSpendAlerts(projectID: nil, [alert])
        #expect(try store.spendAlerts() == [alert])
    }

    @Test("freshness and sync state persist")
    func freshnessAndState() throws {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let f = DatasetFreshness(name: "costs::1d", lastSuccess: 10, lastAttempt: 20, lastError: "HTTP 500: boom", retryAt: 80)
        try store.saveFreshness(f)
        #expect(try store.freshness("costs::1d") == f)
        #expect(try store.allFreshness() == [f])
        try store.saveSyncState(.rateLimited(retryAt: 99), retryAt: 99, lastSuccess: 5)
        #expect(try store.syncState() == .rateLimited(retryAt: 99))
        #expect(try store.syncRetryAt() == 99)
        #expect(try store.syncLastSuccess() == 5)
        try store.markSeriesRejected(SyncPlan.costsByAPIKey, message: "HTTP 400")
        #expect(try store.isSeriesRejected(SyncPlan.costsByAPIKey))
        #expect(try !store.isSeriesRejected(SyncPlan.costsByProject))
    }
}
