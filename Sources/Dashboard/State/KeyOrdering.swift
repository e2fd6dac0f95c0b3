import UsageCore

/// Sorting and filtering of ``KeySummary`` rows for the API keys page, done once when the
/// snapshot, sort or filter changes (never per frame).
public enum KeyOrdering {
    /// Indices into `keys` of the rows that match `filter`, ordered by `column` (ties broken by
    /// name, then key id, so the order is total and stable across snapshots).
    ///
    /// Missing values (never used, no spend data, no project) sort as the smallest.
    public static func rows(_ keys: [KeySummary], column: KeySortColumn, descending: Bool, filter: String) -> [Int] {
        let needle = filter.lowercased()
        var indices = needle.isEmpty ? Array(keys.indices) : keys.indices.filter { matches(keys[$0], needle: needle) }
        indices.sort { a, b in
            let ka = keys[a], kb = keys[b]
            let order = compare(ka, kb, column)
            if order != 0 { return descending ? order > 0 : order < 0 }
            let byName = compareText(ka.key.name, kb.key.name)
            if byName != 0 { return byName < 0 }
            return ka.key.id < kb.key.id
        }
        return indices
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

    // -1, 0, 1 for a < b, a == b, a > b in ascending order.
    private static func compare(_ a: KeySummary, _ b: KeySummary, _ column: KeySortColumn) -> Int {
        switch column {
        case .name: compareText(a.key.name, b.key.name)
        case .project: compareText(a.projectName ?? "", b.projectName ?? "")
        case .owner: compareText(a.key.owner?.label ?? "", b.key.owner?.label ?? "")
        case .created: compareValues(a.key.createdAt, b.key.createdAt)
        case .lastUsed: compareValues(a.key.lastUsedAt ?? .min, b.key.lastUsedAt ?? .min)
        case .spend: compareOptional(a.monthToDate, b.monthToDate)
        case .tokens: compareValues(a.monthActivity.totalTokens, b.monthActivity.totalTokens)
        case .requests: compareValues(a.monthActivity.requests, b.monthActivity.requests)
        }
    }

    private static func compareText(_ a: String, _ b: String) -> Int {
        let la = a.lowercased(), lb = b.lowercased()
        return la < lb ? -1 : (la > lb ? 1 : 0)
    }

    private static func compareValues<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }

    private static func compareOptional<T: Comparable>(_ a: T?, _ b: T?) -> Int {
        switch (a, b) {
        case (nil, nil): 0
        case (nil, _): -1
        case (_, nil): 1
        case (let x?, let y?): compareValues(x, y)
        }
    }
}
