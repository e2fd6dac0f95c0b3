/// One alert as the engine keeps it and the cache stores it (table `alert`, schema v2).
public struct AlertRecord: Sendable, Hashable, Identifiable {
    /// Rule, scope, threshold and period.
    public var key: AlertKey
    /// The current state.
    public var state: AlertState
    /// When it (last) started firing: first firing, or a snooze that expired while the condition
    /// still held (Unix seconds UTC).
    public var firedAt: UnixSeconds
    /// When it was acknowledged, kept after it resolves (Unix seconds UTC).
    public var acknowledgedAt: UnixSeconds?
    /// A one-line description for the banner and the Alerts page, written when it fired
    /// (e.g. `Organization spend $380.00 passed 75 % of $500.00 API limit`). Never holds a secret.
    public var message: String
    /// Whether the notification for the latest firing was delivered (``UsageStore/markNotified(ids:)``).
    public var notified: Bool

    /// Creates a record.
    public init(key: AlertKey, state: AlertState, firedAt: UnixSeconds, acknowledgedAt: UnixSeconds? = nil,
                message: String, notified: Bool = false) {
        self.key = key
        self.state = state
        self.firedAt = firedAt
        self.acknowledgedAt = acknowledgedAt
        self.message = message
        self.notified = notified
    }

    /// ``AlertKey/id``.
    public var id: String { key.id }

    /// When it resolved, if it did.
    public var resolvedAt: UnixSeconds? {
        if case .resolved(let at) = state { return at }
        return nil
    }

    /// The time of its latest event: when it (last) fired, or was acknowledged if later (Unix
    /// seconds UTC).
    public var lastEvent: UnixSeconds { max(firedAt, acknowledgedAt ?? firedAt) }

    /// Until when it is snoozed, if it is.
    public var snoozedUntil: UnixSeconds? {
        if case .snoozed(let until) = state { return until }
        return nil
    }
}
