import UsageCore

/// What the Usage page shows: the view, the date range and the grouping (DESIGN.md §3.1).
public struct UsageSettings: Sendable, Hashable {
    /// Cost (billed USD per day) or Activity (tokens and requests).
    public var view: UsageView = .cost
    /// The date range.
    public var range: UsageRange = .monthToDate
    /// The breakdown grouping (`g` cycles model → project → API key → line item).
    public var group: GroupKind = .model
    /// Selection and scroll of the breakdown table.
    public var table = ListPosition()

    /// Default settings: Cost view, month to date, by model.
    public init() {}
}

/// The Usage page's two views, as on the official dashboard.
public enum UsageView: String, Sendable, Hashable, CaseIterable {
    /// Billed spend per day from `/organization/costs`.
    case cost
    /// Tokens (uncached input, cached input, output) and requests from completions usage.
    case activity

    /// `Cost` or `Activity`.
    public var title: String { self == .cost ? "Cost" : "Activity" }
}

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

/// A selection and scroll offset in a list of rows (the dashboard's own copy of a table's
/// position, kept in ``AppState`` and handed to the table widget when drawing).
///
/// Follows htop's `Panel` rule: the offset moves only as far as needed to keep the selection in view.
public struct ListPosition: Sendable, Hashable {
    /// Index of the selected row (0-based); meaningless when the list is empty.
    public var selected: Int = 0
    /// Index of the first visible row.
    public var offset: Int = 0

    /// The top of an empty list.
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection to `index`, clamped to `0..<rowCount`, and scrolls so that it is among
    /// the `viewHeight` visible rows.
    public mutating func select(_ index: Int, rowCount: Int, viewHeight: Int) {
        guard rowCount > 0 else { selected = 0; offset = 0; return }
        selected = min(max(0, index), rowCount - 1)
        clamp(rowCount: rowCount, viewHeight: viewHeight)
    }

    /// Re-clamps selection and offset after the row count or view height changed.
    public mutating func clamp(rowCount: Int, viewHeight: Int) {
        guard rowCount > 0 else { selected = 0; offset = 0; return }
        selected = min(max(0, selected), rowCount - 1)
        let h = max(1, viewHeight)
        if selected < offset { offset = selected }
        if selected >= offset + h { offset = selected - h + 1 }
        offset = min(max(0, offset), max(0, rowCount - h))
    }
}
