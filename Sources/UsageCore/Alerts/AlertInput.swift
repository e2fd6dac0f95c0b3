/// Month-to-date spend of one scope, as the budget rules read it.
public struct ScopeSpend: Sendable, Hashable {
    /// Display name: `Organization`, the project's name, the key's name.
    public var label: String
    /// Billed USD this UTC month so far (key spend may be an estimate).
    public var monthToDate: USD
    /// Billed USD of the complete UTC days before today, oldest first (`nil` = no data), for the
    /// trailing forecast.
    public var completeDays: [USD?]
    /// Billed USD per day of this month, day 1 first, today last (`nil` = no data).
    public var monthDaily: [USD?]

    /// Creates a scope's spend.
    public init(label: String, monthToDate: USD, completeDays: [USD?] = [], monthDaily: [USD?] = []) {
        self.label = label
        self.monthToDate = monthToDate
        self.completeDays = completeDays
        self.monthDaily = monthDaily
    }

    /// The forecasts of this scope at `now`.
    public func forecast(now: UnixSeconds) -> SpendForecast {
        SpendForecast(monthToDate: monthToDate, now: now, completeDays: completeDays)
    }
}

/// One key's daily spend, as the spike rule reads it.
public struct KeyDailySpend: Sendable, Hashable {
    /// `api_key_id` (`key_…`).
    public var keyID: String
    /// Display name (the key's name, or its redacted value when unnamed).
    public var label: String
    /// When the key was created (Unix seconds UTC); days before it are not history.
    public var createdAt: UnixSeconds
    /// USD spent today (UTC) so far; `nil` = no data.
    public var today: USD?
    /// USD per day over the previous UTC days (up to 14, oldest first, yesterday last); `nil` = no data.
    public var previousDays: [USD?]

    /// Creates a key's daily spend.
    public init(keyID: String, label: String, createdAt: UnixSeconds, today: USD?, previousDays: [USD?]) {
        self.keyID = keyID
        self.label = label
        self.createdAt = createdAt
        self.today = today
        self.previousDays = previousDays
    }
}

/// Everything the alert engine reads: spend per scope, budgets, key daily spend and sync status,
/// at one clock reading. Built from a ``DashboardSnapshot`` by ``from(snapshot:budgets:)`` so the
/// engine never touches the store.
public struct AlertInput: Sendable, Hashable {
    /// The clock reading (Unix seconds UTC).
    public var now: UnixSeconds
    /// Every budget: API limits, API spend alerts and local budgets.
    public var budgets: [Budget]
    /// Percent thresholds applied to API limits and local budgets (`[budgets] thresholds`).
    public var thresholdPercents: [Int]
    /// Month-to-date spend by scope; a scope with no data is absent.
    public var spend: [AlertScope: ScopeSpend]
    /// Daily spend of every key (spike rule).
    public var keys: [KeyDailySpend]
    /// Sync state and the last full success (stale and sync rules).
    public var sync: SyncStatus

    /// Creates an input.
    public init(now: UnixSeconds, budgets: [Budget], thresholdPercents: [Int] = BudgetSettings.defaultThresholds,
                spend: [AlertScope: ScopeSpend], keys: [KeyDailySpend] = [],
                sync: SyncStatus = SyncStatus(state: .ok, lastSuccess: nil, datasets: [])) {
        self.now = now
        self.budgets = budgets
        self.thresholdPercents = thresholdPercents
        self.spend = spend
        self.keys = keys
        self.sync = sync
    }

    /// The input for `snapshot` with the local `budgets` and thresholds from `config.toml`.
    ///
    /// Org spend is `limits.monthToDate` with `dailyTotals`; each project's is its
    /// `monthToDate`/`monthDaily`; each key's is its `monthToDate` (billed or estimated) with its
    /// daily spend from the `api_key` series (falling back to `last14DaysSpend`).
    public static func from(snapshot: DashboardSnapshot, budgets: BudgetSettings) -> AlertInput {
        let now = snapshot.now
        let today = UTCCalendar.startOfDay(now)
        let monthStart = UTCCalendar.startOfMonth(now)
        var spend: [AlertScope: ScopeSpend] = [:]

        let orgDays = zip(snapshot.days, snapshot.dailyTotals.map(\.cost))
        if let mtd = snapshot.limits.monthToDate {
            spend[.org] = ScopeSpend(
                label: "Organization", monthToDate: mtd,
                completeDays: orgDays.filter { $0.0 < today }.map(\.1),
                monthDaily: orgDays.filter { $0.0 >= monthStart && $0.0 <= today }.map(\.1))
        }
        let todayIndex = Int((today - monthStart) / UTCCalendar.secondsPerDay)
        for project in snapshot.projects {
            guard let mtd = project.monthToDate else { continue }
            spend[.project(project.id)] = ScopeSpend(
                label: project.project.displayName, monthToDate: mtd,
                completeDays: Array(project.monthDaily.prefix(todayIndex)), monthDaily: project.monthDaily)
        }

        let keySeries = Dictionary((snapshot.series[.apiKey] ?? []).compactMap { s in s.id.map { ($0, s.cost) } },
                                   uniquingKeysWith: { a, _ in a })
        let dayIndex = snapshot.days.firstIndex(of: today)
        var keys: [KeyDailySpend] = []
        for summary in snapshot.keys {
            let key = summary.key
            let label = key.name.isEmpty ? key.redactedValue : key.name
            var daily: [USD?]
            if let series = keySeries[key.id], let dayIndex, series.count > dayIndex {
                daily = Array(series[max(0, dayIndex - 14)...dayIndex])
            } else {
                daily = summary.last14DaysSpend
            }
            let todaySpend = daily.popLast() ?? nil
            keys.append(KeyDailySpend(keyID: key.id, label: label, createdAt: key.createdAt, today: todaySpend,
                                      previousDays: daily))
            if let mtd = summary.monthToDate {
                let prior = Array(daily.suffix(todayIndex))
                let padding = [USD?](repeating: nil, count: todayIndex - prior.count)
                spend[.key(key.id)] = ScopeSpend(label: label, monthToDate: mtd, completeDays: prior,
                                                 monthDaily: padding + prior + [todaySpend])
            }
        }
        return AlertInput(now: now, budgets: Budget.all(snapshot: snapshot, local: budgets),
                          thresholdPercents: budgets.thresholds, spend: spend, keys: keys, sync: snapshot.sync)
    }
}
