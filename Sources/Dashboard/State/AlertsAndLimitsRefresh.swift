import UsageCore

extension AppState {
    /// Brings the Alerts page's order and the Limits page's outlooks up to date with the
    /// snapshot (called whenever it is replaced).
    mutating func refreshAlertsAndLimits() {
        alertsPage.refresh(snapshot.alerts)
        limitsData = LimitsData(snapshot: snapshot)
    }
}
