/// The Usage page's two views, as on the official dashboard.
public enum UsageView: String, Sendable, Hashable, CaseIterable {
    /// Billed spend per day from `/organization/costs`.
    case cost
    /// Tokens (uncached input, cached input, output) and requests from completions usage.
    case activity

    /// `Cost` or `Activity`.
    public var title: String { self == .cost ? "Cost" : "Activity" }
}
