// MARK: - Keys

/// Who owns a project API key.
public enum SimKeyOwner: Sendable, Equatable {
    /// A user (by id) holding `role` in the project.
    case user(id: String, projectRole: String)
    /// A service account (by id) holding `role` in the project.
    case serviceAccount(id: String, projectRole: String)
}

/// What makes a simulated key interesting for a dashboard (DESIGN.md §3, API keys page flags).
public enum SimKeyTrait: String, Sendable, Equatable {
    /// An ordinary key with steady traffic.
    case regular
    /// Created but never used: `last_used_at` is null and it has no usage.
    case neverUsed
    /// Used in the past, idle for far more than 30 days.
    case idle
    /// Its owner lost project access (`owner_project_access: inactive`) but it still spends.
    case ownerInactive
    /// Usually modest, with a day now and then at 5–20× its usual spend.
    case spiky
    /// Belongs to an archived project; used only before the archive date.
    case archivedProject
}

/// A project API key (`ProjectApiKey`, §3.3).
public struct SimProjectKey: Sendable, Equatable {
    /// Key id, e.g. `key_…`.
    public let id: String
    /// Key name.
    public let name: String
    /// Project the key belongs to.
    public let projectID: String
    /// Redacted key value, e.g. `sk-proj-...9f2c`.
    public let redactedValue: String
    /// Creation time (Unix seconds, UTC).
    public let createdAt: Int64
    /// Owner (user or service account).
    public let owner: SimKeyOwner
    /// `active` or `inactive`: whether the owner still has access to the project.
    public let ownerProjectAccess: String
    /// The dashboard-relevant trait this key was generated with.
    public let trait: SimKeyTrait
}

/// An organization Admin API key (`AdminApiKey`, §3.1).
public struct SimAdminKey: Sendable, Equatable {
    /// Key id, e.g. `key_…`.
    public let id: String
    /// Key name.
    public let name: String
    /// Redacted value, e.g. `sk-admin...a1b2`.
    public let redactedValue: String
    /// Creation time (Unix seconds, UTC).
    public let createdAt: Int64
    /// Expiry (Unix seconds, UTC), `nil` for a key that never expires.
    public let expiresAt: Int64?
    /// Owning user id.
    public let ownerUserID: String
}
