import AsyncHTTPClient
import Foundation
import Logging

/// The OpenAI Admin API over HTTP: usage and costs buckets, projects, keys, users, spend limits
/// and spend alerts, every page followed (``AdminAPI``; `notes/openai-admin-api.md` §0–§5).
///
/// - Base URL: `https://api.openai.com/v1` by default, or the simulator's
///   `http://127.0.0.1:PORT/v1`; plain `http://` only for loopback hosts.
/// - Every request sends `Authorization: Bearer <admin key>` and `User-Agent: usagetop`.
/// - The key never appears in ``description``, `debugDescription`, `dump`, errors or log lines;
///   the logger sees method, path, status and page number only.
/// - Failures are ``AdminAPIError``s (a cancelled task throws `CancellationError`).
public struct AdminAPIClient: AdminAPI, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The production base URL, `https://api.openai.com/v1`.
    public static let defaultBaseURL = "https://api.openai.com/v1"

    /// The most pages one call follows before it gives up with ``AdminAPIError/badBody(detail:)``.
    public static let defaultMaxPages = 1_000

    let base: APIBaseURL
    let key: AdminKeySecret
    let transport: any HTTPTransport
    let logger: Logger
    let maxPages: Int

    // MARK: - Init

    /// A client that sends through AsyncHTTPClient.
    ///
    /// - Parameters:
    ///   - baseURL: `https://…/v1`, or `http://` to a loopback host (the simulator).
    ///   - adminKey: The Admin key (`sk-admin-…`); surrounding whitespace is trimmed.
    ///   - httpClient: The client to send through; the caller owns it and shuts it down
    ///     (default ``HTTPClient/shared``, which needs no shutdown). AsyncHTTPClient retries a
    ///     refused connection until the deadline; a client configured with
    ///     `connectionPool.retryConnectionEstablishment = false` reports "offline" at once.
    ///   - timeout: Deadline for one request, connect to last byte (default 30 s).
    ///   - logger: Receives one line per request (method, path, status); never the key.
    ///   - maxPages: Largest number of pages one call follows (a guard against endless cursors).
    /// - Throws: ``AdminAPIError/invalidBaseURL(_:)``.
    public init(
        baseURL: String = AdminAPIClient.defaultBaseURL,
        adminKey: String,
        httpClient: HTTPClient = .shared,
        timeout: Duration = .seconds(30),
        logger: Logger = Logger(label: "usagetop.api"),
        maxPages: Int = AdminAPIClient.defaultMaxPages
    ) throws {
        try self.init(
            baseURL: baseURL, adminKey: adminKey,
            transport: AsyncHTTPClientTransport(client: httpClient, timeout: timeout, logger: logger),
            logger: logger, maxPages: maxPages)
    }

    /// A client over any ``HTTPTransport`` (tests inject canned responses this way).
    ///
    /// - Parameters:
    ///   - baseURL: `https://…/v1`, or `http://` to a loopback host.
    ///   - adminKey: The Admin key (`sk-admin-…`); surrounding whitespace is trimmed.
    ///   - transport: Performs the `GET`s.
    ///   - logger: Receives one line per request (method, path, status); never the key.
    ///   - maxPages: Largest number of pages one call follows.
    /// - Throws: ``AdminAPIError/invalidBaseURL(_:)``.
    public init(
        baseURL: String = AdminAPIClient.defaultBaseURL,
        adminKey: String,
        transport: any HTTPTransport,
        logger: Logger = Logger(label: "usagetop.api"),
        maxPages: Int = AdminAPIClient.defaultMaxPages
    ) throws {
        self.base = try APIBaseURL(baseURL)
        self.key = AdminKeySecret(adminKey)
        self.transport = transport
        self.logger = logger
        self.maxPages = max(maxPages, 1)
    }

    /// The validated base URL without a trailing slash (`https://api.openai.com/v1`), e.g. to
    /// tell which organization endpoint a cache belongs to.
    public var baseURL: String { base.text }

    // MARK: - Description (never the key)

    /// `AdminAPIClient(https://api.openai.com/v1, key: [redacted])`.
    public var description: String { "AdminAPIClient(\(base.text), key: [redacted])" }
    /// Same as ``description``.
    public var debugDescription: String { description }
    /// A mirror that shows the base URL only.
    public var customMirror: Mirror { Mirror(self, children: ["baseURL": base.text], displayStyle: .struct) }

    // MARK: - AdminAPI

    /// All buckets of `dataset` for `query`, following `next_page` until `has_more` is false or
    /// the cursor is null (`GET /organization/usage/{type}`, `GET /organization/costs`;
    /// `notes/openai-admin-api.md` §1, §2).
    ///
    /// Records carry `query.grouping` and `query.width`; idle buckets stay, with no records.
    /// - Throws: ``AdminAPIError``; ``AdminAPIError/badRequest(message:)`` before any request
    ///   when the endpoint cannot take the query; ``AdminAPIError/badBody(detail:)`` when a
    ///   cursor repeats or more than `maxPages` pages come.
    public func buckets(_ dataset: Dataset, query: BucketQuery) async throws -> [UsageBucket] {
        try BucketQueryEncoding.validate(dataset, query)
        let endpoint = "GET \(dataset.path)"
        var buckets: [UsageBucket] = []
        var cursor: String?
        var seenCursors: Set<String> = []
        for pageNumber in 1...maxPages {
            let items = BucketQueryEncoding.items(dataset, query, page: cursor)
            let page = try await get(BucketPageDTO.self, path: dataset.path, query: items, page: pageNumber)
            for (index, bucket) in page.data.enumerated() {
                buckets.append(try bucket.usageBucket(dataset, query: query, endpoint: endpoint, location: "page \(pageNumber) data[\(index)]"))
            }
            guard page.hasMore, let next = page.nextPage, !next.isEmpty else {
                return Self.timeOrdered(buckets)
            }
            guard seenCursors.insert(next).inserted else {
                throw AdminAPIError.badBody(detail: "\(endpoint): next_page cursor repeated on page \(pageNumber)")
            }
            cursor = next
        }
        throw AdminAPIError.badBody(detail: "\(endpoint): still has_more after \(maxPages) pages")
    }

    /// Every project, archived ones too when `includeArchived` (`GET /organization/projects`,
    /// `limit=100`, `include_archived=true`; §3.2).
    /// - Throws: ``AdminAPIError``.
    public func projects(includeArchived: Bool) async throws -> [Project] {
        let query = includeArchived ? [("include_archived", "true")] : []
        return try await list(ProjectDTO.self, path: "/organization/projects", query: query).map(\.project)
    }

    /// Every key of one project, whatever its owner's access
    /// (`GET /organization/projects/{id}/api_keys?owner_project_access=any`; §3.3).
    /// - Throws: ``AdminAPIError`` (``AdminAPIError/notFound(message:)`` for an unknown project).
    public func projectAPIKeys(projectID: String) async throws -> [APIKey] {
        let path = "/organization/projects/\(QueryString.percentEncode(projectID))/api_keys"
        return try await list(ProjectAPIKeyDTO.self, path: path, query: [("owner_project_access", "any")])
            .map { $0.apiKey(projectID: projectID) }
    }

    /// Every admin key (`GET /organization/admin_api_keys`; §3.1).
    /// - Throws: ``AdminAPIError``.
    public func adminAPIKeys() async throws -> [APIKey] {
        try await list(AdminAPIKeyDTO.self, path: "/organization/admin_api_keys", query: []).map(\.apiKey)
    }

    /// Every organization user (`GET /organization/users`; §3.5).
    /// - Throws: ``AdminAPIError``.
    public func users() async throws -> [OrgUser] {
        try await list(UserDTO.self, path: "/organization/users", query: []).map(\.orgUser)
    }

    /// The hard spend limit of the organization or of one project; `nil` when the API answers
    /// 404 (no limit set). Threshold converted from cents (`GET /organization/spend_limit`,
    /// `…/projects/{id}/spend_limit`; §5).
    /// - Throws: ``AdminAPIError`` other than 404.
    public func spendLimit(projectID: String?) async throws -> SpendLimit? {
        let path = projectID.map { "/organization/projects/\(QueryString.percentEncode($0))/spend_limit" }
            ?? "/organization/spend_limit"
        do {
            let dto = try await get(SpendLimitDTO.self, path: path, query: [], page: 1)
            return try dto.spendLimit(projectID: projectID, endpoint: "GET \(path)")
        } catch AdminAPIError.notFound {
            return nil
        }
    }

    /// The spend alerts of the organization or of one project, thresholds converted from cents
    /// (`GET /organization/spend_alerts`, `…/projects/{id}/spend_alerts`; §5).
    /// - Throws: ``AdminAPIError``.
    public func spendAlerts(projectID: String?) async throws -> [SpendAlert] {
        let path = projectID.map { "/organization/projects/\(QueryString.percentEncode($0))/spend_alerts" }
            ?? "/organization/spend_alerts"
        let endpoint = "GET \(path)"
        return try await list(SpendAlertDTO.self, path: path, query: []).map { dto throws(AdminAPIError) in
            try dto.spendAlert(projectID: projectID, endpoint: endpoint)
        }
    }

    // MARK: - Helpers

    /// Buckets sorted by start time, stable (pages already arrive in order).
    static func timeOrdered(_ buckets: [UsageBucket]) -> [UsageBucket] {
        buckets.enumerated()
            .sorted { ($0.element.startTime, $0.offset) < ($1.element.startTime, $1.offset) }
            .map(\.element)
    }
}
