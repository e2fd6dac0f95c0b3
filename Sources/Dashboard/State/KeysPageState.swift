import UsageCore

/// The API keys page's state: sort, filter (with its text-entry mode), the cached row order,
/// the table position and an open key detail.
public struct KeysPageState: Sendable, Hashable {
    /// Sort column (`s` cycles).
    public var sortColumn: KeySortColumn = .spend
    /// Sort direction (`S` reverses).
    public var sortDescending = true
    /// The applied filter (case-insensitive substring); empty = every key.
    public var filter = ""
    /// The text being typed after `/`; `nil` when not in filter-input mode.
    public var filterDraft: String?
    /// Selection and scroll position in ``rows``.
    public var position = ListPosition()
    /// Indices into the snapshot's `keys`, filtered and sorted — recomputed by
    /// ``recompute(_:)`` when the snapshot, sort or filter changes, never per frame.
    public private(set) var rows: [Int] = []
    /// Whether any key's spend is a token × price estimate (the title explains `≈` then).
    public private(set) var hasEstimates = false
    /// The key whose detail is open (`key_…`), if any.
    public var detailKeyID: String?
    /// The widest value of each measured table column over every key, set by
    /// ``measure(_:now:)`` when the snapshot changes (the table's column widths follow it).
    private(set) var contentWidths = KeyContentWidths()

    /// Spend-descending, unfiltered, nothing computed yet.
    public init() {}

    /// Whether typed characters go to the filter.
    public var isEditingFilter: Bool { filterDraft != nil }

    /// Measures the column contents of `keys` at `now` (Unix seconds UTC) for the table layout:
    /// once per snapshot, over every key (so filtering and scrolling never move the columns).
    public mutating func measure(_ keys: [KeySummary], now: UnixSeconds) {
        contentWidths = KeyContentWidths(keys: keys, now: now)
    }

    /// Rebuilds ``rows`` from `keys`, keeping the selected key selected when it is still listed.
    public mutating func recompute(_ keys: [KeySummary], previousKeys: [KeySummary]? = nil) {
        let old = previousKeys ?? keys
        let selectedID: String? = rows.indices.contains(position.selected) && old.indices.contains(rows[position.selected])
            ? old[rows[position.selected]].id : nil
        rows = KeyOrdering.rows(keys, column: sortColumn, descending: sortDescending, filter: filter)
        hasEstimates = keys.contains { $0.spendIsEstimate }
        if let selectedID, let index = rows.firstIndex(where: { keys[$0].id == selectedID }) {
            position.selected = index
        }
    }
}
