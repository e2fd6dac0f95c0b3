// MARK: - One alert evaluation against the cache

/// One step of the alert runtime (DESIGN.md §4), shared by the dashboard's poll loop and by
/// `usagetop check`: read the persisted alerts, evaluate the rules over a snapshot, save what
/// changed.
///
/// The full order of a cycle is: ``evaluate(store:snapshot:config:)`` (engine + save) →
/// announce ``AlertEvaluation/newlyFired`` (``AlertNotifier``) → ``markDelivered(_:store:)``.
/// Marking only after delivery means an alert whose announcement was cut short (the process was
/// killed) is announced at the next cycle instead of never.
///
/// Not thread-safe against itself: run cycles for one cache one at a time (the dashboard runs
/// them on its single snapshot consumer). Acknowledgements written concurrently are safe: only
/// ``AlertEvaluation/changed`` records are saved.
public enum AlertCycle {
    /// Evaluates the alert rules switched on in `config.alertRules` over `snapshot` at
    /// `snapshot.now` (Unix seconds UTC), with the local budgets of `config.budgets` and the
    /// budgets the snapshot carries from the API, then saves the changed records.
    /// - Parameter freshAt: when a poll has just succeeded, the time its data counts as fresh
    ///   (Unix seconds UTC, normally `snapshot.now`). The stale rule then measures from it rather
    ///   than from the poll's start, so a slow poll, or a fast simulated clock (`--speed`), does
    ///   not make data stale the moment it arrives.
    /// - Returns: the evaluation; announce its ``AlertEvaluation/newlyFired``.
    /// - Throws: ``StoreError`` when the cache cannot be read or written (nothing is saved then).
    public static func evaluate(store: UsageStore, snapshot: DashboardSnapshot, config: AppConfig,
                                freshAt: UnixSeconds? = nil) throws -> AlertEvaluation {
        let previous = try store.alerts()
        var input = AlertInput.from(snapshot: snapshot, budgets: config.budgets)
        if let freshAt { input.sync.lastSuccess = max(input.sync.lastSuccess ?? freshAt, freshAt) }
        let evaluation = AlertEngine.evaluate(input: input, previous: previous, now: snapshot.now, config: config.alertRules)
        if !evaluation.changed.isEmpty { try store.saveAlerts(evaluation.changed) }
        return evaluation
    }

    /// Records that the notifications of `evaluation.newlyFired` were delivered
    /// (``UsageStore/markNotified(ids:)``), so they are never announced again.
    /// - Throws: ``StoreError``.
    public static func markDelivered(_ evaluation: AlertEvaluation, store: UsageStore) throws {
        guard !evaluation.newlyFired.isEmpty else { return }
        try store.markNotified(ids: evaluation.newlyFired.map(\.id))
    }
}
