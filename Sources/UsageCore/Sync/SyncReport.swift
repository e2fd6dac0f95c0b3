/// What one poll fetched (`usagetop sync` prints it; the dashboard reads ``state``).
public struct SyncReport: Sendable, Hashable {
    /// What happened to one dataset in the poll.
    public struct DatasetReport: Sendable, Hashable {
        /// The dataset name (``SeriesKey/name`` or `projects`, `api_keys`, `admin_api_keys`,
        /// `users`, `spend_limits`, `spend_alerts`).
        public var name: String
        /// The `start_time` asked for (bucketed series only; Unix seconds UTC).
        public var startTime: UnixSeconds?
        /// Buckets (or list objects) received.
        public var buckets: Int
        /// Records stored.
        public var records: Int
        /// Admin API calls made (each call follows every page itself).
        public var requests: Int
        /// The error, when the dataset failed (never contains a secret).
        public var error: String?
        /// Why it was not fetched this time (`retry at …`, `refused by the server`), if it was not.
        public var skipped: String?

        /// Creates a dataset report.
        public init(name: String, startTime: UnixSeconds? = nil, buckets: Int = 0, records: Int = 0, requests: Int = 0,
                    error: String? = nil, skipped: String? = nil) {
            self.name = name
            self.startTime = startTime
            self.buckets = buckets
            self.records = records
            self.requests = requests
            self.error = error
            self.skipped = skipped
        }
    }

    /// When the poll started (Unix seconds UTC, from the service's clock).
    public var startedAt: UnixSeconds
    /// When it ended (Unix seconds UTC).
    public var finishedAt: UnixSeconds
    /// One entry per dataset touched or skipped, in fetch order.
    public var datasets: [DatasetReport]
    /// The overall state after the poll.
    public var state: SyncState

    /// Creates a report.
    public init(startedAt: UnixSeconds, finishedAt: UnixSeconds, datasets: [DatasetReport], state: SyncState) {
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.datasets = datasets
        self.state = state
    }

    /// Admin API calls made in the poll.
    public var requests: Int { datasets.reduce(0) { $0 + $1.requests } }

    /// The error messages of the poll, one per failed dataset.
    public var errors: [String] { datasets.compactMap { d in d.error.map { "\(d.name): \($0)" } } }
}

/// What the polling loop tells its owner (the app wakes the UI and rebuilds the snapshot).
public enum SyncEvent: Sendable, Hashable {
    /// A poll began (Unix seconds UTC); the state is ``SyncState/syncing``.
    case pollStarted(at: UnixSeconds)
    /// A poll ended; the cache may have changed.
    case pollFinished(SyncReport)
}
