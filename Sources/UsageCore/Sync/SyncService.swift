import Foundation

/// Polls the Admin API into the cache (DESIGN.md §2): incremental bucket fetches per
/// ``SyncPlan``, a slower refresh of projects, keys, users, limits and alerts, backoff, and
/// per-dataset freshness persisted in the ``UsageStore``.
///
/// Time comes from the injected ``UsageClock``; the loop in ``run(interval:onChange:)`` sleeps on
/// the real `ContinuousClock` between polls (no other timer). Errors and stored messages pass
/// through a ``Redaction`` and never contain the key.
public actor SyncService {
    private let api: any AdminAPI
    private let store: UsageStore
    private let clock: any UsageClock
    /// The plan: which series, backfill depth, refresh and backoff intervals.
    public let plan: SyncPlan
    private let redaction: Redaction
    private let randomUnit: @Sendable () -> Double

    /// The overall state after the last poll (``SyncState/syncing`` while one runs).
    public private(set) var state: SyncState
    /// When polling may resume after a 429 or an outage (Unix seconds UTC); `nil` = now.
    public private(set) var retryAt: UnixSeconds?
    private var globalFailures = 0
    private var datasetFailures: [String: Int] = [:]
    private var wake: AsyncStream<Void>.Continuation?

    /// Creates a service.
    /// - Parameters:
    ///   - api: the Admin API (``AdminAPIClient`` or a fake).
    ///   - store: the cache to write into.
    ///   - clock: the time source (``SystemClock``, ``SimulatedClock``, ``ManualClock``).
    ///   - plan: what to fetch (default ``SyncPlan/default``).
    ///   - redaction: applied to every error message (pass the key in use).
    ///   - randomUnit: jitter source in `[0, 1)` (tests pass a constant).
    public init(api: any AdminAPI, store: UsageStore, clock: any UsageClock, plan: SyncPlan = .default,
                redaction: Redaction = .keyShaped,
                randomUnit: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.api = api
        self.store = store
        self.clock = clock
        self.plan = plan
        self.redaction = redaction
        self.randomUnit = randomUnit
        self.state = ((try? store.syncState()) ?? nil) ?? .noData
        self.retryAt = (try? store.syncRetryAt()) ?? nil
    }

    // MARK: - Polling loop

    /// Polls now and then every `interval` (default 60 s) until the calling task is cancelled,
    /// reporting each poll to `onChange` (called on this actor; keep it short, e.g. post to a
    /// mailbox and wake the UI).
    ///
    /// After a 429 or an outage the next poll waits until ``retryAt`` if that is later; after
    /// 401/403 polling stops until ``refreshNow()``. Between polls the loop sleeps on the real
    /// `ContinuousClock` (with a ``SimulatedClock`` the retry wait is in real seconds).
    public func run(interval: Duration = .seconds(60), onChange: @escaping @Sendable (SyncEvent) -> Void) async {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        wake = continuation
        continuation.yield()
        var timer: Task<Void, Never>?
        for await _ in stream {
            timer?.cancel()
            if Task.isCancelled { break }
            onChange(.pollStarted(at: clock.now()))
            let report = await syncOnce()
            onChange(.pollFinished(report))
            if let delay = SyncService.nextPollDelay(state: state, retryAt: retryAt, now: clock.now(), interval: interval) {
                timer = Task {
                    guard (try? await Task.sleep(for: delay)) != nil else { return }
                    continuation.yield()
                }
            }
        }
        timer?.cancel()
        continuation.finish()
        wake = nil
    }

    /// Asks the running loop to poll now (the `r` key); several requests coalesce. Also resumes
    /// polling stopped by 401/403. A rate-limit wait is still honoured by the poll itself.
    public func refreshNow() {
        wake?.yield()
    }

    /// How long the loop sleeps before the next poll: `interval`, or until `retryAt` when that is
    /// later; `nil` (sleep until ``refreshNow()``) when the key was refused (401/403).
    public static func nextPollDelay(state: SyncState, retryAt: UnixSeconds?, now: UnixSeconds, interval: Duration) -> Duration? {
        if case .unauthorized = state { return nil }
        if let retryAt, retryAt - now > interval.components.seconds {
            return .seconds(retryAt - now)
        }
        return interval
    }

    // MARK: - One poll

    /// Runs one poll: every due series of the plan, then (every
    /// ``SyncPlan/organizationRefreshInterval`` and on the first poll) projects, keys, users,
    /// spend limits and alerts. Used by `usagetop sync` and by the loop.
    ///
    /// While a rate-limit or outage wait is running (``retryAt`` in the future) it makes no request.
    /// - Returns: what was fetched, per dataset, and the resulting state (also persisted).
    public func syncOnce() async -> SyncReport {
        let now = clock.now()
        if let retryAt, now < retryAt {
            return SyncReport(startedAt: now, finishedAt: now,
                              datasets: [.init(name: "all", skipped: "backing off until \(retryAt)")], state: state)
        }
        let previous = state
        state = .syncing
        var datasets: [SyncReport.DatasetReport] = []
        var stopped: PollStopped?
        do {
            for series in plan.series {
                datasets.append(try await syncSeries(series, now: now))
            }
            if organizationDue(now: now) {
                try await refreshOrganization(now: now, into: &datasets)
            }
        } catch let stop as PollStopped {
            stopped = stop
            datasets.append(.init(name: stop.name, requests: 1, error: stop.message))
        } catch {
            // Cancellation: leave the state as it was.
            state = previous
            return SyncReport(startedAt: now, finishedAt: clock.now(), datasets: datasets, state: previous)
        }
        var lastSuccess: UnixSeconds?
        if let stopped {
            state = stopped.state
            retryAt = stopped.retryAt
        } else {
            globalFailures = 0
            retryAt = nil
            if let failed = datasets.first(where: { $0.error != nil }) {
                state = .failing(message: "\(failed.name): \(failed.error ?? "")")
            } else {
                state = .ok
                lastSuccess = now
            }
        }
        try? store.saveSyncState(state, retryAt: retryAt, lastSuccess: lastSuccess)
        return SyncReport(startedAt: now, finishedAt: clock.now(), datasets: datasets, state: state)
    }

    // MARK: - Series

    private func syncSeries(_ series: SyncPlan.Series, now: UnixSeconds) async throws -> SyncReport.DatasetReport {
        let name = series.key.name
        if (try? store.isSeriesRejected(series.key)) == true {
            return .init(name: name, skipped: "refused by the server (HTTP 400); not asked again")
        }
        let previous = (try? store.freshness(name)) ?? nil
        if let wait = previous?.retryAt, now < wait {
            return .init(name: name, skipped: "retry at \(wait)")
        }
        let start = plan.startTime(width: series.key.width, lastSuccess: previous?.lastSuccess, now: now)
        let query = BucketQuery(startTime: start, endTime: nil, width: series.key.width, grouping: series.key.grouping)
        var report = SyncReport.DatasetReport(name: name, startTime: start, requests: 1)
        let result: Result<[UsageBucket], SyncFailure> = await attempt(name: name, mayBeRejected: series.mayBeRejected, now: now) {
            try await self.api.buckets(series.key.dataset, query: query)
        }
        switch result {
        case .success(let buckets):
            do {
                report.records = try store.replaceBuckets(series.key, buckets, fetchedAt: now)
                report.buckets = buckets.count
                recordSuccess(name, now: now, previous: previous)
            } catch {
                report.error = recordFailure(name, message: redaction.redact("\(error)"), now: now, previous: previous)
            }
        case .failure(.rejected(let message)):
            try? store.markSeriesRejected(series.key, message: message)
            report.skipped = "refused by the server (HTTP 400): \(message)"
            recordSuccess(name, now: now, previous: previous)
        case .failure(.dataset(let message)):
            report.error = recordFailure(name, message: message, now: now, previous: previous)
        case .failure(.stopPoll(let state, let message, let retry)):
            saveStopFreshness(name, message: message, retryAt: retry, now: now, previous: previous)
            throw PollStopped(name: name, state: state, message: message, retryAt: retry)
        }
        return report
    }

    // MARK: - Organization objects

    private func organizationDue(now: UnixSeconds) -> Bool {
        guard let f = (try? store.freshness("projects")) ?? nil, let attempted = f.lastAttempt else { return true }
        if let wait = f.retryAt, now < wait { return false }
        return f.lastSuccess == nil || now - attempted >= plan.organizationRefreshInterval
    }

    private func refreshOrganization(now: UnixSeconds, into datasets: inout [SyncReport.DatasetReport]) async throws {
        // Projects first: the key, limit and alert lists are per project.
        var projectsReport = SyncReport.DatasetReport(name: "projects", requests: 1)
        let projects: [Project]
        switch try await list("projects", now: now, { try await self.api.projects(includeArchived: true) }) {
        case .success(let list):
            try? store.replaceProjects(list)
            try? store.removeKeys(ofProjectsNotIn: Set(list.map(\.id)))
            projects = list
            projectsReport.buckets = list.count
        case .failure(let message):
            projectsReport.error = message.message
            projects = (try? store.projects()) ?? []
        }
        datasets.append(projectsReport)

        datasets.append(try await perProject("api_keys", projects: projects, now: now) { project in
            guard let project else { return 0 }
            let keys = try await self.api.projectAPIKeys(projectID: project.id)
            try self.store.replaceAPIKeys(projectID: project.id, keys)
            return keys.count
        })
        datasets.append(try await single("admin_api_keys", now: now) {
            let keys = try await self.api.adminAPIKeys()
            try self.store.replaceAPIKeys(projectID: nil, keys)
            return keys.count
        })
        datasets.append(try await single("users", now: now) {
            let users = try await self.api.users()
            try self.store.replaceUsers(users)
            return users.count
        })
        let active = projects.filter { !$0.isArchived }
        datasets.append(try await perProject("spend_limits", projects: active, includeOrganization: true, now: now) { project in
            let limit: SpendLimit?
            do {
                limit = try await self.api.spendLimit(projectID: project?.id)
            } catch AdminAPIError.notFound {
                limit = nil
            }
            try self.store.setSpendLimit(projectID: project?.id, limit)
            return limit == nil ? 0 : 1
        })
        datasets.append(try await perProject("spend_alerts", projects: active, includeOrganization: true, now: now) { project in
            let alerts = try await self.api.spendAlerts(projectID: project?.id)
            try self.store.replaceSpendAlerts(projectID: project?.id, alerts)
            return alerts.count
        })
    }

    /// Fetches one list dataset, recording freshness; `.failure` carries the dataset error.
    private func list<T: Sendable>(_ name: String, now: UnixSeconds, _ body: @Sendable () async throws -> T) async throws -> Result<T, ListFailure> {
        let previous = (try? store.freshness(name)) ?? nil
        switch await attempt(name: name, mayBeRejected: false, now: now, body) {
        case .success(let value):
            recordSuccess(name, now: now, previous: previous)
            return .success(value)
        case .failure(.dataset(let message)), .failure(.rejected(let message)):
            return .failure(ListFailure(message: recordFailure(name, message: message, now: now, previous: previous)))
        case .failure(.stopPoll(let state, let message, let retry)):
            saveStopFreshness(name, message: message, retryAt: retry, now: now, previous: previous)
            throw PollStopped(name: name, state: state, message: message, retryAt: retry)
        }
    }

    private func single(_ name: String, now: UnixSeconds, _ body: @Sendable () async throws -> Int) async throws -> SyncReport.DatasetReport {
        var report = SyncReport.DatasetReport(name: name, requests: 1)
        switch try await list(name, now: now, body) {
        case .success(let count): report.buckets = count
        case .failure(let failure): report.error = failure.message
        }
        return report
    }

    /// One call per project (plus one for the organization when asked); the dataset succeeds
    /// only when every call does, and keeps going past a failed project.
    private func perProject(_ name: String, projects: [Project], includeOrganization: Bool = false, now: UnixSeconds,
                            _ body: @Sendable (Project?) async throws -> Int) async throws -> SyncReport.DatasetReport {
        let previous = (try? store.freshness(name)) ?? nil
        var report = SyncReport.DatasetReport(name: name)
        var firstError: String?
        let scopes: [Project?] = (includeOrganization ? [nil] : []) + projects.map { Optional($0) }
        for scope in scopes {
            report.requests += 1
            switch await attempt(name: name, mayBeRejected: false, now: now, { try await body(scope) }) {
            case .success(let count):
                report.buckets += count
            case .failure(.dataset(let message)), .failure(.rejected(let message)):
                firstError = firstError ?? (scope.map { "\($0.id): " } ?? "") + message
            case .failure(.stopPoll(let state, let message, let retry)):
                saveStopFreshness(name, message: message, retryAt: retry, now: now, previous: previous)
                throw PollStopped(name: name, state: state, message: message, retryAt: retry)
            }
        }
        if let firstError {
            report.error = recordFailure(name, message: firstError, now: now, previous: previous)
        } else {
            recordSuccess(name, now: now, previous: previous)
        }
        return report
    }

    // MARK: - Errors and freshness

    /// Runs one Admin API call and classifies its failure.
    private func attempt<T: Sendable>(name: String, mayBeRejected: Bool, now: UnixSeconds,
                                      _ body: @Sendable () async throws -> T) async -> Result<T, SyncFailure> {
        do {
            return .success(try await body())
        } catch {
            return .failure(classify(error, mayBeRejected: mayBeRejected, now: now))
        }
    }

    private func classify(_ error: any Error, mayBeRejected: Bool, now: UnixSeconds) -> SyncFailure {
        let message = redaction.redact((error as? AdminAPIError)?.description ?? "\(error)")
        guard let api = error as? AdminAPIError else {
            if error is CancellationError {
                return .stopPoll(state, message: "cancelled", retryAt: retryAt)
            }
            return .dataset(message: message)
        }
        switch api {
        case .unauthorized:
            return .stopPoll(.unauthorized(message: message), message: message, retryAt: nil)
        case .rateLimited(let after, _):
            globalFailures += 1
            let wait = after.map { UnixSeconds(max($0, 1)) }
                ?? plan.backoffDelay(failures: globalFailures, randomUnit: randomUnit())
            return .stopPoll(.rateLimited(retryAt: now + wait), message: message, retryAt: now + wait)
        case .transport:
            globalFailures += 1
            let wait = plan.backoffDelay(failures: globalFailures, randomUnit: randomUnit())
            return .stopPoll(.offline(message: message), message: message, retryAt: now + wait)
        case .invalidBaseURL:
            return .stopPoll(.failing(message: message), message: message, retryAt: nil)
        case .badRequest where mayBeRejected:
            return .rejected(message: message)
        case .badRequest, .notFound, .server, .unexpectedStatus, .badBody:
            return .dataset(message: message)
        }
    }

    private func recordSuccess(_ name: String, now: UnixSeconds, previous: DatasetFreshness?) {
        datasetFailures[name] = nil
        try? store.saveFreshness(DatasetFreshness(name: name, lastSuccess: now, lastAttempt: now, lastError: nil, retryAt: nil))
    }

    /// Records a dataset failure with its own backoff; returns the message.
    private func recordFailure(_ name: String, message: String, now: UnixSeconds, previous: DatasetFreshness?) -> String {
        let failures = (datasetFailures[name] ?? 0) + 1
        datasetFailures[name] = failures
        let wait = plan.backoffDelay(failures: failures, randomUnit: randomUnit())
        try? store.saveFreshness(DatasetFreshness(name: name, lastSuccess: previous?.lastSuccess, lastAttempt: now,
                                                  lastError: message, retryAt: now + wait))
        return message
    }

    private func saveStopFreshness(_ name: String, message: String, retryAt: UnixSeconds?, now: UnixSeconds, previous: DatasetFreshness?) {
        try? store.saveFreshness(DatasetFreshness(name: name, lastSuccess: previous?.lastSuccess, lastAttempt: now,
                                                  lastError: message, retryAt: retryAt))
    }
}

/// A list dataset's failure message (already redacted).
struct ListFailure: Error, Sendable {
    var message: String
}
