import UsageCore

/// Sorting and filtering of ``KeySummary`` rows for the API keys page, done once when the
/// snapshot, sort or filter changes (never per frame).
public enum KeyOrdering {
    /// Indices into `keys` of the rows that match `filter`, ordered by `column` (ties broken by
    /// name, then key id, so the order is total and stable across snapshots).
    ///
    /// `facts` (aligned to `keys`, from ``KeyFacts/compute(_:now:)``) supply the derived
    /// columns (14 days, budget, flags); a key without facts sorts as having none. Missing values
    /// (never used, no spend data, no project, no budget) sort as the smallest.
    static func rows(_ keys: [KeySummary], facts: [KeyFacts], column: KeySortColumn, descending: Bool,
                     filter: KeyFilter) -> [Int] {
        let matches = filter.matcher()
        let indices = filter.isEmpty ? Array(keys.indices) : keys.indices.filter { matches(keys[$0]) }
        // Sort keys are computed once per row (lower-cased text, numbers), not per comparison.
        let none = KeyFacts()
        var sortable = indices.map { SortKey(keys[$0], facts: facts.indices.contains($0) ? facts[$0] : none, index: $0, column: column) }
        sortable.sort { a, b in
            let order = SortKey.comparePrimary(a, b)
            if order != 0 { return descending ? order > 0 : order < 0 }
            if a.name != b.name { return a.name < b.name }
            return a.id < b.id
        }
        return sortable.map(\.index)
    }

    /// ``rows(_:facts:column:descending:filter:)`` without derived facts, for a filter text
    /// (substring or regex by ``KeyFilter``'s rule).
    public static func rows(_ keys: [KeySummary], column: KeySortColumn, descending: Bool, filter: String) -> [Int] {
        rows(keys, facts: [], column: column, descending: descending, filter: KeyFilter(filter))
    }

    /// Whether `summary` matches the lower-cased `needle`: a substring of the key's name, project
    /// name, owner label or redacted value, ignoring case.
    public static func matches(_ summary: KeySummary, needle: String) -> Bool {
        if needle.isEmpty { return true }
        if summary.key.name.lowercased().contains(needle) { return true }
        if summary.key.redactedValue.lowercased().contains(needle) { return true }
        if let project = summary.projectName, project.lowercased().contains(needle) { return true }
        if let owner = summary.key.owner?.label, owner.lowercased().contains(needle) { return true }
        return false
    }

    // MARK: - Sort keys

    /// One row's precomputed ordering values for a column.
    private struct SortKey {
        /// The column's value: lower-cased text, or a number (Unix seconds, tokens, requests).
        enum Primary {
            case text(String)
            case number(Int64)
            /// Month-to-date spend (USD): `double` orders quickly, `exact` settles values whose
            /// doubles are (nearly) equal, so the order is exactly the `Decimal` order; `nil`
            /// (no spend data) sorts smallest.
            case money((double: Double, exact: USD)?)
            /// A ratio (budget use); `nil` (no budget or no spend data) sorts smallest.
            case ratio(Double?)
        }

        let primary: Primary
        /// The lower-cased key name (the first tie-break).
        let name: String
        /// The `key_…` id (the last tie-break).
        let id: String
        /// The row's index in the snapshot's `keys`.
        let index: Int

        init(_ summary: KeySummary, facts: KeyFacts, index: Int, column: KeySortColumn) {
            let name = summary.key.name.lowercased()
            self.name = name
            self.id = summary.key.id
            self.index = index
            switch column {
            case .name: primary = .text(name)
            case .key: primary = .text(summary.key.redactedValue.lowercased())
            case .access: primary = .text((summary.key.ownerProjectAccess ?? "").lowercased())
            case .trend: primary = .number(facts.recentTokens)
            case .budget: primary = .ratio(facts.budgetUse)
            case .flags: primary = .number(Int64(facts.flagRank))
            case .project: primary = .text((summary.projectName ?? "").lowercased())
            case .owner: primary = .text((summary.key.owner?.label ?? "").lowercased())
            case .created: primary = .number(summary.key.createdAt)
            case .lastUsed: primary = .number(summary.key.lastUsedAt ?? .min)
            case .spend: primary = .money(summary.monthToDate.map { (double: $0.doubleValue, exact: $0) })
            case .tokens: primary = .number(Int64(summary.monthActivity.totalTokens))
            case .requests: primary = .number(Int64(summary.monthActivity.requests))
            }
        }

        /// -1, 0, 1 for a < b, a == b, a > b in ascending order of the column.
        static func comparePrimary(_ a: SortKey, _ b: SortKey) -> Int {
            switch (a.primary, b.primary) {
            case (.text(let x), .text(let y)): compareValues(x, y)
            case (.number(let x), .number(let y)): compareValues(x, y)
            case (.money(let x), .money(let y)):
                switch (x, y) {
                case (nil, nil): 0
                case (nil, _): -1
                case (_, nil): 1
                case (let x?, let y?):
                    abs(x.double - y.double) > 1e-9 * max(abs(x.double), abs(y.double))
                        ? compareValues(x.double, y.double) : compareValues(x.exact, y.exact)
                }
            case (.ratio(let x), .ratio(let y)):
                switch (x, y) {
                case (nil, nil): 0
                case (nil, _): -1
                case (_, nil): 1
                case (let x?, let y?): compareValues(x, y)
                }
            default: 0
            }
        }

        private static func compareValues<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
    }
}
