/// Builds the ``DashboardSnapshot`` from the cache (DESIGN.md §1: Store → Snapshot).
///
/// Pure apart from reading the store: every figure comes from aggregate SQL over one series at
/// a time (grouping sets never mix), money stays exact (``USD``), and a day without a cached
/// bucket is `nil` (*no data*) while a cached empty bucket is zero. Synchronous: call it off the
/// UI thread.
public enum SnapshotBuilder {
    /// Reads everything the dashboard shows.
    /// - Parameters:
    ///   - store: the cache.
    ///   - source: the organization shown in the header.
    ///   - now: the clock reading (Unix seconds UTC); today is the UTC day holding it.
    ///   - liveState: the sync service's current state, if known (e.g. ``SyncState/syncing``);
    ///     otherwise the state recorded in the cache is used.
    ///   - prices: the prices for token × price estimates (``CostEstimator``): per-key spend when
    ///     the server refuses costs by `api_key_id`, ``DashboardSnapshot/dailyEstimated``, the
    ///     unpriced usage and the by-user series (default ``PriceTable/bundled``).
    /// - Returns: the snapshot: days from the start of the previous UTC month (or the oldest
    ///   cached day, if older) to today. ``DashboardSnapshot/keySpend`` is `.billed` when costs
    ///   by `api_key_id` are cached, `.estimated(reason:)` when the server refused that grouping
    ///   (issue 4, `notes/openai-admin-api.md` §2), `.none` otherwise.
    /// - Throws: ``StoreError`` when the cache cannot be read.
    public static func build(store: UsageStore, source: SourceInfo, now: UnixSeconds,
                             liveState: SyncState? = nil, prices: PriceTable = .bundled) throws -> DashboardSnapshot {
        let today = UTCCalendar.startOfDay(now)
        let grid = try dayGrid(store: store, now: now)
        let projects = try store.projects()
        let keys = try store.apiKeys()
        let limits = try store.spendLimits()
        let alerts = try store.spendAlerts()

        let costsTotal = try DailyTable.load(store, SyncPlan.costsTotal, by: nil, grid: grid, columns: .money)
        let completionsTotal = try DailyTable.load(store, SyncPlan.completionsTotal, by: nil, grid: grid, columns: .activity)
        let embeddingsTotal = try DailyTable.load(store, SyncPlan.embeddingsTotal, by: nil, grid: grid, columns: .activity)
        // Org activity = completions + embeddings, each from its own ungrouped series.
        let activityTotal = completionsTotal.adding(embeddingsTotal)
        let tables = try SeriesTables(store: store, grid: grid)
        let estimator = CostEstimator(prices: prices)
        let keySource = try keySpendSource(store: store, tables: tables)
        // Per-key estimates only when they are the key spend; the org-wide estimate always. While
        // key spend is billed, the org-wide figures come from the small by-model series (a few
        // rows a day instead of one per key and model), once the cache holds it.
        let orgSeries = try keySource.isEstimated || store.oldestBucketStart(SyncPlan.completionsByModelTier) == nil
            ? SyncPlan.completionsForEstimates : SyncPlan.completionsByModelTier
        let keyEstimates = try EstimateTable.load(store, [orgSeries, SyncPlan.embeddingsByAPIKey],
                                                  by: .apiKeyID, grid: grid, estimator: estimator, activity: false,
                                                  perGroup: keySource.isEstimated)
        let userEstimates = try EstimateTable.load(store, [SyncPlan.completionsByUser], by: .userID, grid: grid,
                                                   estimator: estimator, activity: true)
        let keySpend = KeySpendFigures(source: keySource, billed: tables.costsByKey, estimates: keyEstimates,
                                       billedTotal: costsTotal)

        let totalCost = costsTotal.costSeries(nil)
        let totalActivity = activityTotal.activitySeries(nil)
        let dailyTotals = grid.days.enumerated().map { i, day in
            DayFigures(day: day, cost: totalCost[i], activity: totalActivity[i])
        }
        let monthStart = UTCCalendar.startOfMonth(now)
        let monthDays = (grid.index(monthStart) ?? 0)..<((grid.index(today) ?? (grid.count - 1)) + 1)

        let names = Labels(projects: projects, keys: keys, users: try store.users())
        let snapshotProjects = projectSummaries(projects, tables: tables, limits: limits, alerts: alerts, monthDays: monthDays)
        let snapshotKeys = keySummaries(keys, names: names, tables: tables, keySpend: keySpend, grid: grid, now: now,
                                        monthDays: monthDays)
        let orgAlerts = alerts.filter { $0.projectID == nil }.sorted { $0.threshold < $1.threshold }
        let limitsSummary = LimitsSummary(
            monthToDate: costsTotal.costTotal(nil, days: monthDays),
            spendLimit: limits.first { $0.projectID == nil }, spendAlerts: orgAlerts)

        var snapshot = DashboardSnapshot(
            source: source, now: now, sync: try syncStatus(store: store, liveState: liveState),
            days: grid.days, dailyTotals: dailyTotals,
            hourlyToday: try hourlyToday(store: store, now: now),
            series: groupSeries(tables: tables, keySpend: keySpend, users: userEstimates, names: names, count: grid.count),
            projects: snapshotProjects, keys: snapshotKeys, limits: limitsSummary,
            monthlyTotals: monthlyTotals(costsTotal, grid: grid, now: now))
        snapshot.keySpend = keySpend.source
        snapshot.dailyEstimated = keyEstimates.dailyEstimated
        snapshot.dailyUnpriced = keyEstimates.totalUnpriced
        snapshot.unpricedModels = keyEstimates.unpricedModels.sorted()
        return snapshot
    }

