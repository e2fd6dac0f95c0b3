import Foundation
import Testing
@testable import UsageCore

@Suite("SyncService")
struct SyncServiceTests {
    /// A service over a fresh in-memory cache and a fake API, with the clock at `start`.
    private func makeService(at start: UnixSeconds = Fixture.now, plan: SyncPlan = .default,
                             redaction: Redaction = .keyShaped) throws -> (SyncService, FakeAdminAPI, ManualClock, UsageStore) {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        let api = FakeAdminAPI()
        let clock = ManualClock(start)
        let service = SyncService(api: api, store: store, clock: clock, plan: plan, redaction: redaction, randomUnit: { 0 })
        return (service, api, clock, store)
    }

    private func dayStarts(_ api: FakeAdminAPI, from index: Int = 0) -> Set<UnixSeconds> {
        Set(api.queries.dropFirst(index).filter { $0.series.width == .day }.map(\.query.startTime))
    }

    // MARK: - Windows

    @Test("the first run backfills this month and the previous one; hourly starts today")
    func firstRunBackfills() async throws {
        let (service, api, _, _) = try makeService()
        let report = await service.syncOnce()
        #expect(report.state == .ok)
        #expect(dayStarts(api) == [UTCCalendar.timestamp(year: 2026, month: 10)])
        let hourly = api.queries.filter { $0.series.width == .hour }
        #expect(hourly.map(\.query.startTime) == [Fixture.nov(15)])
        #expect(api.queries.allSatisfy { $0.query.endTime == nil })
        #expect(Set(api.queries.map(\.series)) == Set(SyncPlan.default.series.map(\.key)))
        #expect(api.calls.contains("projects"))
        #expect(api.calls.contains("spend_limit:org"))
    }

    @Test("a longer backfill is configurable")
    func backfillMonths() async throws {
        var plan = SyncPlan.default
        plan.backfillMonths = 4
        let (service, api, _, _) = try makeService(plan: plan)
        _ = await service.syncOnce()
        #expect(dayStarts(api) == [UTCCalendar.timestamp(year: 2026, month: 8)])
    }

    @Test("later polls ask only for today, and lists wait for their slower schedule")
    func laterPollsOnlyToday() async throws {
        let (service, api, clock, _) = try makeService()
        _ = await service.syncOnce()
        let first = api.queries.count
        let firstCalls = api.calls.count
        clock.advance(by: 60)
        let report = await service.syncOnce()
        #expect(report.state == .ok)
        #expect(dayStarts(api, from: first) == [Fixture.nov(15)])
        #expect(api.calls.dropFirst(firstCalls).allSatisfy { !$0.hasPrefix("projects") && !$0.hasPrefix("users") })
        clock.advance(by: 900)
        _ = await service.syncOnce()
        #expect(api.calls.filter { $0 == "projects" }.count == 2)
    }

    @Test("right after midnight yesterday is re-fetched; later only today")
    func yesterdayAfterMidnight() async throws {
        let (service, api, clock, _) = try makeService(at: Fixture.nov(15) + 20 * 3_600)
        _ = await service.syncOnce()
        clock.set(Fixture.nov(16) + 2 * 3_600)
        var mark = api.queries.count
        _ = await service.syncOnce()
        #expect(dayStarts(api, from: mark) == [Fixture.nov(15)])
        clock.set(Fixture.nov(16) + 7 * 3_600)
        _ = await service.syncOnce()
        clock.set(Fixture.nov(16) + 8 * 3_600)
        mark = api.queries.count
        _ = await service.syncOnce()
        #expect(dayStarts(api, from: mark) == [Fixture.nov(16)])
        #expect(api.queries.dropFirst(mark).filter { $0.series.width == .hour }.map(\.query.startTime) == [Fixture.nov(16)])
    }

    @Test("after a gap of several days the poll resumes from the last success's day")
    func resumesAfterGap() async throws {
        let (service, api, clock, _) = try makeService()
        _ = await service.syncOnce()
        clock.set(Fixture.nov(19) + 12 * 3_600)
        let mark = api.queries.count
        _ = await service.syncOnce()
        #expect(dayStarts(api, from: mark) == [Fixture.nov(15)])
    }

