// MARK: - Members

/// A member of the simulated organization (`/organization/users`, `notes/openai-admin-api.md` §3.5).
public struct SimUser: Sendable, Equatable {
    /// User id, e.g. `user_…`.
    public let id: String
    /// Display name.
    public let name: String
    /// E-mail address (fake, `@example.com`).
    public let email: String
    /// Organization role: `owner` or `reader`.
    public let role: String
    /// When the user joined the organization (Unix seconds, UTC).
    public let addedAt: Int64
}

/// A project service account that owns API keys (`ProjectApiKeyOwnerServiceAccount`).
public struct SimServiceAccount: Sendable, Equatable {
    /// Service account id, e.g. `svc_acct_…`.
    public let id: String
    /// Display name.
    public let name: String
    /// Creation time (Unix seconds, UTC).
    public let createdAt: Int64
}
