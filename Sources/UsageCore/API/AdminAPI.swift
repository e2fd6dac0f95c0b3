/// The OpenAI Admin API as usagetop's sync service uses it: bucketed usage and costs, and the
/// organization's object lists. ``AdminAPIClient`` implements it over HTTP; tests may supply
/// their own.
///
/// Every method follows all pages (`next_page` for buckets, `after`/`has_more` for lists) and
/// throws ``AdminAPIError``. References: `notes/openai-admin-api.md` §1–§5 and the spec excerpt
/// in `openai-admin-spec/`.
public protocol AdminAPI: Sendable {
    /// All buckets of `dataset` for `query`, every page followed, in time order
    /// (`GET /organization/usage/{type}` or `GET /organization/costs`).
    /// - Throws: ``AdminAPIError``.
    func buckets(_ dataset: Dataset, query: BucketQuery) async throws -> [UsageBucket]

    /// Every project (`GET /organization/projects`), archived ones included when asked.
    func projects(includeArchived: Bool) async throws -> [Project]

    /// Every key of one project (`GET /organization/projects/{id}/api_keys?owner_project_access=any`).
    func projectAPIKeys(projectID: String) async throws -> [APIKey]

    /// Every admin key (`GET /organization/admin_api_keys`).
    func adminAPIKeys() async throws -> [APIKey]

    /// Every organization user (`GET /organization/users`).
    func users() async throws -> [OrgUser]

    /// The spend limit of the organization (`projectID == nil`) or of one project; `nil` when
    /// none is set (the API answers 404).
    func spendLimit(projectID: String?) async throws -> SpendLimit?

    /// The spend alerts of the organization (`projectID == nil`) or of one project.
    func spendAlerts(projectID: String?) async throws -> [SpendAlert]
}

/// The parameters of one bucketed query.
public struct BucketQuery: Sendable, Hashable {
    /// `start_time`, inclusive (Unix seconds UTC).
    public var startTime: UnixSeconds
    /// `end_time`, exclusive (Unix seconds UTC); `nil` = up to now. Never in the future.
    public var endTime: UnixSeconds?
    /// `bucket_width`.
    public var width: BucketWidth
    /// `group_by`.
    public var grouping: Grouping
    /// `project_ids` filter (empty = all).
    public var projectIDs: [String]
    /// `api_key_ids` filter (empty = all).
    public var apiKeyIDs: [String]
    /// `limit` per page (buckets); `nil` = the largest the endpoint allows for the width.
    public var pageLimit: Int?

    /// Creates a query.
    public init(startTime: UnixSeconds, endTime: UnixSeconds? = nil, width: BucketWidth = .day,
                grouping: Grouping = .none, projectIDs: [String] = [], apiKeyIDs: [String] = [], pageLimit: Int? = nil) {
        self.startTime = startTime
        self.endTime = endTime
        self.width = width
        self.grouping = grouping
        self.projectIDs = projectIDs
        self.apiKeyIDs = apiKeyIDs
        self.pageLimit = pageLimit
    }
}

/// Why an Admin API call failed. Messages are for people and never contain the key.
public enum AdminAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 401/403: no key, a wrong key, or a project key where an Admin key is needed.
    case unauthorized(status: Int, message: String)
    /// 429; `retryAfter` in seconds when the server sent `Retry-After`.
    case rateLimited(retryAfter: Int?, message: String)
    /// 400 (e.g. costs refusing `group_by=api_key_id`).
    case badRequest(message: String)
    /// 404 (unknown project, no spend limit set).
    case notFound(message: String)
    /// 5xx.
    case server(status: Int, message: String)
    /// Any other unexpected status.
    case unexpectedStatus(status: Int, message: String)
    /// The body could not be decoded; `detail` says where.
    case badBody(detail: String)
    /// Connection failed, DNS, TLS or timeout.
    case transport(message: String)
    /// The base URL is not acceptable (e.g. plain `http://` to a non-loopback host).
    case invalidBaseURL(String)

    public var description: String {
        switch self {
        case .unauthorized(let s, let m): "HTTP \(s): \(m) — an Admin key (sk-admin-…) is needed"
        case .rateLimited(let r, let m): "rate limited" + (r.map { " (retry in \($0) s)" } ?? "") + (m.isEmpty ? "" : ": \(m)")
        case .badRequest(let m): "HTTP 400: \(m)"
        case .notFound(let m): "HTTP 404: \(m)"
        case .server(let s, let m): "HTTP \(s): \(m)"
        case .unexpectedStatus(let s, let m): "HTTP \(s): \(m)"
        case .badBody(let d): "malformed response: \(d)"
        case .transport(let m): "cannot reach the API: \(m)"
        case .invalidBaseURL(let m): "invalid base URL: \(m)"
        }
    }
}
