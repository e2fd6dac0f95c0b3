/// `organization.user` (`GET /organization/users`; `notes/openai-admin-api.md` §3.5).
/// Required: `id`, `added_at`; `name`, `email`, `role` may be null. The many optional fields of
/// the current schema are ignored.
struct UserDTO: Decodable, Sendable, IdentifiedDTO {
    var id: String
    var name: String?
    var email: String?
    var role: String?
    var addedAt: Int64

    enum CodingKeys: String, CodingKey {
        case id, name, email, role
        case addedAt = "added_at"
    }

    /// The model value.
    var orgUser: OrgUser { OrgUser(id: id, name: name, email: email, role: role, addedAt: addedAt) }
}
