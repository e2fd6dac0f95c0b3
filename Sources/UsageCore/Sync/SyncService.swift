import Foundation

/// Polls the Admin API into the cache (DESIGN.md §2): incremental bucket fetches per
/// ``SyncPlan``, a slower refresh of projects, keys, users, limits and alerts, backoff, and
/// per-dataset freshness persisted in the ``UsageStore``.
///
/// Time comes from the injected ``UsageClock``; the loop in ``run(interval:onChange:)`` sleeps on
/// the real `ContinuousClock` between polls (no other timer). Errors and stored messages pass
/// through a ``Redaction`` and never contain the key.
public actor SyncService {
    let api: any AdminAPI
    let store: UsageStore
    let clock: any UsageClock
    /// The plan: which series, backfill depth, refresh and backoff intervals.
    public let plan: SyncPlan
    let redaction: Redaction
    let randomUnit: @Sendable () -> Double

    /// The overall state after the last poll (``SyncState/syncing`` while one runs).
    public internal(set) var state: SyncState
    /// When polling may resume after a 429 or an outage (Unix seconds UTC); `nil` = now.
    public internal(set) var retryAt: UnixSeconds?
    var globalFailures = 0
    var datasetFailures: [String: Int] = [:]
    private var wake: AsyncStream<Void>.Continuation?
    /// When this service last refreshed the organization lists (`nil`: not yet, so the first poll does).
    var organizationRefreshedAt: UnixSeconds?
    /// Whether a poll is running.
    private var polling = false

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
        let persisted = ((try? store.syncState()) ?? nil) ?? .noData
        self.state = persisted
        self.retryAt = SyncService.resumedRetryAt(state: persisted, retryAt: (try? store.syncRetryAt()) ?? nil)
    }

    /// The poll-wide retry time a new service keeps from the cache: only a rate limit's
    /// (``SyncState/rateLimited(retryAt:)``: the cache belongs to one organization, whose limit
    /// still holds). A wait recorded with another state — refused key (401/403), outage, failure —
    /// came from a previous run, perhaps with another key or base URL, and must not delay the
    /// first poll of this one (the new key or URL may fix it). Pure.
    /// - Parameters:
    ///   - state: the state recorded in the cache.
    ///   - retryAt: the retry time recorded with it (Unix seconds UTC).
    /// - Returns: `retryAt` for a rate limit, else `nil` (poll at once).
    public static func resumedRetryAt(state: SyncState, retryAt: UnixSeconds?) -> UnixSeconds? {
        if case .rateLimited = state { return retryAt }
        return nil
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
        organizationRefreshedAt = nil
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
    /// While a rate-limit or outage wait is running (``retryAt`` in the future), or another poll
    /// is running, it makes no request.
    /// - Returns: what was fetched, per dataset, and the resulting state (also persisted).
    public func syncOnce() async -> SyncReport {
        let now = clock.now()
        if let retryAt, plan.isWaiting(until: retryAt, now: now) {
            return SyncReport(startedAt: now, finishedAt: now,
                              datasets: [.init(name: "all", skipped: "backing off until \(UTCCalendar.minuteLabel(retryAt))")], state: state)
        }
        // The actor is re-entrant across awaits: never run two polls at once.
        guard !polling else {
            return SyncReport(startedAt: now, finishedAt: now, datasets: [.init(name: "all", skipped: "a poll is already running")],
                              state: state)
        }
        polling = true
        defer { polling = false }
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
}
