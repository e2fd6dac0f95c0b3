/// Who owns an API key: a user (with email) or a service account.
///
/// Mirrors `ProjectApiKey.owner` (`{"type":"user","user":{…}}` or
/// `{"type":"service_account","service_account":{…}}`) and `AdminApiKey.owner`.
public struct KeyOwner: Sendable, Hashable, Codable {
    /// `user` or `service_account`.
    public enum Kind: String, Sendable, Hashable, Codable { case user, serviceAccount = "service_account" }

    /// The owner kind.
    public var kind: Kind
    /// `user_…` or the service account id.
    public var id: String?
    /// Display name.
    public var name: String?
    /// Email (users only).
    public var email: String?
    /// Project or organization role string (`owner`, `member`, …).
    public var role: String?

    /// Creates an owner.
    public init(kind: Kind, id: String?, name: String?, email: String? = nil, role: String? = nil) {
        self.kind = kind
        self.id = id
        self.name = name
        self.email = email
        self.role = role
    }

    /// `ana@example.com` for a user, `svc: ci` for a service account.
    public var label: String {
        switch kind {
        case .user: email ?? name ?? id ?? "user"
        case .serviceAccount: "svc: " + (name ?? id ?? "?")
        }
    }
}
