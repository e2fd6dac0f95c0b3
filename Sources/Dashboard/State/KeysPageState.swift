import UsageCore

/// The API keys page's state: sort, filter (with its text-entry mode), the cached row order,
/// the table position and an open key detail.
public struct KeysPageState: Sendable, Hashable {
    /// Sort column (`s` cycles).
    public var sortColumn: KeySortColumn = .spend
    /// Sort direction (`S` reverses).
    public var sortDescending = true
    /// The applied filter text (case-insensitive substring or regex, see ``KeyFilter``); empty =
    /// every key. Set it through the reducer, which calls ``recompute(_:previousKeys:)``.
    public var filter = ""
    /// ``filter`` with its mode decided (substring, regex, invalid regex), as of the last
    /// ``recompute(_:previousKeys:)``.
    public private(set) var activeFilter = KeyFilter("")
    /// The text being typed after `/`; `nil` when not in filter-input mode.
    public var filterDraft: String?
    /// Selection and scroll position in ``rows``.
    public var position = ListPosition()
    /// Indices into the snapshot's `keys`, filtered and sorted — recomputed by
    /// ``recompute(_:previousKeys:)`` when the snapshot, sort or filter changes, never per frame.
    public private(set) var rows: [Int] = []
    /// Whether any key's spend is a token × price estimate (the title explains `≈` then).
    public private(set) var hasEstimates = false
    /// Whether any key's spend leaves out models with no price (the title explains `+?` then).
    public private(set) var hasUnpriced = false
    /// The key whose detail is open (`key_…`), if any.
    public var detailKeyID: String?
    /// The last ``Effect/loadKeyDetail(_:)`` request for the open detail (key and range).
    public internal(set) var detailRequest: KeyDetailRequest?
    /// The snapshot time (`DashboardSnapshot.now`) the detail was last requested for: a new
    /// snapshot reloads it.
    var detailRequestedFor: UnixSeconds?
    /// The loaded detail (``Action/keyDetail(_:)``) of the open key; shown once it answers
    /// ``detailRequest``, "loading…" until then.
    public internal(set) var detail: KeyDetail?
    /// Derived per-key facts (flags, spike, budget use), aligned to the snapshot's `keys`;
    /// computed once per snapshot by ``update(for:now:previousKeys:)``.
    private(set) var facts: [KeyFacts] = []
    /// The widest value of each measured table column over every key, set by
    /// ``update(for:now:previousKeys:)`` when the snapshot changes (the table's column widths follow it).
    private(set) var contentWidths = KeyContentWidths()

    /// Spend-descending, unfiltered, nothing computed yet.
    public init() {}

    /// Whether typed characters go to the filter.
    public var isEditingFilter: Bool { filterDraft != nil }

    /// Takes in a new snapshot at `now` (Unix seconds UTC): derives every key's facts (flags,
    /// spike, budget use) and column widths once, then re-sorts and re-filters ``rows``, keeping
    /// the selected key (from `previousKeys`) selected.
    public mutating func update(for snapshot: DashboardSnapshot, now: UnixSeconds, previousKeys: [KeySummary]? = nil) {
        facts = KeyFacts.compute(snapshot, now: now)
        contentWidths = KeyContentWidths(keys: snapshot.keys, facts: facts, budgets: !snapshot.budgetSettings.keys.isEmpty, now: now)
        recompute(snapshot.keys, previousKeys: previousKeys)
    }

    /// The derived facts of the key at `index` in the snapshot's `keys` (empty facts when none
    /// were computed for it).
    func facts(at index: Int) -> KeyFacts {
        facts.indices.contains(index) ? facts[index] : KeyFacts()
    }

    /// Rebuilds ``rows`` from `keys`, keeping the selected key selected when it is still listed.
    public mutating func recompute(_ keys: [KeySummary], previousKeys: [KeySummary]? = nil) {
        let old = previousKeys ?? keys
        let selectedID: String? = rows.indices.contains(position.selected) && old.indices.contains(rows[position.selected])
            ? old[rows[position.selected]].id : nil
        if activeFilter.text != filter { activeFilter = KeyFilter(filter) }
        rows = KeyOrdering.rows(keys, facts: facts.count == keys.count ? facts : [], column: sortColumn,
                                descending: sortDescending, filter: activeFilter)
        hasEstimates = keys.contains { $0.spendIsEstimate }
        hasUnpriced = keys.contains(where: KeyContentWidths.hasUnpriced)
        if let selectedID, let index = rows.firstIndex(where: { keys[$0].id == selectedID }) {
            position.selected = index
        }
    }
}
