/// `organization.project` (`GET /organization/projects`, `…/projects/{id}`;
/// `notes/openai-admin-api.md` §3.2). Required: `id`, `created_at`; `name`, `archived_at` and
/// `status` may be null or absent.
struct ProjectDTO: Decodable, Sendable, IdentifiedDTO {
    var id: String
    var name: String?
    var createdAt: Int64
    var archivedAt: Int64?
    var status: String?

    enum CodingKeys: String, CodingKey {
        case id, name, status
        case createdAt = "created_at"
        case archivedAt = "archived_at"
    }

    /// The model value.
    var project: Project {
        Project(id: id, name: name, createdAt: createdAt, archivedAt: archivedAt, status: status)
    }
}
