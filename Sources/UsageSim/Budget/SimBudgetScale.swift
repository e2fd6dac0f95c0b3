// MARK: - Daily traffic scale

/// The per-day traffic factor behind a ``SimBudgetShare``: `burst` on UTC days
/// `[burstFromDay, burstUntilDay)` (the start day to the end of its month), `calm` on every other
/// day. Applied inside ``SimTraffic/dailyTotals(_:day:)``, so every endpoint, grouping and bucket
/// width sees the same scaled traffic.
struct SimBudgetScale: Sendable, Equatable {
    /// First day index (days since 1970-01-01, UTC) of the burst.
    let burstFromDay: Int64
    /// First day index after the burst (the first day of the next UTC month).
    let burstUntilDay: Int64
    /// Factor on days outside the burst (≥ 0).
    let calm: Double
    /// Factor on days of the burst (≥ 0).
    let burst: Double

    /// The factor of a UTC day index.
    func factor(day: Int64) -> Double {
        day >= burstFromDay && day < burstUntilDay ? burst : calm
    }
}
