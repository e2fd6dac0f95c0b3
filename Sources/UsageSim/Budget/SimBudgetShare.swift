// MARK: - Budget-share setting

/// Puts the organization's month-to-date billed spend at a chosen share of a budget at the start
/// time, and its whole-month spend at another share, so a test can watch spend cross budget
/// thresholds (50/75/90/100 %) and a month boundary in seconds with `--speed` (issue 3 item 7).
///
/// The simulator scales its whole traffic (every series, storage included) by one factor per UTC
/// day (see ``SimBudgetScale``): days from the start day to the end of its UTC month by a "burst"
/// factor, every other day (earlier months, the month's days before the start day, later months)
/// by a "calm" factor. The two factors are solved so that the billed cost of
/// `[month start, start time)` is `startShare × budget` and that of the whole month is
/// `monthEndShare × budget`, each within about 1 %. Usage and costs stay one consistent
/// organization: bills are still derived from usage, every grouping still adds up.
///
/// The budget is only a target for the traffic: it sets no spend limit and no spend alert (those
/// stay as `--spend-limit-usd` / `--no-spend-alerts` say).
public struct SimBudgetShare: Sendable, Equatable {
    /// The budget, in US cents (e.g. 10_000 for $100).
    public var budgetCents: Int64
    /// Month-to-date billed spend at the start time as a share of the budget (0.45 = 45 %).
    public var startShare: Double
    /// Billed spend of the start time's whole UTC month as a share of the budget (1.3 = 130 %);
    /// at least `startShare`.
    public var monthEndShare: Double

    /// Creates the setting. `budgetCents` > 0, 0 ≤ `startShare` ≤ `monthEndShare` (checked when
    /// the organization is generated: ``SimConfigurationError``).
    public init(budgetCents: Int64, startShare: Double, monthEndShare: Double) {
        self.budgetCents = budgetCents
        self.startShare = startShare
        self.monthEndShare = monthEndShare
    }

    /// The budget in pico-dollars.
    var budgetPico: PicoUSD { budgetCents * (picoPerUSD / 100) }
}
