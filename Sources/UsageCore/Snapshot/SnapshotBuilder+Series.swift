// MARK: - Usage page series

extension SnapshotBuilder {
    /// One ``GroupSeries`` list per ``GroupKind``, each sorted by billed spend, then tokens, then label.
    ///
    /// Activity by model, project and API key counts completions and embeddings
    /// (``SeriesTables/activityByModel``, ``SeriesTables/activityByProject``,
    /// ``SeriesTables/activityByKey``), like the org totals; line items have none.
    static func groupSeries(tables: SeriesTables, names: Labels, count: Int) -> [GroupKind: [GroupSeries]] {
        [
            .project: merge(cost: tables.costsByProject, activity: tables.activityByProject, count: count) { id in
                id.map { names.projects[$0] ?? $0 } ?? "(no project)"
            },
            .apiKey: merge(cost: tables.costsByKey, activity: tables.activityByKey, count: count) { id in
                id.map { names.keys[$0] ?? $0 } ?? "(no key)"
            },
            .lineItem: merge(cost: tables.costsByLineItem, activity: nil, count: count) { $0 ?? "(no line item)" },
            .model: merge(cost: tables.costsByModel, activity: tables.activityByModel, count: count) { $0 ?? "(no model)" },
        ]
    }

    /// The union of the groups of a cost table and an activity table, as series.
    static func merge(cost: DailyTable?, activity: DailyTable?, count: Int,
                      label: (String?) -> String) -> [GroupSeries] {
        let ids = (cost?.groups ?? []).union(activity?.groups ?? [])
        let none = [USD?](repeating: nil, count: count)
        let noActivity = [Activity?](repeating: nil, count: count)
        let series = ids.map { id in
            GroupSeries(id: id, label: label(id), cost: cost?.costSeries(id) ?? none,
                        costIsEstimate: false, activity: activity?.activitySeries(id) ?? noActivity)
        }
        return series.map { ($0, cost?.costNanosTotal($0.id) ?? 0, totalTokens($0.activity)) }
            .sorted { a, b in
                if a.1 != b.1 { return a.1 > b.1 }
                if a.2 != b.2 { return a.2 > b.2 }
                return a.0.label < b.0.label
            }
            .map(\.0)
    }

    private static func totalTokens(_ days: [Activity?]) -> Int64 { days.reduce(0) { $0 + ($1?.totalTokens ?? 0) } }
}
