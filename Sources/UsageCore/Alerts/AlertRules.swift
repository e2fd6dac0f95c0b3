/// Which alert rules run, from the `[alerts]` table of `config.toml` (DESIGN.md §4); every rule
/// is on by default.
///
/// ```toml
/// [alerts]
/// threshold = true
/// forecast = true
/// spike = true
/// stale = true
/// sync_failing = true
/// stale_after_minutes = 30
/// ```
public struct AlertRules: Sendable, Hashable {
    /// `threshold`: fire when month-to-date spend reaches a budget threshold.
    public var threshold: Bool
    /// `forecast`: fire when the month-to-date pace reaches a budget before the month ends.
    public var forecast: Bool
    /// `spike`: fire when a key's spend today is a spike (see ``AlertEngine/spikeFactor``).
    public var spike: Bool
    /// `stale`: fire when the last successful poll is older than ``staleAfterMinutes``.
    public var stale: Bool
    /// `sync_failing`: fire while polls fail (rate limited, offline, unauthorized, failing).
    public var syncFailing: Bool
    /// `stale_after_minutes`: minutes after the last successful poll at which data is stale
    /// (default 30, at least 1).
    public var staleAfterMinutes: Int

    /// Creates rule switches; the defaults are those of a file without `[alerts]`.
    public init(threshold: Bool = true, forecast: Bool = true, spike: Bool = true, stale: Bool = true,
                syncFailing: Bool = true, staleAfterMinutes: Int = 30) {
        self.threshold = threshold
        self.forecast = forecast
        self.spike = spike
        self.stale = stale
        self.syncFailing = syncFailing
        self.staleAfterMinutes = staleAfterMinutes
    }

    /// Whether `rule` is switched on.
    public func isEnabled(_ rule: AlertRule) -> Bool {
        switch rule {
        case .threshold: threshold
        case .forecast: forecast
        case .spike: spike
        case .stale: stale
        case .syncFailing: syncFailing
        }
    }
}
