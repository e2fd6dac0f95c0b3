/// Pure calendar arithmetic on UTC days and months, in ``UnixSeconds``.
///
/// OpenAI's usage buckets and the billing month are UTC (see `notes/openai-admin-api.md` §1.4):
/// a `1d` bucket runs from 00:00 UTC to the next 00:00 UTC, and a month starts at 00:00 UTC on
/// its first day. These functions never consult the process time zone.
public enum UTCCalendar {
    /// Seconds in one UTC day (86 400).
    public static let secondsPerDay: UnixSeconds = 86_400
    /// Seconds in one hour (3 600).
    public static let secondsPerHour: UnixSeconds = 3_600

    /// The 00:00 UTC that starts the day holding `t`.
    public static func startOfDay(_ t: UnixSeconds) -> UnixSeconds {
        t - positiveModulo(t, secondsPerDay)
    }

    /// The start of the hour holding `t`.
    public static func startOfHour(_ t: UnixSeconds) -> UnixSeconds {
        t - positiveModulo(t, secondsPerHour)
    }

    /// The civil (year, month, day) of the UTC day holding `t`; month and day are 1-based.
    public static func civil(_ t: UnixSeconds) -> (year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil inverse; exact for the proleptic Gregorian calendar.
        let z = (t - positiveModulo(t, secondsPerDay)) / secondsPerDay + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }

    /// The 00:00 UTC of the civil date (`month` 1…12, `day` 1…31; out-of-range values roll over).
    public static func timestamp(year: Int, month: Int, day: Int = 1) -> UnixSeconds {
        var y = Int64(year)
        var m = Int64(month)
        // Normalise the month into 1...12 first so callers can pass month ± n.
        y += (m - 1 >= 0 ? (m - 1) / 12 : (m - 12) / 12)
        m = positiveModulo(m - 1, 12) + 1
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = m > 2 ? m - 3 : m + 9
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return (era * 146_097 + doe - 719_468) * secondsPerDay
    }

    /// The 00:00 UTC that starts the month holding `t`.
    public static func startOfMonth(_ t: UnixSeconds) -> UnixSeconds {
        let c = civil(t)
        return timestamp(year: c.year, month: c.month)
    }

    /// The start of the month `offset` months after the one holding `t` (negative goes back).
    public static func startOfMonth(_ t: UnixSeconds, offset: Int) -> UnixSeconds {
        let c = civil(t)
        return timestamp(year: c.year, month: c.month + offset)
    }

    /// Number of days in the UTC month holding `t` (28…31).
    public static func daysInMonth(_ t: UnixSeconds) -> Int {
        Int((startOfMonth(t, offset: 1) - startOfMonth(t)) / secondsPerDay)
    }

    /// `YYYY-MM` of the month holding `t`, the period key of monthly alerts and reports.
    public static func monthKey(_ t: UnixSeconds) -> String {
        let c = civil(t)
        return "\(c.year)-\(c.month < 10 ? "0" : "")\(c.month)"
    }

    /// `YYYY-MM-DD` of the UTC day holding `t`.
    public static func dayKey(_ t: UnixSeconds) -> String {
        let c = civil(t)
        return "\(c.year)-\(c.month < 10 ? "0" : "")\(c.month)-\(c.day < 10 ? "0" : "")\(c.day)"
    }

    /// Three-letter English month name (`Jan` … `Dec`) for 1-based `month`.
    public static func monthAbbreviation(_ month: Int) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return names[(month - 1 + 1200) % 12]
    }

    private static func positiveModulo(_ a: Int64, _ b: Int64) -> Int64 {
        let r = a % b
        return r < 0 ? r + b : r
    }
}
