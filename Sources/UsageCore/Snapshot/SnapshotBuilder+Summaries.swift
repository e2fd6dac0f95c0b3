// MARK: - Limits and API keys pages

extension SnapshotBuilder {
    /// Every project with its month-to-date billed spend (costs by `project_id`), limit and alerts.
    static func projectSummaries(_ projects: [Project], tables: SeriesTables, limits: [SpendLimit],
                                 alerts: [SpendAlert], monthDays: Range<Int>) -> [ProjectSummary] {
        let daily = tables.costsByProject.costSeries
        return projects.map { project in
            let series = daily(project.id)
            return ProjectSummary(
                project: project,
                monthToDate: tables.costsByProject.costTotal(project.id, days: monthDays),
                spendLimit: limits.first { $0.projectID == project.id },
                spendAlerts: alerts.filter { $0.projectID == project.id }.sorted { $0.threshold < $1.threshold },
                monthDaily: monthDays.map { series.indices.contains($0) ? series[$0] : nil })
        }
    }

    /// Every key with its project name, month-to-date spend (billed when costs by `api_key_id`
    /// are cached, else the token × price estimate when the server refused that grouping), month
    /// activity, the last 14 days of tokens and spend, unpriced usage and the spike flag.
    ///
    /// Activity and tokens count completions and embeddings (``SeriesTables/activityByKey``:
    /// embeddings `input_tokens` as uncached input, plus their `num_model_requests`), so a key
    /// that only embeds shows its tokens and requests. A day of the 14 is `nil` when neither
    /// dataset has a bucket for it. The spike flag applies ``SpikeRule`` to the key's daily spend
    /// today and over the 14 days before.
    static func keySummaries(_ keys: [APIKey], names: Labels, tables: SeriesTables, keySpend: KeySpendFigures,
                             grid: DayGrid, now: UnixSeconds, monthDays: Range<Int>) -> [KeySummary] {
        let last = grid.index(now) ?? (grid.count - 1)
        let window = (last - 13)...last
        let activity = tables.activityByKey
        let estimated = keySpend.isEstimate
        return keys.map { key in
            let daily = activity.activitySeries(key.id)
            let spend = keySpend.daily(key.id, count: grid.count)
            func spent(_ i: Int) -> USD? { spend.indices.contains(i) ? spend[i] : nil }
            var summary = KeySummary(
                key: key, projectName: key.projectID.flatMap { names.projects[$0] },
                monthToDate: keySpend.total(key.id, days: monthDays),
                spendIsEstimate: estimated,
                monthActivity: activity.activityTotal(key.id, days: monthDays),
                last14DaysTokens: window.map { i in daily.indices.contains(i) ? daily[i]?.totalTokens : nil },
                last14DaysSpend: window.map(spent))
            if estimated {
                let unpriced = keySpend.estimates.unpricedTotal(key.id, days: monthDays)
                summary.unpricedTokens = unpriced.totalTokens
                summary.unpricedRequests = unpriced.requests
            }
            let history = KeyDailySpend(keyID: key.id, label: key.name, createdAt: key.createdAt, today: spent(last),
                                        previousDays: ((last - AlertEngine.spikeHistoryDays)..<last).map(spent))
            summary.isSpiking = SpikeRule.isSpike(history, now: now)
            return summary
        }
    }
}
