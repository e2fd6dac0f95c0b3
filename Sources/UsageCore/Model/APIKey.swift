/// An API key as listed by the Admin API: a project key (`organization.project.api_key`) or an
/// admin key (`organization.admin_api_key`).
///
/// Only the redacted value (`sk-proj-…9f2c`) ever exists in usagetop; the secret itself is never
/// returned by these endpoints and never stored.
public struct APIKey: Sendable, Hashable, Codable, Identifiable {
    /// Project key or admin key.
    public enum Kind: String, Sendable, Hashable, Codable { case project, admin }

    /// `key_…`
    public var id: String
    /// Project or admin key.
    public var kind: Kind
    /// Key name (may be empty).
    public var name: String
    /// `sk-proj-…9f2c` style redacted value, exactly as the API returns it.
    public var redactedValue: String
    /// The project (project keys only).
    public var projectID: String?
    /// Creation time (Unix seconds UTC).
    public var createdAt: UnixSeconds
    /// Last use (Unix seconds UTC); `nil` when never used.
    public var lastUsedAt: UnixSeconds?
    /// Expiry (admin keys; Unix seconds UTC); `nil` when it never expires.
    public var expiresAt: UnixSeconds?
    /// The owner.
    public var owner: KeyOwner?
    /// `active` or `inactive`: whether the owner still has access to the project (project keys).
    public var ownerProjectAccess: String?

    /// Creates a key.
    public init(
        id: String, kind: Kind, name: String, redactedValue: String, projectID: String?,
        createdAt: UnixSeconds, lastUsedAt: UnixSeconds?, expiresAt: UnixSeconds? = nil,
        owner: KeyOwner?, ownerProjectAccess: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.redactedValue = redactedValue
        self.projectID = projectID
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.expiresAt = expiresAt
        self.owner = owner
        self.ownerProjectAccess = ownerProjectAccess
    }

    /// Whether the owner lost access to the project (`owner_project_access == "inactive"`).
    public var ownerLostAccess: Bool { ownerProjectAccess == "inactive" }
}
