// MARK: - Errors and freshness

/// Classifying failures (backoff, stop, per-dataset) and recording per-dataset freshness.
extension SyncService {
    /// Runs one Admin API call and classifies its failure.
    func attempt<T: Sendable>(name: String, mayBeRejected: Bool, now: UnixSeconds,
                                      _ body: @Sendable () async throws -> T) async -> Result<T, SyncFailure> {
        do {
            return .success(try await body())
        } catch {
            return .failure(classify(error, mayBeRejected: mayBeRejected, now: now))
        }
    }

    /// 401/403, 429, transport and base-URL errors stop the poll (429 and transport with a retry
    /// time: `Retry-After`, else exponential backoff with jitter); a 400 on a series that may be
    /// refused is remembered; anything else fails only its dataset. The message is redacted.
    func classify(_ error: any Error, mayBeRejected: Bool, now: UnixSeconds) -> SyncFailure {
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

    /// Records a dataset success (clears its error and backoff).
    func recordSuccess(_ name: String, now: UnixSeconds, previous: DatasetFreshness?) {
        datasetFailures[name] = nil
        try? store.saveFreshness(DatasetFreshness(name: name, lastSuccess: now, lastAttempt: now, lastError: nil, retryAt: nil))
    }

    /// Records a dataset failure with its own backoff; returns the message.
    func recordFailure(_ name: String, message: String, now: UnixSeconds, previous: DatasetFreshness?) -> String {
        let failures = (datasetFailures[name] ?? 0) + 1
        datasetFailures[name] = failures
        let wait = plan.backoffDelay(failures: failures, randomUnit: randomUnit())
        try? store.saveFreshness(DatasetFreshness(name: name, lastSuccess: previous?.lastSuccess, lastAttempt: now,
                                                  lastError: message, retryAt: now + wait))
        return message
    }

    /// Records the failure that stopped the poll on its dataset. The dataset keeps the poll's
    /// retry time only for a rate limit (``resumedRetryAt(state:retryAt:)``): an outage's wait is
    /// poll-wide (``retryAt``) and must not hold the dataset back in a later run that is online.
    func saveStopFreshness(_ name: String, state: SyncState, message: String, retryAt: UnixSeconds?, now: UnixSeconds,
                           previous: DatasetFreshness?) {
        try? store.saveFreshness(DatasetFreshness(name: name, lastSuccess: previous?.lastSuccess, lastAttempt: now,
                                                  lastError: message,
                                                  retryAt: SyncService.resumedRetryAt(state: state, retryAt: retryAt)))
    }
}

/// A list dataset's failure message (already redacted).
struct ListFailure: Error, Sendable {
    var message: String
}
