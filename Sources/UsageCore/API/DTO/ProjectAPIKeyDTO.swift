/// `organization.project.api_key` (`GET /organization/projects/{id}/api_keys`;
/// `notes/openai-admin-api.md` §3.3). Required here: `id`, `redacted_value`, `created_at`.
/// `name` and `last_used_at` may be null; `owner_project_access` is absent in older bodies.
struct ProjectAPIKeyDTO: Decodable, Sendable, IdentifiedDTO {
    var id: String
    var name: String?
    var redactedValue: String
    var createdAt: Int64
    var lastUsedAt: Int64?
    var ownerProjectAccess: String?
    var owner: ProjectKeyOwnerDTO?

    enum CodingKeys: String, CodingKey {
        case id, name, owner
        case redactedValue = "redacted_value"
        case createdAt = "created_at"
        case lastUsedAt = "last_used_at"
        case ownerProjectAccess = "owner_project_access"
    }

    /// The model value; `projectID` is the project the key was listed under.
    func apiKey(projectID: String) -> APIKey {
        APIKey(
            id: id, kind: .project, name: name ?? "", redactedValue: redactedValue,
            projectID: projectID, createdAt: createdAt, lastUsedAt: lastUsedAt,
            owner: owner?.keyOwner, ownerProjectAccess: ownerProjectAccess)
    }
}

/// A project key's `owner`: `{"type":"user","user":{…}}` or
/// `{"type":"service_account","service_account":{…}}`. The 2025 shape
/// (`user.object = organization.project.user`, `added_at`) decodes the same way.
struct ProjectKeyOwnerDTO: Decodable, Sendable {
    var type: String?
    var user: OwnerDetailDTO?
    var serviceAccount: OwnerDetailDTO?

    enum CodingKeys: String, CodingKey {
        case type, user
        case serviceAccount = "service_account"
    }

    /// The owner, or `nil` when the body names none.
    var keyOwner: KeyOwner? {
        let isServiceAccount = type == "service_account" || (type == nil && user == nil && serviceAccount != nil)
        if isServiceAccount, let sa = serviceAccount ?? user {
            return KeyOwner(kind: .serviceAccount, id: sa.id, name: sa.name, email: sa.email, role: sa.role)
        }
        if let u = user ?? serviceAccount {
            return KeyOwner(kind: .user, id: u.id, name: u.name, email: u.email, role: u.role)
        }
        return nil
    }
}

/// The user or service account inside an owner object; every field optional.
struct OwnerDetailDTO: Decodable, Sendable {
    var id: String?
    var name: String?
    var email: String?
    var role: String?
}
