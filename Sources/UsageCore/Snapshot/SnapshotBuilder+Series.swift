// MARK: - Usage page series

extension SnapshotBuilder {
    /// One ``GroupSeries`` list per ``GroupKind``, each sorted by spend, then tokens, then label.
    ///
    /// Activity by model, project and API key counts completions and embeddings
    /// (``SeriesTables/activityByModel``, ``SeriesTables/activityByProject``,
    /// ``SeriesTables/activityByKey``), like the org totals; line items have none. Spend by key is
    /// billed or estimated (``KeySpendFigures``); by user it is always an estimate of completions
    /// attributed to a user (``SyncPlan/completionsByUser``).
    static func groupSeries(tables: SeriesTables, keySpend: KeySpendFigures, users: EstimateTable,
                            names: Labels, count: Int) -> [GroupKind: [GroupSeries]] {
        [
            .project: merge(cost: tables.costsByProject, activity: tables.activityByProject, count: count) { id in
                id.map { names.projects[$0] ?? $0 } ?? "(no project)"
            },
            .apiKey: keySeries(tables: tables, keySpend: keySpend, names: names, count: count),
            .lineItem: merge(cost: tables.costsByLineItem, activity: nil, count: count) { $0 ?? "(no line item)" },
            .model: merge(cost: tables.costsByModel, activity: tables.activityByModel, count: count) { $0 ?? "(no model)" },
            .user: userSeries(users, names: names),
        ]
    }

    /// Series by `api_key_id`: every key with spend or activity, and the `(no key)` row (id `nil`)
    /// holding the spend no key accounts for, so the rows add up to the billed total per day.
    static func keySeries(tables: SeriesTables, keySpend: KeySpendFigures, names: Labels, count: Int) -> [GroupSeries] {
        var ids = tables.activityByKey.groups
        switch keySpend.source {
        case .none: break
        case .billed: ids.formUnion(keySpend.billed?.groups ?? [])
        case .estimated:
            ids.formUnion(keySpend.estimates.groups)
            ids.insert(nil)
        }
        let noActivity = [Activity?](repeating: nil, count: count)
        let estimated = keySpend.isEstimate
        let series = ids.map { id in
            GroupSeries(id: id, label: id.map { names.keys[$0] ?? $0 } ?? (estimated ? "(no key / not estimated)" : "(no key)"),
                        cost: keySpend.daily(id, count: count), costIsEstimate: estimated,
                        activity: tables.activityByKey.groups.contains(id) ? tables.activityByKey.activitySeries(id) : noActivity)
        }
        return sorted(series.map { ($0, keySpend.nanosTotal($0.id)) })
    }

    /// Series by `user_id` ("who spent"): completions attributed to a user, with their token ×
    /// price estimate (≈); label the user's email, else name, else id; `(no user)` for `null`.
    static func userSeries(_ users: EstimateTable, names: Labels) -> [GroupSeries] {
        let series = users.groups.map { id in
            GroupSeries(id: id, label: id.map { names.users[$0] ?? $0 } ?? "(no user)", cost: users.costSeries(id),
                        costIsEstimate: true, activity: users.activitySeries(id))
        }
        return sorted(series.map { ($0, users.costNanosTotal($0.id)) })
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
        return sorted(series.map { ($0, cost?.costNanosTotal($0.id) ?? 0) })
    }

    /// Series ordered by spend (nano-dollars), then tokens, then label.
    static func sorted(_ weighted: [(GroupSeries, Int64)]) -> [GroupSeries] {
        weighted.map { ($0.0, $0.1, totalTokens($0.0.activity)) }
            .sorted { a, b in
                if a.1 != b.1 { return a.1 > b.1 }
                if a.2 != b.2 { return a.2 > b.2 }
                return a.0.label < b.0.label
            }
            .map(\.0)
    }

    private static func totalTokens(_ days: [Activity?]) -> Int64 { days.reduce(0) { $0 + ($1?.totalTokens ?? 0) } }
}
