/// Why a `--range` value was refused (`usagetop report --range`).
///
/// Every case carries the text the user typed, so the message can quote it.
public enum ReportRangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not one of `mtd`, `Nd`, `YYYY-MM`, `FROM..TO`.
    case unrecognized(String)
    /// A day or month that does not exist (`2026-02-30`, `2026-13`).
    case invalidDate(String)
    /// `Nd` with N outside 1…3660.
    case invalidDayCount(String)
    /// `FROM..TO` with FROM after TO.
    case reversed(from: String, to: String)
    /// The range starts after today (UTC); `today` is `YYYY-MM-DD`.
    case startsAfterToday(range: String, today: String)

    /// The message shown to the user: what was wrong and what is accepted.
    public var description: String {
        switch self {
        case .unrecognized(let text):
            "unrecognized range '\(text)': use mtd, 7d, 30d (any Nd), YYYY-MM, or FROM..TO with YYYY-MM-DD dates (UTC, both days included)"
        case .invalidDate(let text):
            "'\(text)' is not a valid UTC date (YYYY-MM-DD) or month (YYYY-MM)"
        case .invalidDayCount(let text):
            "'\(text)': the number of days must be between 1 and 3660"
        case .reversed(let from, let to):
            "range \(from)..\(to) ends before it starts"
        case .startsAfterToday(let range, let today):
            "range '\(range)' starts after today (\(today) UTC): the cache cannot hold it"
        }
    }
}
