import UsageCore

/// UTC date labels (DESIGN.md §2 "Time": every date label says UTC or sits beside one that
/// does). English month abbreviations, no locale.
public enum UTCDateFormat {
    /// `Nov 24` — the UTC day holding `t` (Unix seconds).
    public static func day(_ t: UnixSeconds) -> String {
        let c = UTCCalendar.civil(t)
        return "\(UTCCalendar.monthAbbreviation(c.month)) \(c.day)"
    }

    /// `Nov 24 09:12 UTC` — minute precision.
    public static func dayTime(_ t: UnixSeconds) -> String {
        "\(day(t)) \(time(t)) UTC"
    }

    /// `Nov 24 09:12 UTC` when `t` is in the same UTC year as `now`, else `2025-11-24 09:12 UTC`.
    public static func dayTime(_ t: UnixSeconds, relativeTo now: UnixSeconds) -> String {
        UTCCalendar.civil(t).year == UTCCalendar.civil(now).year ? dayTime(t) : "\(isoDay(t)) \(time(t)) UTC"
    }

    /// `09:12` — the UTC hour and minute of `t`.
    public static func time(_ t: UnixSeconds) -> String {
        let s = t - UTCCalendar.startOfDay(t)
        let h = s / 3_600, m = (s % 3_600) / 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    /// `09` — the UTC hour of `t`, two digits (axis labels of hourly charts).
    public static func hour(_ t: UnixSeconds) -> String {
        let h = (t - UTCCalendar.startOfDay(t)) / 3_600
        return "\(h < 10 ? "0" : "")\(h)"
    }

    /// `Nov` — the month holding `t`.
    public static func month(_ t: UnixSeconds) -> String {
        UTCCalendar.monthAbbreviation(UTCCalendar.civil(t).month)
    }

    /// `Nov 2026` — month and year of `t`.
    public static func monthYear(_ t: UnixSeconds) -> String {
        let c = UTCCalendar.civil(t)
        return "\(UTCCalendar.monthAbbreviation(c.month)) \(c.year)"
    }

    /// `2026-11-24` — ISO day of `t`.
    public static func isoDay(_ t: UnixSeconds) -> String { UTCCalendar.dayKey(t) }

    /// A span of UTC days, both ends inclusive: `Nov 1–29 UTC`, `Oct 31–Nov 29 UTC`, `Nov 29 UTC`.
    ///
    /// - Parameters:
    ///   - first: start of the first day (Unix seconds UTC).
    ///   - last: any time in the last day (Unix seconds UTC).
    public static func daySpan(_ first: UnixSeconds, _ last: UnixSeconds) -> String {
        let a = UTCCalendar.civil(first), b = UTCCalendar.civil(last)
        if a == b { return "\(day(first)) UTC" }
        if a.year == b.year && a.month == b.month {
            return "\(UTCCalendar.monthAbbreviation(a.month)) \(a.day)–\(b.day) UTC"
        }
        return "\(day(first))–\(day(last)) UTC"
    }
}