    @Test("fetched buckets land in the cache and a growing bucket never double counts")
    func storesBuckets() async throws {
        let (service, api, clock, store) = try makeService()
        let s = SyncPlan.costsTotal
        api.update { $0.buckets[s.name] = [Fixture.bucket(s, Fixture.nov(15), [Fixture.cost(s, Fixture.nov(15), "2.00")])] }
        let report = await service.syncOnce()
        #expect(report.datasets.first { $0.name == s.name }?.records == 1)
        api.update { $0.buckets[s.name] = [Fixture.bucket(s, Fixture.nov(15), [Fixture.cost(s, Fixture.nov(15), "3.25")])] }
        clock.advance(by: 60)
        _ = await service.syncOnce()
        #expect(try store.sums(s, from: Fixture.nov(15), to: Fixture.nov(16)).map(\.amount) == [USD(Decimal(string: "3.25")!)])
        #expect(try store.freshness(s.name)?.lastSuccess == Fixture.now + 60)
    }

    // MARK: - Errors and backoff

    @Test("429 honours Retry-After: no request until it passes")
    func rateLimitHonoursRetryAfter() async throws {
        let (service, api, clock, store) = try makeService()
        api.update { $0.failOnce[SyncPlan.costsTotal.name] = [.rateLimited(retryAfter: 120, message: "slow down")] }
        let report = await service.syncOnce()
        #expect(report.state == .rateLimited(retryAt: Fixture.now + 120))
        #expect(api.calls.count == 1)
        #expect(try store.freshness(SyncPlan.costsTotal.name)?.retryAt == Fixture.now + 120)
        #expect(try store.syncState() == .rateLimited(retryAt: Fixture.now + 120))

        clock.advance(by: 60)
        let waiting = await service.syncOnce()
        #expect(api.calls.count == 1)
        #expect(waiting.requests == 0)

        clock.advance(by: 61)
        let resumed = await service.syncOnce()
        #expect(resumed.state == .ok)
        #expect(api.calls.count > 1)
    }

    @Test("429 without Retry-After backs off exponentially")
    func rateLimitWithoutRetryAfter() async throws {
        let (service, api, clock, _) = try makeService()
        api.update { $0.failAlways[SyncPlan.costsTotal.name] = .rateLimited(retryAfter: nil, message: "") }
        let first = await service.syncOnce()
        #expect(first.state == .rateLimited(retryAt: Fixture.now + 15))
        clock.advance(by: 15)
        let second = await service.syncOnce()
        #expect(second.state == .rateLimited(retryAt: Fixture.now + 15 + 30))
    }

    @Test("a transport error reports offline and backs off")
    func offline() async throws {
        let (service, api, _, _) = try makeService()
        api.update { $0.failAlways["*"] = .transport(message: "connection refused") }
        let report = await service.syncOnce()
        guard case .offline(let message) = report.state else {
            Issue.record("expected offline, got \(report.state)")
            return
        }
        #expect(message.contains("connection refused"))
        #expect(await service.retryAt == Fixture.now + 15)
        #expect(api.calls.count == 1)
    }

    @Test("401 stops the poll and the loop, and says an Admin key is needed")
    func unauthorizedStops() async throws {
        let (service, api, _, _) = try makeService()
        api.update { $0.failAlways["*"] = .unauthorized(status: 401, message: "Missing scopes: api.usage.read") }
        let report = await service.syncOnce()
        guard case .unauthorized(let message) = report.state else {
            Issue.record("expected unauthorized, got \(report.state)")
            return
        }
        #expect(message.contains("Admin key"))
        #expect(api.calls.count == 1)
        #expect(SyncService.nextPollDelay(state: report.state, retryAt: nil, now: Fixture.now, interval: .seconds(60)) == nil)
    }

