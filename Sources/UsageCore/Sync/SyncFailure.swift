/// How the sync service reacts to one failed Admin API call (DESIGN.md §2, "Backoff").
enum SyncFailure: Error, Sendable, Hashable {
    /// Stop the whole poll: 401/403 (``SyncState/unauthorized(message:)``, polling stops), 429
    /// (``SyncState/rateLimited(retryAt:)``), transport errors (``SyncState/offline(message:)``)
    /// or an unusable base URL. `retryAt` is when polling may resume (Unix seconds UTC).
    case stopPoll(SyncState, message: String, retryAt: UnixSeconds?)
    /// Only this dataset failed (5xx, malformed body, other status): it backs off on its own.
    case dataset(message: String)
    /// HTTP 400 for a series the server may refuse: remember and stop asking.
    case rejected(message: String)
}

/// Thrown inside a poll to abandon it after a ``SyncFailure/stopPoll(_:message:retryAt:)``.
struct PollStopped: Error, Sendable {
    /// The dataset whose call failed.
    var name: String
    /// The state the service is left in.
    var state: SyncState
    /// The (redacted) message.
    var message: String
    /// When polling may resume (Unix seconds UTC); `nil` = only on request (401/403).
    var retryAt: UnixSeconds?
}
