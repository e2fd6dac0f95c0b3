import UsageCore

/// Everything the dashboard shows and remembers between frames: a value, changed only by
/// ``reduce(_:_:)`` and drawn by ``RootView/render(state:theme:width:height:)``.
public struct AppState: Sendable {
    /// The page on screen.
    public var page: Page = .usage
    /// The latest data.
    public private(set) var snapshot: DashboardSnapshot
    /// The Usage page's view, range and grouping.
    public var usage = UsageSettings()
    /// The API keys page's sort, filter, cached rows and selection.
    public var keys = KeysPageState()
    /// The Alerts page's ordered alerts, selection and snooze chooser (kept in step with
    /// `snapshot.alerts` by ``refreshAlertsAndLimits()``).
    public var alertsPage = AlertsPageState()
    /// The Limits page's budget outlooks and forecasts for the current snapshot, computed once
    /// per snapshot by ``refreshAlertsAndLimits()``, never per frame.
    var limitsData = LimitsData()
    /// Whether the `?` help overlay is open.
    public var helpVisible = false
    /// A transient status-line message.
    public var flash: Flash?
    /// Terminal width in columns.
    public var width: Int
    /// Terminal height in rows.
    public var height: Int
    /// The current time as last told by a snapshot or tick (Unix seconds UTC); drives relative
    /// times ("38 s ago"), staleness and flash expiry.
    public var now: UnixSeconds
    /// The poll interval in seconds; data older than three of them is marked stale.
    public var pollInterval: Int64
    /// The Usage page's breakdown for the current snapshot, range, view and grouping, kept
    /// up to date by ``reduce(_:_:)`` (see ``refreshUsageData(force:)``) so frames never redo
    /// the O(series × days) sums; `nil` only before the first computation.
    private(set) var usageCache: UsageData?

    /// A state showing `snapshot` on the Usage page (Cost, month to date, by model).
    ///
    /// - Parameters:
    ///   - snapshot: the first data (``DashboardSnapshot/empty(source:now:)`` before any).
    ///   - width: terminal columns.
    ///   - height: terminal rows.
    ///   - pollInterval: seconds between polls (for the stale marker); default 60.
    public init(snapshot: DashboardSnapshot, width: Int, height: Int, pollInterval: Int64 = 60) {
        self.snapshot = snapshot
        self.width = width
        self.height = height
        self.now = snapshot.now
        self.pollInterval = pollInterval
        keys.update(for: snapshot, now: snapshot.now)
        refreshUsageData(force: true)
        refreshAlertsAndLimits()
    }

    /// Replaces the snapshot, keeping the key selection on the same key and the range valid,
    /// and recomputes the cached key rows and Usage breakdown for it.
    public mutating func replaceSnapshot(_ new: DashboardSnapshot) {
        let old = snapshot.keys
        snapshot = new
        now = max(now, new.now)
        keys.update(for: new, now: now, previousKeys: old)
        if let id = keys.detailKeyID, !new.keys.contains(where: { $0.id == id }) { keys.detailKeyID = nil }
        refreshUsageData(force: true)
        refreshAlertsAndLimits()
    }

    /// Replaces only the snapshot's sync state (a poll started); the data and every cache stay.
    mutating func replaceSyncState(_ sync: SyncState) {
        snapshot.sync.state = sync
    }

    /// Replaces only the snapshot's alerts (an optimistic acknowledge or snooze before the cache
    /// confirms it, or the alerts as stored afterwards), re-sorting the Alerts page; every other
    /// cache stays as it is.
    mutating func replaceAlerts(_ alerts: [AlertRecord]) {
        snapshot.alerts = alerts
        alertsPage.refresh(alerts)
    }

    // MARK: - Usage breakdown cache

    /// The Usage page's numbers for the current state: the cached breakdown when its key still
    /// matches (the normal case after ``reduce(_:_:)``), otherwise computed on the spot (a
    /// caller changed ``usage`` directly), so it is always correct.
    var usageData: UsageData {
        if let cached = usageCache, cached.key == UsageData.Key(self) { return cached }
        return UsageData(state: self)
    }

    /// Recomputes the cached Usage breakdown when the range bounds, view or grouping changed
    /// since it was computed, or always when `force` (the snapshot changed).
    mutating func refreshUsageData(force: Bool = false) {
        if !force, let cached = usageCache, cached.key == UsageData.Key(self) { return }
        usageCache = UsageData(state: self)
    }

    /// How many months back the Usage page may go: the oldest month the snapshot has days for.
    public var oldestMonthOffset: Int {
        guard let first = snapshot.days.first else { return 0 }
        let a = UTCCalendar.civil(first), b = UTCCalendar.civil(now)
        return max(0, (b.year - a.year) * 12 + b.month - a.month)
    }

    /// The key whose detail is open, if it is still in the snapshot.
    public var detailKey: KeySummary? {
        guard let id = keys.detailKeyID else { return nil }
        return snapshot.keys.first { $0.id == id }
    }

    /// The key under the selection on the API keys page.
    public var selectedKey: KeySummary? {
        let rows = keys.rows
        guard rows.indices.contains(keys.position.selected) else { return nil }
        return snapshot.keys[rows[keys.position.selected]]
    }
}
