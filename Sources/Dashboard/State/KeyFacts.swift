import UsageCore

/// What the API keys page derives for one key from the whole snapshot — flags (spike
/// included), local budget use, the 14-day token total — computed ONCE per snapshot by
/// ``compute(_:now:)`` so sorting, filtering and drawing a frame never redo it (10,000 keys
/// draw in well under 5 ms).
struct KeyFacts: Sendable, Hashable {
    /// The key's flags, most serious first (``KeyFlag/flags(for:spike:now:)``).
    var flags: [KeyFlag]
    /// Today's spend and the median it spiked against (USD), when today is a spike.
    var spike: KeySpike.Reading?
    /// The key's local monthly budget (`[budgets.keys]` in `config.toml`, USD), if any.
    var budget: USD?
    /// Month-to-date spend ÷ ``budget`` (1.24 = 124 %); `nil` without a budget or spend data.
    var budgetUse: Double?
    /// Tokens over the last 14 UTC days (the sparkline's sum; the `14 days` sort key).
    var recentTokens: Int64
    /// How serious the flags are, for sorting by the Flags column: 0 none; 1 never used or
    /// idle; 2 a serious flag (owner access, spike, expiry) — plus one per further flag.
    var flagRank: Int

    /// Facts with nothing derived (no flags, no budget).
    init() {
        flags = []
        budget = nil
        budgetUse = nil
        recentTokens = 0
        flagRank = 0
    }

    /// The facts of every key of `snapshot` at `now` (Unix seconds UTC), aligned to
    /// `snapshot.keys`.
    static func compute(_ snapshot: DashboardSnapshot, now: UnixSeconds) -> [KeyFacts] {
        let daily = KeySpike.dailySpend(snapshot, now: now)
        let budgets = snapshot.budgetSettings.keys
        return snapshot.keys.map { summary in
            let key = summary.key
            var facts = KeyFacts()
            facts.spike = KeySpike.reading(daily: daily[key.id] ?? summary.last14DaysSpend, createdAt: key.createdAt, now: now)
            // The snapshot's own flag (``KeySummary/isSpiking``), or the same rule over the series.
            facts.flags = KeyFlag.flags(for: summary, spike: summary.isSpiking || facts.spike != nil, now: now)
            if let budget = budgets[key.id] {
                facts.budget = budget
                facts.budgetUse = summary.monthToDate.flatMap { $0.ratio(to: budget) }
            }
            // Saturating: absurd counts from a bad cache must not trap.
            facts.recentTokens = summary.last14DaysTokens.reduce(Int64(0)) { sum, v in
                let (r, overflow) = sum.addingReportingOverflow(max(0, v ?? 0))
                return overflow ? .max : r
            }
            let top = facts.flags.contains(where: \.isSerious) ? 2 : (facts.flags.isEmpty ? 0 : 1)
            facts.flagRank = top == 0 ? 0 : top * 10 + facts.flags.count
            return facts
        }
    }
}
