// MARK: - Projects, keys, users, limits

extension SimAPI {
    /// `GET /organization/projects` (`include_archived`, `limit`, `after`), §3.2.
    func projectList(_ request: SimRequest) throws(SimAPIError) -> SimJSON {
        let includeArchived = try SimParams.bool(request, "include_archived") ?? false
        let projects = organization.projects.filter { includeArchived || $0.archivedAt == nil }
        return try SimListPager.page(projects.map { ($0.id, projectJSON($0)) }, request: request)
    }

    /// `/organization/projects/{id}[/…]`.
    func projectResource(_ parts: [String], _ request: SimRequest, now: Int64) throws(SimAPIError) -> SimJSON {
        guard let project = organization.project(id: parts[0]) else {
            throw .notFound("No project found with id '\(parts[0])'.", param: "project_id")
        }
        switch (parts.count, parts.count > 1 ? parts[1] : "") {
        case (1, _): return projectJSON(project)
        case (2, "api_keys"):
            let access = request.value("owner_project_access")
            guard access == nil || ["active", "inactive", "any"].contains(access!) else {
                throw .invalid("owner_project_access", "Invalid 'owner_project_access': expected 'active', 'inactive' or 'any'.")
            }
            let wanted = access ?? "active"
            let keys = organization.projectKeys.filter {
                $0.projectID == project.id && (wanted == "any" || $0.ownerProjectAccess == wanted)
            }
            return try SimListPager.page(keys.map { ($0.id, projectKeyJSON($0, now: now)) }, request: request)
        case (3, "api_keys"):
            guard let key = organization.projectKeys.first(where: { $0.id == parts[2] && $0.projectID == project.id }) else {
                throw .notFound("No API key found with id '\(parts[2])' in project '\(project.id)'.", param: "api_key_id")
            }
            return projectKeyJSON(key, now: now)
        case (2, "rate_limits"):
            let limits = organization.rateLimits[project.id] ?? []
            return try SimListPager.page(limits.map { ($0.id, rateLimitJSON($0)) }, request: request, defaultLimit: 100)
        case (2, "spend_limit"):
            guard let cents = project.spendLimitCents else {
                throw .notFound("No spend limit is set for project '\(project.id)'.")
            }
            return spendLimitJSON("project.spend_limit", cents: cents)
        case (2, "spend_alerts"):
            let alerts = organization.projectSpendAlerts[project.id] ?? []
            return try SimListPager.page(alerts.map { ($0.id, alertJSON("project.spend_alert", $0)) }, request: request)
        case (3, "spend_alerts"):
            guard let alert = organization.projectSpendAlerts[project.id]?.first(where: { $0.id == parts[2] }) else {
                throw .notFound("No spend alert found with id '\(parts[2])'.")
            }
            return alertJSON("project.spend_alert", alert)
        default:
            throw SimAPIError(status: 404, message: "Invalid URL (\(request.method) \(request.path))",
                              type: "invalid_request_error", param: nil, code: nil)
        }
    }

    /// `GET /organization/users` (`emails`, `limit`, `after`), §3.5.
    func userList(_ request: SimRequest) throws(SimAPIError) -> SimJSON {
        let emails = Set(request.values("emails").map { $0.lowercased() })
        let users = organization.users.filter { emails.isEmpty || emails.contains($0.email.lowercased()) }
        return try SimListPager.page(users.map { ($0.id, userJSON($0)) }, request: request)
    }

    // MARK: - Objects

    /// A `Project` object.
    func projectJSON(_ p: SimProject) -> SimJSON {
        .object([
            ("id", .string(p.id)), ("object", .string("organization.project")), ("name", .string(p.name)),
            ("created_at", .int(p.createdAt)), ("archived_at", .optional(p.archivedAt)),
            ("status", .string(p.archivedAt == nil ? "active" : "archived")), ("external_key_id", .null),
            ("residency", .string(p.residency)),
        ])
    }

