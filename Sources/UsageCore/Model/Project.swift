/// A project of the organization (`organization.project`, `GET /organization/projects`).
public struct Project: Sendable, Hashable, Codable, Identifiable {
    /// `proj_…`
    public var id: String
    /// Display name; the API allows `null`.
    public var name: String?
    /// Creation time (Unix seconds UTC).
    public var createdAt: UnixSeconds
    /// When the project was archived (Unix seconds UTC); `nil` while active.
    public var archivedAt: UnixSeconds?
    /// `active` or `archived` (an open string; `nil` when absent).
    public var status: String?

    /// Creates a project.
    public init(id: String, name: String?, createdAt: UnixSeconds, archivedAt: UnixSeconds? = nil, status: String? = nil) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.archivedAt = archivedAt
        self.status = status
    }

    /// Whether the project is archived.
    public var isArchived: Bool { archivedAt != nil || status == "archived" }

    /// The name, or the id when the project has none.
    public var displayName: String { (name?.isEmpty == false ? name : nil) ?? id }
}
