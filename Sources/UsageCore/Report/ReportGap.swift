/// A run of days in a report's range for which the cache holds no bucket of one series: those
/// days are *no data*, not zero, and the report says so (stderr note, JSON `gaps`).
public struct ReportGap: Sendable, Hashable {
    /// The series missing (``SeriesKey/name``, e.g. `costs:api_key_id:1d`).
    public var series: String
    /// First missing day (00:00 UTC, Unix seconds).
    public var firstDay: UnixSeconds
    /// Last missing day, included (00:00 UTC, Unix seconds).
    public var lastDay: UnixSeconds

    /// Creates a gap.
    public init(series: String, firstDay: UnixSeconds, lastDay: UnixSeconds) {
        self.series = series
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    /// Number of missing days (≥ 1).
    public var days: Int { Int((lastDay - firstDay) / UTCCalendar.secondsPerDay) + 1 }

    /// `2026-09-01..2026-09-30`, or one day `2026-09-01`.
    public var dayText: String {
        firstDay == lastDay ? UTCCalendar.dayKey(firstDay) : "\(UTCCalendar.dayKey(firstDay))..\(UTCCalendar.dayKey(lastDay))"
    }

    /// The gaps of `series` over `days` (ascending 00:00 UTC) given the cached bucket starts.
    static func gaps(series: SeriesKey, days: [UnixSeconds], cached: Set<UnixSeconds>) -> [ReportGap] {
        var result: [ReportGap] = []
        for day in days where !cached.contains(day) {
            if let last = result.last, last.lastDay + UTCCalendar.secondsPerDay == day {
                result[result.count - 1].lastDay = day
            } else {
                result.append(ReportGap(series: series.name, firstDay: day, lastDay: day))
            }
        }
        return result
    }
}