    /// Billed when the server refused nothing and costs by `api_key_id` are cached; estimated
    /// (with the server's message) once it refused that grouping; otherwise none yet.
    static func keySpendSource(store: UsageStore, tables: SeriesTables) throws -> KeySpendSource {
        if let reason = try store.seriesRejection(SyncPlan.costsByAPIKey) { return .estimated(reason: reason) }
        return tables.costsByKey == nil ? .none : .billed
    }

    // MARK: - Days and hours

    /// Days from the earlier of the previous month's start and the oldest cached daily bucket, to today.
    static func dayGrid(store: UsageStore, now: UnixSeconds) throws -> DayGrid {
        let today = UTCCalendar.startOfDay(now)
        var first = UTCCalendar.startOfMonth(now, offset: -1)
        for series in [SyncPlan.costsTotal, SyncPlan.completionsTotal, SyncPlan.embeddingsTotal] {
            if let oldest = try store.oldestBucketStart(series) {
                first = min(first, UTCCalendar.startOfDay(oldest))
            }
        }
        return DayGrid(first: first, count: Int((today - first) / UTCCalendar.secondsPerDay) + 1)
    }

    /// Today's completions activity per hour, 00:00 UTC to the current hour; hours without a
    /// cached bucket read as zero. Completions only: the plan fetches no hourly embeddings
    /// series (``SyncPlan/default``), so these hours may sum to less than today's daily total.
    static func hourlyToday(store: UsageStore, now: UnixSeconds) throws -> [HourFigures] {
        let today = UTCCalendar.startOfDay(now)
        let currentHour = UTCCalendar.startOfHour(now)
        var byHour: [UnixSeconds: Activity] = [:]
        for sum in try store.sums(SyncPlan.completionsHourly, from: today, to: currentHour + UTCCalendar.secondsPerHour) {
            byHour[UTCCalendar.startOfHour(sum.start), default: .zero] = byHour[UTCCalendar.startOfHour(sum.start), default: .zero] + sum.activity
        }
        return stride(from: today, through: currentHour, by: Int(UTCCalendar.secondsPerHour)).map {
            HourFigures(hour: $0, activity: byHour[$0] ?? .zero)
        }
    }

    // MARK: - Months

    /// Billed spend per month with at least one cached ungrouped costs bucket, oldest first.
    static func monthlyTotals(_ costs: DailyTable, grid: DayGrid, now: UnixSeconds) -> [MonthTotal] {
        let current = UTCCalendar.startOfMonth(now)
        var months: [UnixSeconds: Range<Int>] = [:]
        for (i, day) in grid.days.enumerated() {
            let month = UTCCalendar.startOfMonth(day)
            months[month] = (months[month]?.lowerBound ?? i)..<(i + 1)
        }
        return months.keys.sorted().compactMap { month in
            costs.costTotal(nil, days: months[month]!).map { MonthTotal(month: month, total: $0, isCurrent: month == current) }
        }
    }

    // MARK: - Sync status

    /// The overall state (live, recorded, or *no data*), last full success and per-dataset freshness.
    static func syncStatus(store: UsageStore, liveState: SyncState?) throws -> SyncStatus {
        let freshness = try store.allFreshness()
        let state = try liveState ?? store.syncState() ?? (freshness.isEmpty ? .noData : .ok)
        return SyncStatus(state: state, lastSuccess: try store.syncLastSuccess(), datasets: freshness)
    }
}
