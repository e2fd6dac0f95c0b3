/// Where an alert is in its life (DESIGN.md §4): firing → acknowledged (when) or snoozed
/// (until) → resolved (when). Times are Unix seconds UTC.
public enum AlertState: Sendable, Hashable {
    /// The condition holds and nobody has acknowledged it.
    case firing
    /// Someone acknowledged it at this time; it stays quiet until it resolves.
    case acknowledged(at: UnixSeconds)
    /// Silenced until this time; if the condition still holds then, it fires (and is notified) again.
    case snoozed(until: UnixSeconds)
    /// The condition stopped holding (or its period ended) at this time. Final for its period.
    case resolved(at: UnixSeconds)

    /// The word stored in the cache's `alert.state` column: `firing`, `acknowledged`, `snoozed`, `resolved`.
    public var name: String {
        switch self {
        case .firing: "firing"
        case .acknowledged: "acknowledged"
        case .snoozed: "snoozed"
        case .resolved: "resolved"
        }
    }

    /// Whether the alert is still open (not resolved).
    public var isOpen: Bool {
        if case .resolved = self { return false }
        return true
    }
}