    @Test("a wait recorded by an earlier run delays the first poll only for a rate limit")
    func persistedRetryAtOnStart() async throws {
        let waits: [(SyncState, Bool)] = [
            (.unauthorized(message: "Incorrect API key provided"), false),
            (.offline(message: "cannot resolve api.openai.com"), false),
            (.failing(message: "costs::1d: bad gateway"), false),
            (.rateLimited(retryAt: Fixture.now + 600), true),
        ]
        for (recorded, waits) in waits {
            let store = try UsageStore.inMemory(owner: Fixture.owner)
            try store.saveSyncState(recorded, retryAt: Fixture.now + 600, lastSuccess: nil)
            let api = FakeAdminAPI()
            let service = SyncService(api: api, store: store, clock: ManualClock(Fixture.now), randomUnit: { 0 })
            let report = await service.syncOnce()
            if waits {
                #expect(api.calls.isEmpty, "\(recorded)")
                #expect(report.datasets.first?.skipped == "backing off until 2026-11-15 12:10 UTC")
            } else {
                #expect(!api.calls.isEmpty, "\(recorded)")
                #expect(report.state == .ok, "\(recorded)")
            }
        }
        #expect(SyncService.resumedRetryAt(state: .unauthorized(message: "x"), retryAt: 5) == nil)
        #expect(SyncService.resumedRetryAt(state: .rateLimited(retryAt: 5), retryAt: 5) == 5)
        #expect(SyncService.resumedRetryAt(state: .rateLimited(retryAt: 5), retryAt: nil) == nil)
    }

    @Test("an outage recorded by an earlier run holds back neither the next run nor the dataset that hit it")
    func outageFromEarlierRun() async throws {
        let (service, api, clock, store) = try makeService()
        api.update { $0.failAlways["*"] = .transport(message: "cannot resolve api.openai.com") }
        _ = await service.syncOnce()
        #expect(await service.retryAt == Fixture.now + 15)
        #expect(try store.freshness(SyncPlan.costsTotal.name)?.retryAt == nil)

        api.update { $0.failAlways = [:] }
        clock.advance(by: 5)
        let restarted = SyncService(api: api, store: store, clock: clock, randomUnit: { 0 })
        let report = await restarted.syncOnce()
        #expect(report.state == .ok)
        #expect(report.datasets.first { $0.name == SyncPlan.costsTotal.name }?.requests == 1)
    }

    @Test("the loop sleeps the interval, or until retryAt when later")
    func nextPollDelay() {
        #expect(SyncService.nextPollDelay(state: .ok, retryAt: nil, now: 0, interval: .seconds(60)) == .seconds(60))
        #expect(SyncService.nextPollDelay(state: .rateLimited(retryAt: 600), retryAt: 600, now: 0, interval: .seconds(60)) == .seconds(600))
        #expect(SyncService.nextPollDelay(state: .rateLimited(retryAt: 5), retryAt: 5, now: 0, interval: .seconds(60)) == .seconds(60))
    }

    @Test("a 5xx fails only its dataset, which then backs off on its own")
    func serverErrorIsPerDataset() async throws {
        let (service, api, clock, store) = try makeService()
        let s = SyncPlan.completionsByModel
        api.update { $0.failOnce[s.name] = [.server(status: 502, message: "bad gateway")] }
        let report = await service.syncOnce()
        guard case .failing = report.state else {
            Issue.record("expected failing, got \(report.state)")
            return
        }
        #expect(report.errors.count == 1)
        #expect(report.datasets.filter { $0.error == nil && $0.skipped == nil }.count > 10)
        let retry = try #require(try store.freshness(s.name)?.retryAt)
        #expect(retry == Fixture.now + 15)
        clock.advance(by: 10)
        let skipped = await service.syncOnce()
        #expect(skipped.datasets.first { $0.name == s.name }?.skipped == "retry at 2026-11-15 12:00 UTC")
        if case .failing = skipped.state {} else { Issue.record("a dataset backing off still counts as failing, got \(skipped.state)") }
        clock.advance(by: 10)
        let resumed = await service.syncOnce()
        #expect(resumed.state == .ok)
        // It resumes from the backfill: it never succeeded.
        #expect(api.queries.last { $0.series == s }?.query.startTime == UTCCalendar.timestamp(year: 2026, month: 10))
    }

    @Test("costs by api_key_id refused with 400 is remembered and not asked again")
    func rejectedGrouping() async throws {
        let (service, api, clock, store) = try makeService()
        api.update { $0.failAlways[SyncPlan.costsByAPIKey.name] = .badRequest(message: "invalid group_by") }
        let report = await service.syncOnce()
        #expect(report.state == .ok)
        #expect(try store.isSeriesRejected(SyncPlan.costsByAPIKey))
        clock.advance(by: 60)
        let mark = api.queries.count
        _ = await service.syncOnce()
        #expect(!api.queries.dropFirst(mark).contains { $0.series == SyncPlan.costsByAPIKey })
    }

