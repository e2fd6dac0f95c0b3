/// The dashboard's pages, in tab order (DESIGN.md §3). New pages (Alerts) are appended as cases;
/// everything else — tabs, number keys, Tab/Shift-Tab cycling — derives from ``allCases``.
public enum Page: Int, Sendable, Hashable, CaseIterable {
    /// Spend and activity over time, broken down by a grouping.
    case usage
    /// Spend against the organization and project limits.
    case limits
    /// Every project key and admin key.
    case apiKeys

    /// The tab title without its number (`Usage`, `Limits`, `API keys`).
    public var title: String {
        switch self {
        case .usage: "Usage"
        case .limits: "Limits"
        case .apiKeys: "API keys"
        }
    }

    /// The 1-based number key that selects the page.
    public var number: Int { rawValue + 1 }

    /// The page `offset` tabs away, wrapping around.
    public func cycled(by offset: Int) -> Page {
        let count = Page.allCases.count
        return Page(rawValue: ((rawValue + offset) % count + count) % count) ?? self
    }
}
