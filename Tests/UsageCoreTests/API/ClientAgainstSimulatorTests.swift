import AsyncHTTPClient
import Foundation
import Logging
import Testing
import UsageSim
@testable import UsageCore

/// ``AdminAPIClient`` over real HTTP against the in-process simulator (`UsageSim.SimServer`),
/// which writes its own JSON from the spec and does not share a model with the client: paging
/// across 40 days, grouped series that add up to the ungrouped ones, costs to the cent, lists,
/// and injected faults. The simulated clock is fixed (`now`, speed 0), so answers are
/// deterministic.
@Suite struct ClientAgainstSimulatorTests {
    /// 2026-11-29 12:00 UTC, the simulated "now".
    static let now: UnixSeconds = UTCCalendar.timestamp(year: 2026, month: 11, day: 29) + 12 * 3_600
    static let today: UnixSeconds = UTCCalendar.startOfDay(now)
    static let day = UTCCalendar.secondsPerDay

    /// Runs `body` against a simulator started with `config`, then stops it.
    static func withSimulator<T>(
        _ config: SimConfiguration = SimConfiguration(seed: 42, now: now, speed: 0),
        key: String = fakeAdminKey,
        _ body: (AdminAPIClient, CountingTransport) async throws -> T
    ) async throws -> T {
        let server = try await SimServer.start(config, host: "127.0.0.1", port: 0)
        do {
            let transport = CountingTransport(AsyncHTTPClientTransport(timeout: .seconds(20)))
            let client = try AdminAPIClient(baseURL: server.baseURL, adminKey: key, transport: transport, logger: quietLogger)
            let result = try await body(client, transport)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Per-day sums of `metrics` over every record of `buckets`.
    static func dailyTotals(_ buckets: [UsageBucket], _ metrics: [String]) -> [UnixSeconds: [String: Int64]] {
        var totals: [UnixSeconds: [String: Int64]] = [:]
        for bucket in buckets {
            var day = totals[bucket.startTime] ?? Dictionary(uniqueKeysWithValues: metrics.map { ($0, 0) })
            for record in bucket.records {
                for metric in metrics { day[metric, default: 0] += record[metric: metric] }
            }
            totals[bucket.startTime] = day
        }
        return totals
    }

    /// Per-day sums of billed dollars.
    static func dailyDollars(_ buckets: [UsageBucket]) -> [UnixSeconds: USD] {
        var totals: [UnixSeconds: USD] = [:]
        for bucket in buckets {
            totals[bucket.startTime] = bucket.records.reduce(USD.zero) { $0 + ($1.amount ?? .zero) }
        }
        return totals
    }

    // MARK: - Paging

    @Test func fortyDaysOfDailyCompletionsAcrossPages() async throws {
        let start = Self.today - 39 * Self.day
        let query = BucketQuery(startTime: start, width: .day, pageLimit: 7)
        let (buckets, requests) = try await Self.withSimulator { client, transport in
            (try await client.buckets(.completions, query: query), await transport.count)
        }
        #expect(buckets.count == 40)
        #expect(requests == 6, "40 one-day buckets at 7 per page")
        #expect(buckets.first?.startTime == start)
        for (previous, next) in zip(buckets, buckets.dropFirst()) {
            #expect(next.startTime == previous.endTime, "contiguous at \(previous.endTime)")
        }
        #expect(buckets.dropLast().allSatisfy { $0.endTime - $0.startTime == Self.day })
        #expect(buckets.last?.startTime == Self.today)
        #expect(buckets.last.map { $0.endTime <= Self.now } == true)
        #expect(buckets.contains { !$0.records.isEmpty }, "the simulated organization has traffic")
        #expect(buckets.allSatisfy { $0.records.count <= 1 }, "ungrouped: at most one result per bucket")
        #expect(buckets.flatMap(\.records).allSatisfy { $0.dimensions.isEmpty && $0.grouping == .none && $0.width == .day })
    }

    // MARK: - Grouped sums

    @Test(arguments: [UsageCore.Dimension.model, .apiKeyID, .projectID])
    func groupedCompletionsAddUpToTheUngroupedSeries(_ dimension: UsageCore.Dimension) async throws {
        let metrics = ["input_tokens", "output_tokens", "num_model_requests", "input_cached_tokens"]
        let closed = BucketQuery(startTime: Self.today - 14 * Self.day, endTime: Self.today, width: .day)
        var grouped = closed
        grouped.grouping = Grouping([dimension])
        let (total, parts) = try await Self.withSimulator { client, _ in
            (try await client.buckets(.completions, query: closed), try await client.buckets(.completions, query: grouped))
        }
        #expect(total.count == 14 && parts.count == 14)
        let totals = Self.dailyTotals(total, metrics)
        #expect(totals.values.contains { $0["input_tokens", default: 0] > 0 })
        #expect(Self.dailyTotals(parts, metrics) == totals)
        #expect(parts.flatMap(\.records).allSatisfy { $0.grouping == Grouping([dimension]) })
        #expect(parts.flatMap(\.records).contains { $0.dimensions[dimension] != nil })
    }

    @Test(arguments: [[UsageCore.Dimension.projectID], [.lineItem], [.projectID, .lineItem]] as [[UsageCore.Dimension]])
    func groupedCostsAddUpToTheCent(_ dimensions: [UsageCore.Dimension]) async throws {
        let closed = BucketQuery(startTime: Self.today - 30 * Self.day, endTime: Self.today, width: .day)
        var grouped = closed
        grouped.grouping = Grouping(dimensions)
        let (total, parts) = try await Self.withSimulator { client, _ in
            (try await client.buckets(.costs, query: closed), try await client.buckets(.costs, query: grouped))
        }
        let totals = Self.dailyDollars(total)
        let sums = Self.dailyDollars(parts)
        #expect(totals.count == 30)
        #expect(totals.values.contains { $0 > .zero })
        for (day, dollars) in totals {
            let sum = try #require(sums[day])
            #expect(sum.roundedToCents == dollars.roundedToCents, "day \(UTCCalendar.dayKey(day))")
            #expect(sum == dollars, "exact: the simulator bills in whole pico-dollars")
        }
        let month = totals.values.reduce(USD.zero, +)
        #expect(sums.values.reduce(USD.zero, +).roundedToCents == month.roundedToCents)
        if dimensions.contains(.lineItem) {
            #expect(parts.flatMap(\.records).contains { $0.quantityUnit != nil })
        }
    }

    // MARK: - Lists and limits

    @Test func listsKeysUsersAndLimitsDecode() async throws {
        try await Self.withSimulator { client, _ in
            let projects = try await client.projects(includeArchived: true)
            #expect(!projects.isEmpty)
            #expect(projects.count >= (try await client.projects(includeArchived: false)).count)
            var keys: [APIKey] = []
            for project in projects { keys += try await client.projectAPIKeys(projectID: project.id) }
            #expect(!keys.isEmpty)
            #expect(keys.allSatisfy { $0.kind == .project && $0.projectID != nil && !$0.redactedValue.isEmpty })
            #expect(Set(keys.map(\.id)).count == keys.count)
            let admin = try await client.adminAPIKeys()
            #expect(!admin.isEmpty && admin.allSatisfy { $0.kind == .admin })
            #expect(!(try await client.users()).isEmpty)
            _ = try await client.spendAlerts(projectID: nil)
            _ = try await client.spendLimit(projectID: nil)
            _ = try await client.spendLimit(projectID: projects[0].id)
        }
    }

    @Test func noOrganizationSpendLimitIsNil() async throws {
        let config = SimConfiguration(seed: 42, now: Self.now, speed: 0, spendLimitUSD: 0)
        let limit = try await Self.withSimulator(config) { client, _ in try await client.spendLimit(projectID: nil) }
        #expect(limit == nil)
    }

    // MARK: - Faults

    @Test func aStoppedServerIsATransportError() async throws {
        let server = try await SimServer.start(SimConfiguration(seed: 42, now: Self.now, speed: 0), host: "127.0.0.1", port: 0)
        let baseURL = server.baseURL
        await server.stop()
        // Without connection retries a refused connection fails at once instead of at the deadline.
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let client = try AdminAPIClient(baseURL: baseURL, adminKey: fakeAdminKey, httpClient: http, timeout: .seconds(10), logger: quietLogger)
        let error: (any Error)?
        do { _ = try await client.users(); error = nil } catch let e { error = e }
        try await http.shutdown()
        guard case .transport(let message)? = error as? AdminAPIError else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        // Refused, or reset when the port was briefly reused: either way a short human message.
        #expect(message.contains("refused") || message.contains("closed the connection"), "\(message)")
        #expect(!message.contains(fakeAdminKey))
    }

    @Test func anOversizedBodyIsATransportError() async throws {
        let server = try await SimServer.start(SimConfiguration(seed: 42, now: Self.now, speed: 0), host: "127.0.0.1", port: 0)
        let client = try AdminAPIClient(
            baseURL: server.baseURL, adminKey: fakeAdminKey,
            transport: AsyncHTTPClientTransport(maxBodyBytes: 64), logger: quietLogger)
        let error: (any Error)?
        do { _ = try await client.users(); error = nil } catch let e { error = e }
        await server.stop()
        #expect(error as? AdminAPIError == .transport(message: "response body larger than 64 bytes"))
    }

    @Test func injectedRateLimitSurfacesAsRateLimited() async throws {
        let config = SimConfiguration(seed: 42, now: Self.now, speed: 0, rateLimitEvery: 1)
        let error = try await Self.withSimulator(config) { client, _ -> (any Error)? in
            do {
                _ = try await client.buckets(.completions, query: BucketQuery(startTime: Self.today - Self.day))
                return nil
            } catch { return error }
        }
        guard case .rateLimited(let retryAfter, let message)? = error as? AdminAPIError else {
            Issue.record("expected rateLimited, got \(String(describing: error))")
            return
        }
        #expect(retryAfter == 1)
        #expect(!message.isEmpty)
    }

    @Test func injectedServerErrorSurfacesAsServer() async throws {
        let config = SimConfiguration(seed: 42, now: Self.now, speed: 0, failEvery: 1)
        try await Self.withSimulator(config) { client, _ in
            await #expect {
                try await client.users()
            } throws: { error in
                if case AdminAPIError.server(500, _) = error { return true }
                return false
            }
        }
    }

    @Test func costsRefusingKeyGroupingIsABadRequest() async throws {
        let config = SimConfiguration(seed: 42, now: Self.now, speed: 0, rejectCostsKeyGrouping: true)
        try await Self.withSimulator(config) { client, _ in
            await #expect {
                try await client.buckets(.costs, query: BucketQuery(startTime: Self.today - Self.day, grouping: Grouping([.apiKeyID])))
            } throws: { error in
                if case AdminAPIError.badRequest(let message) = error { return message.contains("api_key_id") }
                return false
            }
        }
    }

    @Test func aProjectKeyIsUnauthorized() async throws {
        try await Self.withSimulator(key: "sk-proj-test") { client, _ in
            await #expect {
                try await client.buckets(.costs, query: BucketQuery(startTime: Self.today - Self.day))
            } throws: { error in
                if case AdminAPIError.unauthorized(401, let message) = error { return message.contains("api.usage.read") }
                return false
            }
        }
    }
}

/// A logger that drops everything (the simulator tests check results, not log lines).
let quietLogger = Logger(label: "usagetop.api.quiet") { _ in SwiftLogNoOpLogHandler() }

/// Counts the requests that pass through to another transport.
actor CountingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private(set) var count = 0

    init(_ inner: any HTTPTransport) { self.inner = inner }

    func get(url: String, headers: [(String, String)]) async throws -> HTTPResponseData {
        count += 1
        return try await inner.get(url: url, headers: headers)
    }
}
