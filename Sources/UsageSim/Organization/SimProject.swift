// MARK: - Projects

/// A project of the simulated organization (`Project`, `notes/openai-admin-api.md` §3.2).
public struct SimProject: Sendable, Equatable {
    /// Project id, e.g. `proj_…`.
    public let id: String
    /// Project name.
    public let name: String
    /// Creation time (Unix seconds, UTC).
    public let createdAt: Int64
    /// Archival time (Unix seconds, UTC), `nil` while active.
    public let archivedAt: Int64?
    /// Data residency (`PublicProjectResidency`), e.g. `GLOBAL`.
    public let residency: String
    /// Monthly hard spend limit in US cents, `nil` when the project has none.
    public let spendLimitCents: Int64?
    /// Monthly spend-alert thresholds in US cents.
    public let spendAlertCents: [Int64]
}
