/// A member of the organization (`organization.user`, `GET /organization/users`).
public struct OrgUser: Sendable, Hashable, Codable, Identifiable {
    /// `user_…`
    public var id: String
    /// Name, when the API gives one.
    public var name: String?
    /// Email, when the API gives one.
    public var email: String?
    /// `owner` or `reader` (open string).
    public var role: String?
    /// When the user joined the organization (Unix seconds UTC).
    public var addedAt: UnixSeconds

    /// Creates a user.
    public init(id: String, name: String?, email: String?, role: String?, addedAt: UnixSeconds) {
        self.id = id
        self.name = name
        self.email = email
        self.role = role
        self.addedAt = addedAt
    }
}
