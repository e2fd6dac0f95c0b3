// MARK: - UTC months

/// UTC calendar arithmetic on day indices (days since 1970-01-01), for the monthly budget
/// period (`notes/openai-admin-api.md` §5: spend limits and alerts are per calendar month, UTC).
///
/// Pure integer arithmetic (Howard Hinnant's `civil_from_days` / `days_from_civil`), so no
/// `Calendar` or time zone is involved.
enum SimCalendar {
    /// The UTC civil date `(year, month 1–12, day 1–31)` of a day index.
    static func civil(day: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The day index of a UTC civil date (`month` 1–12, `day` 1–31).
    static func dayIndex(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day index of the first day of the UTC month containing `day`.
    static func monthStart(day: Int64) -> Int64 {
        day - (civil(day: day).day - 1)
    }

    /// The day index of the first day of the UTC month after the one containing `day`.
    static func nextMonthStart(day: Int64) -> Int64 {
        let c = civil(day: day)
        return c.month == 12 ? dayIndex(year: c.year + 1, month: 1, day: 1) : dayIndex(year: c.year, month: c.month + 1, day: 1)
    }
}
