import UsageCore

/// The columns the API keys table can be sorted by — every column of the table (DESIGN.md
/// §3.3), in display order; `s` moves to the next one, `S` reverses.
public enum KeySortColumn: Int, Sendable, Hashable, CaseIterable {
    /// Key name, redacted value, project name, owner label, `owner_project_access` (A→Z first);
    /// `created_at`, `last_used_at` (newest first; never used last); month-to-date spend (USD),
    /// tokens and requests, the last 14 days' tokens, local budget use, flags (most serious
    /// first) — figures biggest first.
    case name, key, project, owner, created, lastUsed, access, spend, tokens, requests, trend, budget, flags

    /// Lower-case label for the title line (`sort: spend ▼`).
    public var title: String {
        switch self {
        case .name: "name"
        case .key: "key"
        case .project: "project"
        case .owner: "owner"
        case .created: "created"
        case .lastUsed: "last used"
        case .access: "access"
        case .spend: "spend"
        case .tokens: "tokens"
        case .requests: "requests"
        case .trend: "14 days"
        case .budget: "budget"
        case .flags: "flags"
        }
    }

    /// The direction a column starts in when chosen with `s`: biggest, newest and most serious
    /// first for figures, times and flags, A→Z for text.
    public var defaultDescending: Bool {
        switch self {
        case .name, .key, .project, .owner, .access: false
        case .created, .lastUsed, .spend, .tokens, .requests, .trend, .budget, .flags: true
        }
    }

    /// The next column in `s` order, wrapping around.
    public var next: KeySortColumn {
        KeySortColumn(rawValue: (rawValue + 1) % KeySortColumn.allCases.count) ?? .name
    }
}
