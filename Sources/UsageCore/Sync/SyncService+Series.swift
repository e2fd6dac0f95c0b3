// MARK: - Series

/// Bucketed series: one incremental `buckets` call per due series of the plan (DESIGN.md §2).
extension SyncService {
    /// Fetches one series from its next start time (``SyncPlan/startTime(width:lastSuccess:now:)``)
    /// and replaces its buckets in the cache, unless it is refused or backing off.
    /// - Throws: ``PollStopped`` when the whole poll must stop.
    func syncSeries(_ series: SyncPlan.Series, now: UnixSeconds) async throws -> SyncReport.DatasetReport {
        let name = series.key.name
        if (try? store.isSeriesRejected(series.key)) == true {
            return .init(name: name, skipped: "refused by the server (HTTP 400); not asked again")
        }
        let previous = (try? store.freshness(name)) ?? nil
        if let wait = previous?.retryAt, plan.isWaiting(until: wait, now: now) {
            // Still backing off after its own failure: no request, and it still counts as failing.
            return .init(name: name, error: previous?.lastError, skipped: "retry at \(UTCCalendar.minuteLabel(wait))")
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
            saveStopFreshness(name, state: state, message: message, retryAt: retry, now: now, previous: previous)
            throw PollStopped(name: name, state: state, message: message, retryAt: retry)
        }
        return report
    }
}
