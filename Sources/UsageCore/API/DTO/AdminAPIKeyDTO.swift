/// `organization.admin_api_key` (`GET /organization/admin_api_keys`;
/// `notes/openai-admin-api.md` §3.1). Required here: `id`, `redacted_value`, `created_at`;
/// `name`, `expires_at`, `last_used_at` may be null or absent (the spec's own object example
/// omits `expires_at`).
struct AdminAPIKeyDTO: Decodable, Sendable, IdentifiedDTO {
    var id: String
    var name: String?
    var redactedValue: String
    var createdAt: Int64
    var expiresAt: Int64?
    var lastUsedAt: Int64?
    var owner: AdminKeyOwnerDTO?

    enum CodingKeys: String, CodingKey {
        case id, name, owner
        case redactedValue = "redacted_value"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case lastUsedAt = "last_used_at"
    }

    /// The model value.
    var apiKey: APIKey {
        APIKey(
            id: id, kind: .admin, name: name ?? "", redactedValue: redactedValue, projectID: nil,
            createdAt: createdAt, lastUsedAt: lastUsedAt, expiresAt: expiresAt, owner: owner?.keyOwner)
    }
}

/// An admin key's flat `owner`: `{type, object, id, name, created_at, role}`. The spec says
/// `type` is always `user`, but its list example shows a service account, so both are read.
struct AdminKeyOwnerDTO: Decodable, Sendable {
    var type: String?
    var object: String?
    var id: String?
    var name: String?
    var email: String?
    var role: String?

    /// The owner.
    var keyOwner: KeyOwner {
        let isServiceAccount = type == "service_account" || (object?.hasSuffix("service_account") ?? false)
        return KeyOwner(kind: isServiceAccount ? .serviceAccount : .user, id: id, name: name, email: email, role: role)
    }
}
