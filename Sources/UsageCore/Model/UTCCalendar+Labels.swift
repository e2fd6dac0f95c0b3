// MARK: - Time labels

extension UTCCalendar {
    /// `HH:MM` (24-hour, zero-padded) of the UTC minute holding `t` (Unix seconds UTC).
    ///
    /// Pure; never consults the process time zone. Times before 1970 work too (the minute is
    /// taken with a floor, so `-1` is `23:59`).
    public static func hourMinute(_ t: UnixSeconds) -> String {
        let secondOfDay = t - startOfDay(t)
        let hour = secondOfDay / secondsPerHour
        let minute = (secondOfDay % secondsPerHour) / 60
        return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    /// `YYYY-MM-DD HH:MM UTC` of `t` (Unix seconds UTC), for messages a person reads, e.g.
    /// `backing off until 2026-11-29 14:32 UTC`. Seconds are dropped (floored).
    public static func minuteLabel(_ t: UnixSeconds) -> String {
        "\(dayKey(t)) \(hourMinute(t)) UTC"
    }
}
