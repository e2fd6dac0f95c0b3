/// What an alert or a budget is about: the whole organization, one project or one API key.
///
/// Scopes are written into the cache's `alert.scope` column as ``code``: `org`,
/// `project:proj_…`, `key:key_…` (the ids are the API's `project_id` and `api_key_id`).
public enum AlertScope: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The organization (`/organization/spend_limit`, ungrouped `/organization/costs`).
    case org
    /// One project, by `project_id` (`proj_…`).
    case project(String)
    /// One project or admin key, by `api_key_id` (`key_…`).
    case key(String)

    /// The stable text form stored in the cache: `org`, `project:<id>`, `key:<id>`.
    public var code: String {
        switch self {
        case .org: "org"
        case .project(let id): "project:" + id
        case .key(let id): "key:" + id
        }
    }

    /// Parses a ``code``; `nil` for anything else.
    public init?(code: String) {
        if code == "org" {
            self = .org
        } else if code.hasPrefix("project:"), code.count > 8 {
            self = .project(String(code.dropFirst(8)))
        } else if code.hasPrefix("key:"), code.count > 4 {
            self = .key(String(code.dropFirst(4)))
        } else {
            return nil
        }
    }

    /// ``code``.
    public var description: String { code }

    /// Organization first, then projects, then keys, each by id.
    public static func < (a: AlertScope, b: AlertScope) -> Bool {
        func rank(_ s: AlertScope) -> Int {
            switch s {
            case .org: 0
            case .project: 1
            case .key: 2
            }
        }
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.code < b.code
    }
}
