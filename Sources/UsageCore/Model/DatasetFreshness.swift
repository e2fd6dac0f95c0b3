/// What usagetop knows about how current one cached dataset is (DESIGN.md §2, "Honest freshness").
///
/// A dataset is one polled thing: a bucketed ``Dataset`` at one grouping and width, or a list
/// (projects, keys, users, limits). The UI distinguishes *no data yet*, *stale*, *rate limited*,
/// *offline* and *wrong key type* from these fields.
public struct DatasetFreshness: Sendable, Hashable, Codable {
    /// A stable name, e.g. `costs:project_id:1d`, `completions::1h`, `projects`, `api_keys`.
    public var name: String
    /// Last time a fetch of this dataset fully succeeded (Unix seconds UTC); `nil` if never.
    public var lastSuccess: UnixSeconds?
    /// Last time a fetch was attempted (Unix seconds UTC).
    public var lastAttempt: UnixSeconds?
    /// The last error, if the last attempt failed (a short human sentence; never a secret).
    public var lastError: String?
    /// When the next attempt may happen after a rate limit (Unix seconds UTC).
    public var retryAt: UnixSeconds?

    /// Creates a freshness record.
    public init(name: String, lastSuccess: UnixSeconds? = nil, lastAttempt: UnixSeconds? = nil, lastError: String? = nil, retryAt: UnixSeconds? = nil) {
        self.name = name
        self.lastSuccess = lastSuccess
        self.lastAttempt = lastAttempt
        self.lastError = lastError
        self.retryAt = retryAt
    }
}

/// The overall state of the sync service, shown in the status line.
public enum SyncState: Sendable, Hashable, Codable {
    /// Nothing fetched yet and nothing in the cache.
    case noData
    /// A sync is running.
    case syncing
    /// The last poll succeeded.
    case ok
    /// The API answered 429; polling resumes at `retryAt` (Unix seconds UTC).
    case rateLimited(retryAt: UnixSeconds)
    /// The server could not be reached (DNS, connect, timeout); `message` says what happened.
    case offline(message: String)
    /// 401/403: the key is missing, wrong or not an Admin key; polling has stopped.
    case unauthorized(message: String)
    /// Another failure (5xx, malformed body); `message` says what.
    case failing(message: String)
}
