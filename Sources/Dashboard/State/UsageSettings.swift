import UsageCore

/// What the Usage page shows: the view, the date range and the grouping (DESIGN.md §3.1).
public struct UsageSettings: Sendable, Hashable {
    /// Cost (billed USD per day) or Activity (tokens and requests).
    public var view: UsageView = .cost
    /// The date range.
    public var range: UsageRange = .monthToDate
    /// The breakdown grouping (`g` cycles model → project → API key → line item).
    public var group: GroupKind = .model
    /// Selection and scroll of the breakdown table.
    public var table = ListPosition()

    /// Default settings: Cost view, month to date, by model.
    public init() {}
}
