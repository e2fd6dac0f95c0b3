import UsageCore

/// How long ago (or until) something happened, for "last used" and "synced" labels:
/// `just now`, `38 s ago`, `2 min ago`, `1 h ago`, `41 d ago`, `never`, and `in 5 min` for the
/// future. Whole units, rounded down; locale-independent.
public enum RelativeTime {
    /// The age of `time` at `now` (both Unix seconds UTC); `never` when `time` is `nil`.
    public static func ago(_ time: UnixSeconds?, now: UnixSeconds) -> String {
        guard let time else { return "never" }
        let delta = now - time
        if delta < 0 { return "in " + span(-delta) }
        if delta < 5 { return "just now" }
        return span(delta) + " ago"
    }

    /// A duration of `seconds` in one whole unit: `30 s`, `2 min`, `5 h`, `41 d`.
    public static func span(_ seconds: Int64) -> String {
        let s = max(0, seconds)
        if s < 60 { return "\(s) s" }
        if s < 3_600 { return "\(s / 60) min" }
        if s < UTCCalendar.secondsPerDay { return "\(s / 3_600) h" }
        return "\(s / UTCCalendar.secondsPerDay) d"
    }

    /// Whole days from `time` to `now` (rounded down; negative when `time` is later).
    public static func days(from time: UnixSeconds, to now: UnixSeconds) -> Int64 {
        let delta = now - time
        return delta >= 0 ? delta / UTCCalendar.secondsPerDay : -((-delta + UTCCalendar.secondsPerDay - 1) / UTCCalendar.secondsPerDay)
    }
}
