import UsageCore

/// What the Usage page shows: the view, the date range and the grouping (DESIGN.md §3.1).
public struct UsageSettings: Sendable, Hashable {
    /// Cost (billed USD per day) or Activity (tokens and requests).
    public var view: UsageView = .cost
    /// The date range.
    public var range: UsageRange = .monthToDate
    /// The breakdown grouping (`g` cycles model → project → API key → line item → user).
    public var group: GroupKind = .model
    /// The project filter (`p` cycles all projects → each `project_id` → all): `nil` shows the
    /// whole organization; a `proj_…` id narrows the chart, the billed totals and the API key
    /// rows to that project (see ``UsageProjectFilter``).
    public var projectID: String?
    /// Selection and scroll of the breakdown table.
    public var table = ListPosition()

    /// Default settings: Cost view, month to date, by model.
    public init() {}
}
