import UsageCore

/// One entry of the `z` snooze chooser: how long an alert stays quiet (DESIGN.md §3 keys,
/// issue 3 item 4). ``until(now:rule:)`` turns it into the time stored with the alert.
public enum AlertSnoozeChoice: Int, Sendable, Hashable, CaseIterable {
    /// One hour from now.
    case oneHour = 1
    /// Four hours from now.
    case fourHours
    /// One day (24 h) from now.
    case oneDay
    /// The rest of the alert's period: the end of the UTC month for monthly rules (threshold,
    /// forecast), the end of the UTC day for a spike, and for stale or sync-failing alerts (whose
    /// period is the outage) until the alert resolves.
    case restOfPeriod

    /// The `until` of a snooze that lasts until the alert resolves: 9999-01-01 00:00 UTC (Unix
    /// seconds). The alert engine resolves an open alert as soon as its condition stops holding,
    /// so a snooze this long ends exactly when the outage does.
    public static let untilResolved: UnixSeconds = UTCCalendar.timestamp(year: 9999, month: 1)

    /// The key that picks the choice in the chooser (`1`…`4`).
    public var number: Int { rawValue }

    /// When a snooze chosen at `now` ends (Unix seconds UTC) for an alert of `rule`.
    public func until(now: UnixSeconds, rule: AlertRule) -> UnixSeconds {
        switch self {
        case .oneHour: return now + UTCCalendar.secondsPerHour
        case .fourHours: return now + 4 * UTCCalendar.secondsPerHour
        case .oneDay: return now + UTCCalendar.secondsPerDay
        case .restOfPeriod:
            switch rule {
            case .threshold, .forecast: return UTCCalendar.startOfMonth(now, offset: 1)
            case .spike: return UTCCalendar.startOfDay(now) + UTCCalendar.secondsPerDay
            case .stale, .syncFailing: return AlertSnoozeChoice.untilResolved
            }
        }
    }

    /// The chooser's text for an alert of `rule`: `1 hour`, `4 hours`, `1 day`, `rest of the
    /// month`, `rest of the day`, `until it resolves`.
    public func label(rule: AlertRule) -> String {
        switch self {
        case .oneHour: return "1 hour"
        case .fourHours: return "4 hours"
        case .oneDay: return "1 day"
        case .restOfPeriod:
            switch rule {
            case .threshold, .forecast: return "rest of the month"
            case .spike: return "rest of the day"
            case .stale, .syncFailing: return "until it resolves"
            }
        }
    }
}
