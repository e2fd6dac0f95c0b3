import Foundation

// MARK: - The pure request handler

/// The Admin API as a pure function: (organization, options, request, simulated now) → response.
///
/// Serves every endpoint of DESIGN.md §2 under `/v1/organization/…` following
/// `openai-admin-spec/openai-admin-spec-excerpt.yaml` and the quirks of
/// `notes/openai-admin-api.md` §9. Fault injection by request count lives in ``SimServer``.
public struct SimAPI: Sendable {
    /// The organization being served.
    public let organization: SimOrganization
    /// Answer costs `group_by` containing `api_key_id` with a 400 (the July 2026 live behaviour).
    public let rejectCostsKeyGrouping: Bool
    /// Simulated time the organization was generated for (Unix seconds); some metadata is relative to it.
    public let startTime: Int64

    /// Creates the handler for an organization.
    public init(organization: SimOrganization, rejectCostsKeyGrouping: Bool = false, startTime: Int64) {
        self.organization = organization
        self.rejectCostsKeyGrouping = rejectCostsKeyGrouping
        self.startTime = startTime
    }

    /// Answers one request at simulated time `now` (Unix seconds, UTC). Never throws: every error
    /// becomes an `ErrorResponse` body with the matching status.
    public func handle(_ request: SimRequest, now: Int64) -> SimResponse {
        do {
            return try route(request, now: now)
        } catch {
            return error.response
        }
    }

    private func route(_ request: SimRequest, now: Int64) throws(SimAPIError) -> SimResponse {
        var parts = request.path.split(separator: "/").map(String.init)
        guard parts.first == "v1", parts.count >= 3, parts[1] == "organization" else { throw notFound(request) }
        parts.removeFirst(2)
        let isUsage = parts[0] == "usage" || parts[0] == "costs"
        try authorize(request, scope: isUsage ? "api.usage.read" : "api.management.read")
        guard request.method == "GET" else { throw notFound(request) }
        let json: SimJSON
        switch (parts[0], parts.count) {
        case ("usage", 2):
            guard let endpoint = SimEndpoint(rawValue: parts[1]) else { throw notFound(request) }
            json = try usage(endpoint, request, now: now)
        case ("costs", 1): json = try costs(request, now: now)
        case ("projects", 1): json = try projectList(request)
        case ("projects", _): json = try projectResource(Array(parts.dropFirst()), request, now: now)
        case ("admin_api_keys", 1): json = try SimListPager.page(organization.adminKeys.map { ($0.id, adminKeyJSON($0, now: now)) }, request: request)
        case ("admin_api_keys", 2):
            guard let key = organization.adminKeys.first(where: { $0.id == parts[1] }) else {
                throw .notFound("No admin API key found with id '\(parts[1])'.")
            }
            json = adminKeyJSON(key, now: now)
        case ("users", 1): json = try userList(request)
        case ("users", 2):
            guard let user = organization.user(id: parts[1]) else { throw .notFound("No user found with id '\(parts[1])'.") }
            json = userJSON(user)
        case ("spend_limit", 1):
            guard let cents = organization.spendLimitCents else {
                throw .notFound("No spend limit is set for this organization.")
            }
            json = spendLimitJSON("organization.spend_limit", cents: cents)
        case ("spend_alerts", 1):
            json = try SimListPager.page(organization.spendAlerts.map { ($0.id, alertJSON("organization.spend_alert", $0)) },
                                         request: request, maxLimit: 100)
        case ("spend_alerts", 2):
            guard let alert = organization.spendAlerts.first(where: { $0.id == parts[1] }) else {
                throw .notFound("No spend alert found with id '\(parts[1])'.")
            }
            json = alertJSON("organization.spend_alert", alert)
        default: throw notFound(request)
        }
        return SimResponse(status: 200, json: json)
    }

    private func notFound(_ request: SimRequest) -> SimAPIError {
        SimAPIError(status: 404, message: "Invalid URL (\(request.method) \(request.path))",
                    type: "invalid_request_error", param: nil, code: nil)
    }

    // MARK: - Auth

    /// Accepts `Bearer sk-admin-…`; a missing header, another key type or junk is a 401 in the
    /// API's words (`notes/openai-admin-api.md` §4). The key itself is never echoed.
    private func authorize(_ request: SimRequest, scope: String) throws(SimAPIError) {
        guard let header = request.authorization, !header.isEmpty else {
            throw SimAPIError(
                status: 401,
                message: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
                type: "invalid_request_error", param: nil, code: nil)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw SimAPIError(status: 401, message: "Invalid authorization header; expected 'Bearer <key>'.",
                              type: "invalid_request_error", param: nil, code: "invalid_api_key")
        }
        let key = parts[1].trimmingCharacters(in: .whitespaces)
        if key.hasPrefix("sk-admin-") { return }
        if key.hasPrefix("sk-") {
            throw SimAPIError(
                status: 401,
                message: "You have insufficient permissions for this operation. Missing scopes: \(scope). Check that you have the correct role in your organization (Owner), and if you're using a restricted API key, that it has the necessary scopes.",
                type: "invalid_request_error", param: nil, code: "insufficient_permissions")
        }
        throw SimAPIError(status: 401,
                          message: "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.",
                          type: "invalid_request_error", param: nil, code: "invalid_api_key")
    }
}
