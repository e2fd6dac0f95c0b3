// MARK: - One stream of traffic

/// One stream of usage: a fixed combination of endpoint and dimension values (key, model,
/// tier, batch, …) whose daily totals and intra-day accrual are pure functions of the seed
/// and the UTC day. Every usage figure and every bill is a sum over series.
struct SimSeries: Sendable {
    /// Which usage endpoint reports it.
    let endpoint: SimEndpoint
    /// Dimension values (`project_id`, `api_key_id`, `model`, …); absent = null.
    let dimensions: [SimDimension: String]
    /// First active UTC day index (days since 1970-01-01).
    let activeFromDay: Int64
    /// First UTC day index on which it is no longer active; `nil` = forever.
    let activeUntilDay: Int64?
    /// Mean of counter 0 (requests, sessions, …; bytes for a gauge) per weekday.
    let dailyBase: Double
    /// Mean of counters 1… per unit of counter 0 (e.g. tokens per request).
    let perUnit: [Double]
    /// Multiplier on Saturdays and Sundays.
    let weekendFactor: Double
    /// When in the UTC day the total accrues.
    let profile: SimHourlyProfile
    /// Spiky series have a day now and then at 5–20× the usual volume.
    let spiky: Bool
    /// Hash salt unique to this series.
    let salt: UInt64

    /// The value of a dimension as the API reports it (`batch` is a string "true"/"false").
    func value(_ dimension: SimDimension) -> String? { dimensions[dimension] }

    /// Whether the series is active on a UTC day.
    func isActive(day: Int64) -> Bool {
        day >= activeFromDay && (activeUntilDay.map { day < $0 } ?? true)
    }
}
