import UsageCore

/// The snapshot every command shows or judges: the cache read by ``SnapshotBuilder`` with the
/// app's prices (``AppPrices``), plus the local budgets of `config.toml` and the alerts as stored.
enum AppSnapshot {
    /// Builds it.
    /// - Parameters:
    ///   - now: the clock reading (Unix seconds UTC).
    ///   - liveState: the sync service's current state, if known.
    /// - Throws: ``StoreError`` when the cache cannot be read.
    static func build(store: UsageStore, source: SourceInfo, now: UnixSeconds, config: AppConfig,
                      liveState: SyncState? = nil) throws -> DashboardSnapshot {
        var snapshot = try SnapshotBuilder.build(store: store, source: source, now: now, liveState: liveState,
                                                 prices: AppPrices.table)
        snapshot.budgetSettings = config.budgets
        snapshot.alerts = try store.alerts()
        return snapshot
    }
}
