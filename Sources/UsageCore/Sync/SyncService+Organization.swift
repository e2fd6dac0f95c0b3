// MARK: - Organization objects

/// The slower refresh of projects, keys, users, spend limits and alerts (`notes/openai-admin-api.md` §3, §5).
extension SyncService {
    /// At the first poll of this service, after ``refreshNow()``, and every
    /// ``SyncPlan/organizationRefreshInterval`` — unless the projects list is backing off.
    func organizationDue(now: UnixSeconds) -> Bool {
        if let f = (try? store.freshness("projects")) ?? nil, plan.isWaiting(until: f.retryAt, now: now) { return false }
        guard let last = organizationRefreshedAt else { return true }
        return now - last >= plan.organizationRefreshInterval
    }

    /// Refreshes projects (archived included), every project's keys, admin keys, users, and the
    /// organization's and active projects' spend limits and alerts; a dataset error is recorded
    /// and the refresh goes on.
    /// - Throws: ``PollStopped`` when the whole poll must stop.
    func refreshOrganization(now: UnixSeconds, into datasets: inout [SyncReport.DatasetReport]) async throws {
        // Projects first: the key, limit and alert lists are per project.
        var projectsReport = SyncReport.DatasetReport(name: "projects", requests: 1)
        let projects: [Project]
        switch try await list("projects", now: now, { try await self.api.projects(includeArchived: true) }) {
        case .success(let list):
            try? store.replaceProjects(list)
            try? store.removeKeys(ofProjectsNotIn: Set(list.map(\.id)))
            projects = list
            projectsReport.buckets = list.count
        case .failure(let message):
            projectsReport.error = message.message
            projects = (try? store.projects()) ?? []
        }
        datasets.append(projectsReport)

        datasets.append(try await perProject("api_keys", projects: projects, now: now) { project in
            guard let project else { return 0 }
            let keys = try await self.api.projectAPIKeys(projectID: project.id)
            try self.store.replaceAPIKeys(projectID: project.id, keys)
            return keys.count
        })
        datasets.append(try await single("admin_api_keys", now: now) {
            let keys = try await self.api.adminAPIKeys()
            try self.store.replaceAPIKeys(projectID: nil, keys)
            return keys.count
        })
        datasets.append(try await single("users", now: now) {
            let users = try await self.api.users()
            try self.store.replaceUsers(users)
            return users.count
        })
        let active = projects.filter { !$0.isArchived }
        datasets.append(try await perProject("spend_limits", projects: active, includeOrganization: true, now: now) { project in
            let limit: SpendLimit?
            do {
                limit = try await self.api.spendLimit(projectID: project?.id)
            } catch AdminAPIError.notFound {
                limit = nil
            }
            try self.store.setSpendLimit(projectID: project?.id, limit)
            return limit == nil ? 0 : 1
        })
        datasets.append(try await perProject("spend_alerts", projects: active, includeOrganization: true, now: now) { project in
            let alerts = try await self.api.spendAlerts(projectID: project?.id)
            try self.store.replaceSpendAlerts(projectID: project?.id, alerts)
            return alerts.count
        })
        // Only a refresh that was not stopped counts; a stopped one is retried on the next poll.
        organizationRefreshedAt = now
    }

    /// Fetches one list dataset, recording freshness; `.failure` carries the dataset error.
    func list<T: Sendable>(_ name: String, now: UnixSeconds, _ body: @Sendable () async throws -> T) async throws -> Result<T, ListFailure> {
        let previous = (try? store.freshness(name)) ?? nil
        switch await attempt(name: name, mayBeRejected: false, now: now, body) {
        case .success(let value):
            recordSuccess(name, now: now, previous: previous)
            return .success(value)
        case .failure(.dataset(let message)), .failure(.rejected(let message)):
            return .failure(ListFailure(message: recordFailure(name, message: message, now: now, previous: previous)))
        case .failure(.stopPoll(let state, let message, let retry)):
            saveStopFreshness(name, state: state, message: message, retryAt: retry, now: now, previous: previous)
            throw PollStopped(name: name, state: state, message: message, retryAt: retry)
        }
    }

    /// One list call that returns a count of stored objects.
    func single(_ name: String, now: UnixSeconds, _ body: @Sendable () async throws -> Int) async throws -> SyncReport.DatasetReport {
        var report = SyncReport.DatasetReport(name: name, requests: 1)
        switch try await list(name, now: now, body) {
        case .success(let count): report.buckets = count
        case .failure(let failure): report.error = failure.message
        }
        return report
    }

    /// One call per project (plus one for the organization when asked); the dataset succeeds
    /// only when every call does, and keeps going past a failed project.
    func perProject(_ name: String, projects: [Project], includeOrganization: Bool = false, now: UnixSeconds,
                            _ body: @Sendable (Project?) async throws -> Int) async throws -> SyncReport.DatasetReport {
        let previous = (try? store.freshness(name)) ?? nil
        var report = SyncReport.DatasetReport(name: name)
        var firstError: String?
        let scopes: [Project?] = (includeOrganization ? [nil] : []) + projects.map { Optional($0) }
        for scope in scopes {
            report.requests += 1
            switch await attempt(name: name, mayBeRejected: false, now: now, { try await body(scope) }) {
            case .success(let count):
                report.buckets += count
            case .failure(.dataset(let message)), .failure(.rejected(let message)):
                firstError = firstError ?? (scope.map { "\($0.id): " } ?? "") + message
            case .failure(.stopPoll(let state, let message, let retry)):
                saveStopFreshness(name, state: state, message: message, retryAt: retry, now: now, previous: previous)
                throw PollStopped(name: name, state: state, message: message, retryAt: retry)
            }
        }
        if let firstError {
            report.error = recordFailure(name, message: firstError, now: now, previous: previous)
        } else {
            recordSuccess(name, now: now, previous: previous)
        }
        return report
    }
}
