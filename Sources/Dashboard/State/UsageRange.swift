import UsageCore

/// A date range of the Usage page. `[` moves to an older range, `]` to a newer one, along
/// ``UsageRange/sequence(oldestMonthOffset:includeToday:)``.
public enum UsageRange: Sendable, Hashable {
    /// Today from 00:00 UTC, per hour (Activity view only: costs come in days).
    case todayByHour
    /// The last 7 UTC days, today included.
    case last7Days
    /// The last 30 UTC days, today included.
    case last30Days
    /// The current UTC month so far (the default).
    case monthToDate
    /// A whole previous UTC month, `monthsBack` (≥ 1) months before the current one.
    case previousMonth(monthsBack: Int)

    /// The ranges in order from newest to oldest: today (when allowed), 7d, 30d, month to date,
    /// then previous months back to `oldestMonthOffset` months ago.
    public static func sequence(oldestMonthOffset: Int, includeToday: Bool) -> [UsageRange] {
        var list: [UsageRange] = includeToday ? [.todayByHour] : []
        list += [.last7Days, .last30Days, .monthToDate]
        if oldestMonthOffset >= 1 {
            list += (1...oldestMonthOffset).map { .previousMonth(monthsBack: $0) }
        }
        return list
    }

    /// The UTC day starts `[first, last]` the range covers at `now` (Unix seconds UTC); for
    /// ``todayByHour`` both are today.
    public func dayBounds(now: UnixSeconds) -> (first: UnixSeconds, last: UnixSeconds) {
        let today = UTCCalendar.startOfDay(now)
        let day = UTCCalendar.secondsPerDay
        switch self {
        case .todayByHour: return (today, today)
        case .last7Days: return (today - 6 * day, today)
        case .last30Days: return (today - 29 * day, today)
        case .monthToDate: return (UTCCalendar.startOfMonth(now), today)
        case .previousMonth(let back):
            let start = UTCCalendar.startOfMonth(now, offset: -back)
            return (start, UTCCalendar.startOfMonth(now, offset: -back + 1) - day)
        }
    }

    /// `Month to date`, `Last 7 days`, `Last 30 days`, `Today by hour`, `October 2026`-style
    /// (`Oct 2026`) for previous months.
    public func title(now: UnixSeconds) -> String {
        switch self {
        case .todayByHour: "Today by hour"
        case .last7Days: "Last 7 days"
        case .last30Days: "Last 30 days"
        case .monthToDate: "Month to date"
        case .previousMonth(let back): UTCDateFormat.monthYear(UTCCalendar.startOfMonth(now, offset: -back))
        }
    }
}
