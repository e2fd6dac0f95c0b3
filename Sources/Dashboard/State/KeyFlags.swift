import UsageCore

/// Warnings shown beside a key on the API keys page (DESIGN.md §3.3).
public enum KeyFlag: Sendable, Hashable {
    /// `last_used_at` is null.
    case neverUsed
    /// Last used this many whole days ago, ≥ ``KeyFlag/idleDays``.
    case idle(days: Int64)
    /// `owner_project_access` is `inactive`: the owner can no longer use the project.
    case ownerLostAccess
    /// The owner lost project access, yet the key still has tokens or spend in the last 14 UTC
    /// days (someone is using a key they should not have).
    case ownerLostAccessStillSpends
    /// Today's spend is a spike (``KeySpike``: ≥ 3 × the median of the previous 14 days, ≥ $1).
    case spike
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
        case .ownerLostAccessStillSpends: "owner lost access, still spends"
        case .spike: "spike: today >= 3x the 14-day median"
        case .expiresSoon(let d): d == 0 ? "expires today" : "expires in \(d) d"
        case .expired: "expired"
        }
    }

    /// The table's form, at most 10 cells so the Flags column stays whole at 120 columns:
    /// `never used`, `idle`, `owner left` (the owner lost project access), `left+spend` (…and
    /// the key still spends), `spike`, `exp in 9d`, `expired`. The detail view uses ``text``.
    public var shortText: String {
        switch self {
        case .ownerLostAccess: "owner left"
        case .ownerLostAccessStillSpends: "left+spend"
        case .spike: "spike"
        case .expiresSoon(let d): d == 0 ? "exp today" : "exp in \(d)d"
        default: text
        }
    }

    /// Whether every table form fits the Flags column's 10-cell floor (worst cases included).
    static var allShortTextsFit: Bool {
        [KeyFlag.neverUsed, .idle(days: 999), .ownerLostAccess, .ownerLostAccessStillSpends, .spike,
         .expiresSoon(days: 13), .expiresSoon(days: 0), .expired]
            .allSatisfy { $0.shortText.count <= 10 }
    }

    /// Whether the flag asks for attention (shown in the warning role): owner access, spikes
    /// and admin key expiry; `never used` and `idle` are shown dimmed.
    public var isSerious: Bool {
        switch self {
        case .neverUsed, .idle: false
        case .ownerLostAccess, .ownerLostAccessStillSpends, .spike, .expiresSoon, .expired: true
        }
    }

    /// The flags of a key with its usage at `now` (Unix seconds UTC), most serious first: those
    /// of ``flags(for:now:)``, with `owner lost access` upgraded to
    /// ``ownerLostAccessStillSpends`` when the key has tokens or spend in its last 14 days, and
    /// ``spike`` after the access flags when `spike` is set (``KeySpike``).
    public static func flags(for summary: KeySummary, spike: Bool, now: UnixSeconds) -> [KeyFlag] {
        var flags = flags(for: summary.key, now: now)
        if let i = flags.firstIndex(of: .ownerLostAccess), stillSpends(summary) {
            flags[i] = .ownerLostAccessStillSpends
        }
        if spike {
            let at = flags.lastIndex { [.ownerLostAccess, .ownerLostAccessStillSpends].contains($0) } ?? flags.lastIndex {
                if case .expiresSoon = $0 { true } else { $0 == .expired }
            }
            flags.insert(.spike, at: at.map { $0 + 1 } ?? 0)
        }
        return flags
    }

    /// Whether `summary` has any tokens or spend in its last 14 UTC days.
    static func stillSpends(_ summary: KeySummary) -> Bool {
        summary.last14DaysTokens.contains { ($0 ?? 0) > 0 } || summary.last14DaysSpend.contains { ($0 ?? .zero) > .zero }
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
