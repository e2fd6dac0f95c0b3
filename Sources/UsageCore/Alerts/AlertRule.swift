/// The kinds of alert (DESIGN.md §4). The raw value is stored in the cache's `alert.rule` column
/// and is the `[alerts]` switch name in `config.toml`.
public enum AlertRule: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Month-to-date spend reached a budget threshold (period: the UTC month).
    case threshold
    /// At the month-to-date pace spend reaches a budget before the month ends (period: the UTC month).
    case forecast
    /// A key's spend today is ≥ 3× its median daily spend over the previous 14 days and ≥ $1
    /// (period: the UTC day).
    case spike
    /// The last successful poll is too old (period: the outage).
    case stale
    /// Polls are failing (period: the outage).
    case syncFailing = "sync_failing"

    /// Declaration order (threshold, forecast, spike, stale, sync failing).
    public static func < (a: AlertRule, b: AlertRule) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
