import Foundation
import Synchronization
@testable import UsageCore

/// An in-memory ``AdminAPI`` for the sync tests: it records every call, answers from scripted
/// data, and fails calls on request.
final class FakeAdminAPI: AdminAPI {
    /// What the fake holds and has seen.
    struct State {
        /// Every bucket query, in order.
        var queries: [(series: SeriesKey, query: BucketQuery)] = []
        /// Every call by name (`costs::1d`, `projects`, `api_keys:proj_a`, `spend_limit:org`, …).
        var calls: [String] = []
        /// Errors to throw once for a call name, in order.
        var failOnce: [String: [AdminAPIError]] = [:]
        /// Errors thrown every time for a call name (`*` = every call).
        var failAlways: [String: AdminAPIError] = [:]
        /// Buckets per series name, returned when their start is inside the query window.
        var buckets: [String: [UsageBucket]] = [:]
        var projects: [Project] = []
        var projectKeys: [String: [APIKey]] = [:]
        var adminKeys: [APIKey] = []
        var users: [OrgUser] = []
        var limits: [String: SpendLimit] = [:]
        var alerts: [String: [SpendAlert]] = [:]
    }

    let state = Mutex(State())

    /// Applies `change` to the state.
    func update(_ change: (inout State) -> Void) { state.withLock { change(&$0) } }

    /// The recorded bucket queries.
    var queries: [(series: SeriesKey, query: BucketQuery)] { state.withLock { $0.queries } }

    /// The recorded call names.
    var calls: [String] { state.withLock { $0.calls } }

    private func record(_ name: String) throws {
        let error: AdminAPIError? = state.withLock { s in
            s.calls.append(name)
            if let e = s.failAlways[name] ?? s.failAlways["*"] { return e }
            if var queue = s.failOnce[name], !queue.isEmpty {
                let e = queue.removeFirst()
                s.failOnce[name] = queue
                return e
            }
            return nil
        }
        if let error { throw error }
    }

    func buckets(_ dataset: Dataset, query: BucketQuery) async throws -> [UsageBucket] {
        let series = SeriesKey(dataset, query.grouping, query.width)
        state.withLock { $0.queries.append((series, query)) }
        try record(series.name)
        return state.withLock { s in
            (s.buckets[series.name] ?? []).filter { bucket in
                bucket.startTime >= query.startTime && (query.endTime.map { bucket.startTime < $0 } ?? true)
            }
        }
    }

    func projects(includeArchived: Bool) async throws -> [Project] {
        try record("projects")
        return state.withLock { $0.projects }
    }

    func projectAPIKeys(projectID: String) async throws -> [APIKey] {
        try record("api_keys:\(projectID)")
        return state.withLock { $0.projectKeys[projectID] ?? [] }
    }

    func adminAPIKeys() async throws -> [APIKey] {
        try record("admin_api_keys")
        return state.withLock { $0.adminKeys }
    }

    func users() async throws -> [OrgUser] {
        try record("users")
        return state.withLock { $0.users }
    }

    func spendLimit(projectID: String?) async throws -> SpendLimit? {
        try record("spend_limit:\(projectID ?? "org")")
        return state.withLock { $0.limits[projectID ?? "org"] }
    }

    func spendAlerts(projectID: String?) async throws -> [SpendAlert] {
        try record("spend_alerts:\(projectID ?? "org")")
        return state.withLock { $0.alerts[projectID ?? "org"] ?? [] }
    }
}
