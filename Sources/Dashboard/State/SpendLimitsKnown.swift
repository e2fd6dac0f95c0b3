import UsageCore

extension DashboardSnapshot {
    /// The freshness dataset name of the spend limits poll (`notes/openai-admin-api.md`,
    /// project and organization spend limits).
    static let spendLimitsDataset = "spend_limits"

    /// Whether the snapshot *knows* the spend limits: a limit is present, or the
    /// `spend_limits` dataset has succeeded at least once. When the freshness list does not
    /// name that dataset, any successful sync counts. Before that, "no limit" would be a guess,
    /// so the pages show `—` rather than `none set`.
    var spendLimitsKnown: Bool {
        if limits.spendLimit != nil { return true }
        if let record = sync.datasets.first(where: { $0.name == Self.spendLimitsDataset }) {
            return record.lastSuccess != nil
        }
        return sync.lastSuccess != nil
    }
}
