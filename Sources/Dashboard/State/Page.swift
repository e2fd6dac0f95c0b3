/// The dashboard's pages, in tab order (DESIGN.md §3). New pages are appended as cases;
/// everything else — tabs, number keys, Tab/Shift-Tab cycling — derives from ``allCases``.
public enum Page: Int, Sendable, Hashable, CaseIterable {
    /// Spend and activity over time, broken down by a grouping.
    case usage
    /// Spend against the organization, project and key budgets (API limits and local budgets).
    case limits
    /// Every project key and admin key.
    case apiKeys
    /// Firing, snoozed, acknowledged and resolved alerts (DESIGN.md §4).
    case alerts

    /// The tab title without its number (`Usage`, `Limits`, `API keys`, `Alerts`).
    public var title: String {
        switch self {
        case .usage: "Usage"
        case .limits: "Limits"
        case .apiKeys: "API keys"
        case .alerts: "Alerts"
        }
    }

    /// The title shown in the header's tab for `state`: ``title``, and for the Alerts page the
    /// count of firing (open, unacknowledged, not snoozed) alerts when there are any: `Alerts(2)`.
    public func tabTitle(in state: AppState) -> String {
        guard self == .alerts else { return title }
        let firing = state.alertsPage.firingCount
        return firing > 0 ? "\(title)(\(firing))" : title
    }

    /// The 1-based number key that selects the page.
    public var number: Int { rawValue + 1 }

    /// The page `offset` tabs away, wrapping around.
    public func cycled(by offset: Int) -> Page {
        let count = Page.allCases.count
        return Page(rawValue: ((rawValue + offset) % count + count) % count) ?? self
    }
}