    @Test("organization lists are stored; a project without a limit (404) has none")
    func organizationRefresh() async throws {
        let (service, api, _, store) = try makeService()
        let active = Project(id: "proj_a", name: "Search", createdAt: 1)
        let archived = Project(id: "proj_b", name: "Old", createdAt: 1, archivedAt: 5, status: "archived")
        let key = APIKey(id: "key_1", kind: .project, name: "ci", redactedValue: "sk-proj-…9f2c", projectID: "proj_a",
                         createdAt: 1, lastUsedAt: nil, owner: nil)
        api.update {
            $0.projects = [active, archived]
            $0.projectKeys["proj_a"] = [key]
            $0.limits["org"] = SpendLimit(projectID: nil, threshold: USD(cents: 50_000), enforcement: "enforcing")
            $0.failAlways["spend_limit:proj_a"] = .notFound(message: "no spend limit")
            $0.alerts["org"] = [SpendAlert(id: "alert_1", projectID: nil, threshold: USD(cents: 10_000))]
        }
        let report = await service.syncOnce()
        #expect(report.state == .ok)
        #expect(try store.projects().map(\.id) == ["proj_b", "proj_a"])
        #expect(try store.apiKeys() == [key])
        #expect(try store.spendLimits().map(\.projectID) == [nil])
        #expect(try store.spendAlerts().count == 1)
        // Archived projects get their keys listed but no limit or alert calls.
        #expect(api.calls.contains("api_keys:proj_b"))
        #expect(!api.calls.contains("spend_limit:proj_b"))
        #expect(try store.freshness("spend_limits")?.lastError == nil)
    }

    @Test("the key never reaches the cache, even when the server echoes it")
    func keyNeverStored() async throws {
        let dir = Fixture.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/usagetop.sqlite"
        let secret = "sk-admin-test-0123456789abcdefXYZ"
        let store = try UsageStore(path: path, owner: Fixture.owner)
        let api = FakeAdminAPI()
        let clock = ManualClock(Fixture.now)
        api.update {
            $0.failOnce[SyncPlan.completionsByModel.name] = [.server(status: 500, message: "bad key \(secret)")]
            $0.failOnce["users"] = [.badBody(detail: "echo sk-admin-fakeotherkey-abcdefghijklm")]
            $0.projects = [Project(id: "proj_a", name: "A", createdAt: 1)]
        }
        let service = SyncService(api: api, store: store, clock: clock, redaction: Redaction(secrets: [secret]), randomUnit: { 0 })
        let report = await service.syncOnce()
        #expect(!report.errors.isEmpty)
        #expect(!report.errors.joined().contains(secret))
        clock.advance(by: 60)
        api.update { $0.failAlways["*"] = .unauthorized(status: 401, message: "Incorrect API key provided: \(secret)") }
        _ = await service.syncOnce()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
        #expect(bytes.range(of: Data(secret.utf8)) == nil)
        #expect(bytes.range(of: Data("sk-admin-fakeotherkey-abcdefghijklm".utf8)) == nil)
        #expect(bytes.range(of: Data("sk-admin-test".utf8)) == nil)
    }

    @Test("run polls at once, refreshNow polls again, and cancellation ends the loop")
    func runLoop() async throws {
        let (service, api, _, _) = try makeService()
        let (events, sink) = AsyncStream.makeStream(of: SyncEvent.self)
        let loop = Task { await service.run(interval: .seconds(3_600)) { sink.yield($0) } }
        var iterator = events.makeAsyncIterator()
        var finished = 0
        while finished < 2, let event = await iterator.next() {
            if case .pollFinished = event {
                finished += 1
                if finished == 1 { await service.refreshNow() }
            }
        }
        loop.cancel()
        await loop.value
        #expect(finished == 2)
        #expect(api.calls.filter { $0 == SyncPlan.costsTotal.name }.count == 2)
    }
}
