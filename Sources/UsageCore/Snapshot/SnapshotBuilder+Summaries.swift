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

    /// Every key with its project name, month-to-date spend (billed, when costs by `api_key_id`
    /// are cached), month activity and the last 14 days of tokens and spend.
    ///
    /// Activity and tokens count completions and embeddings (``SeriesTables/activityByKey``:
    /// embeddings `input_tokens` as uncached input, plus their `num_model_requests`), so a key
    /// that only embeds shows its tokens and requests. A day of the 14 is `nil` when neither
    /// dataset has a bucket for it.
    static func keySummaries(_ keys: [APIKey], names: Labels, tables: SeriesTables, grid: DayGrid,
                             today: UnixSeconds, monthDays: Range<Int>) -> [KeySummary] {
        let last = grid.index(today) ?? (grid.count - 1)
        let window = (last - 13)...last
        let activity = tables.activityByKey
        return keys.map { key in
            let daily = activity.activitySeries(key.id)
            let spend = tables.costsByKey?.costSeries(key.id)
            return KeySummary(
                key: key, projectName: key.projectID.flatMap { names.projects[$0] },
                monthToDate: tables.costsByKey?.costTotal(key.id, days: monthDays),
                spendIsEstimate: false,
                monthActivity: activity.activityTotal(key.id, days: monthDays),
                last14DaysTokens: window.map { i in daily.indices.contains(i) ? daily[i]?.totalTokens : nil },
                last14DaysSpend: window.map { i in i >= 0 ? spend?[i] ?? nil : nil })
        }
    }
}