    /// A `ProjectApiKey` object; `last_used_at` follows the traffic up to `now`.
    func projectKeyJSON(_ k: SimProjectKey, now: Int64) -> SimJSON {
        let owner: SimJSON
        switch k.owner {
        case .user(let id, let role):
            let user = organization.user(id: id)
            owner = .object([("type", .string("user")), ("user", .object([
                ("id", .string(id)), ("email", .string(user?.email ?? "")), ("name", .string(user?.name ?? "")),
                ("created_at", .int(user?.addedAt ?? k.createdAt)), ("role", .string(role)),
            ]))])
        case .serviceAccount(let id, let role):
            let account = organization.serviceAccount(id: id)
            owner = .object([("type", .string("service_account")), ("service_account", .object([
                ("id", .string(id)), ("name", .string(account?.name ?? "")),
                ("created_at", .int(account?.createdAt ?? k.createdAt)), ("role", .string(role)),
            ]))])
        }
        return .object([
            ("object", .string("organization.project.api_key")), ("redacted_value", .string(k.redactedValue)),
            ("name", .string(k.name)), ("created_at", .int(k.createdAt)),
            ("last_used_at", .optional(organization.lastUsedAt(keyID: k.id, now: now))),
            ("id", .string(k.id)), ("owner_project_access", .string(k.ownerProjectAccess)), ("owner", owner),
        ])
    }

    /// An `AdminApiKey` object.
    func adminKeyJSON(_ k: SimAdminKey, now: Int64) -> SimJSON {
        let user = organization.user(id: k.ownerUserID)
        // The main key is the one in use right now; the other was last used 3 days before the start.
        let lastUsed: Int64? = k.expiresAt == nil ? now - now % 60 : min(now, startTime - 3 * 86_400 + 7_200)
        return .object([
            ("object", .string("organization.admin_api_key")), ("id", .string(k.id)), ("name", .string(k.name)),
            ("redacted_value", .string(k.redactedValue)), ("created_at", .int(k.createdAt)),
            ("expires_at", .optional(k.expiresAt)), ("last_used_at", .optional(lastUsed)),
            ("owner", .object([
                ("type", .string("user")), ("object", .string("organization.user")), ("id", .string(k.ownerUserID)),
                ("name", .string(user?.name ?? "")), ("created_at", .int(user?.addedAt ?? k.createdAt)),
                ("role", .string("owner")),
            ])),
        ])
    }

    /// A `User` object.
    func userJSON(_ u: SimUser) -> SimJSON {
        .object([
            ("object", .string("organization.user")), ("id", .string(u.id)), ("name", .string(u.name)),
            ("email", .string(u.email)), ("role", .string(u.role)), ("added_at", .int(u.addedAt)),
        ])
    }

    /// A `ProjectRateLimit` object; optional limits are absent, not null.
    func rateLimitJSON(_ r: SimRateLimit) -> SimJSON {
        var fields: [(String, SimJSON)] = [
            ("object", .string("project.rate_limit")), ("id", .string(r.id)), ("model", .string(r.model)),
            ("max_requests_per_1_minute", .int(Int64(r.maxRequestsPer1Minute))),
            ("max_tokens_per_1_minute", .int(Int64(r.maxTokensPer1Minute))),
        ]
        if let v = r.maxRequestsPer1Day { fields.append(("max_requests_per_1_day", .int(Int64(v)))) }
        if let v = r.batch1DayMaxInputTokens { fields.append(("batch_1_day_max_input_tokens", .int(Int64(v)))) }
        return .object(fields)
    }

    /// A spend-limit resource (`threshold_amount` in US cents).
    func spendLimitJSON(_ object: String, cents: Int64) -> SimJSON {
        .object([
            ("object", .string(object)), ("threshold_amount", .int(cents)), ("currency", .string("USD")),
            ("interval", .string("month")), ("enforcement", .object([("status", .string("enforcing"))])),
        ])
    }

    /// A spend-alert object (`threshold_amount` in US cents).
    func alertJSON(_ object: String, _ a: SimSpendAlert) -> SimJSON {
        .object([
            ("id", .string(a.id)), ("object", .string(object)), ("threshold_amount", .int(a.thresholdCents)),
            ("currency", .string("USD")), ("interval", .string("month")),
            ("notification_channel", .object([
                ("type", .string("email")), ("recipients", .array(a.recipients.map { .string($0) })),
                ("subject_prefix", .string("OpenAI spend alert")),
            ])),
        ])
    }
}
