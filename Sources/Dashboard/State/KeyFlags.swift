import UsageCore

/// Warnings shown beside a key on the API keys page (DESIGN.md §3.3).
public enum KeyFlag: Sendable, Hashable {
    /// `last_used_at` is null.
    case neverUsed
    /// Last used this many whole days ago, ≥ ``KeyFlag/idleDays``.
    case idle(days: Int64)
    /// `owner_project_access` is `inactive`: the owner can no longer use the project.
    case ownerLostAccess
    /// An admin key expiring within ``KeyFlag/expiryWarningDays`` days (0 = today).
    case expiresSoon(days: Int64)
    /// An admin key whose `expires_at` has passed.
    case expired

    /// Days without use after which a key counts as idle (30).
    public static let idleDays: Int64 = 30
    /// Days before an admin key's expiry when the page starts warning (14).
    public static let expiryWarningDays: Int64 = 14

    /// `never used`, `idle`, `owner lost access`, `expires in 9 d`, `expired`.
    public var text: String {
        switch self {
        case .neverUsed: "never used"
        case .idle: "idle"
        case .ownerLostAccess: "owner lost access"
        case .expiresSoon(let d): d == 0 ? "expires today" : "expires in \(d) d"
        case .expired: "expired"
        }
    }

    /// The table's form, at most 10 cells so the Flags column stays whole at 120 columns:
    /// `never used`, `idle`, `owner left` (the owner lost project access), `exp in 9d`,
    /// `expired`. The detail view uses ``text``.
    public var shortText: String {
        switch self {
        case .ownerLostAccess: "owner left"
        case .expiresSoon(let d): d == 0 ? "exp today" : "exp in \(d)d"
        default: text
        }
    }

    /// Whether every table form fits the Flags column's 10-cell floor (worst cases included).
    static var allShortTextsFit: Bool {
        [KeyFlag.neverUsed, .idle(days: 999), .ownerLostAccess, .expiresSoon(days: 13), .expiresSoon(days: 0), .expired]
            .allSatisfy { $0.shortText.count <= 10 }
    }

    /// The flags of `key` at `now` (Unix seconds UTC), most serious first.
    public static func flags(for key: APIKey, now: UnixSeconds) -> [KeyFlag] {
        var flags: [KeyFlag] = []
        if let expires = key.expiresAt {
            if expires <= now {
                flags.append(.expired)
            } else {
                let days = (expires - now) / UTCCalendar.secondsPerDay
                if days < expiryWarningDays { flags.append(.expiresSoon(days: days)) }
            }
        }
        if key.ownerLostAccess { flags.append(.ownerLostAccess) }
        if let last = key.lastUsedAt {
            let days = RelativeTime.days(from: last, to: now)
            if days >= idleDays { flags.append(.idle(days: days)) }
        } else {
            flags.append(.neverUsed)
        }
        return flags
    }
}
