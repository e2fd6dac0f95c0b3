import UsageCore

/// The columns the API keys table can be sorted by; `s` moves to the next one, `S` reverses.
public enum KeySortColumn: Int, Sendable, Hashable, CaseIterable {
    /// Key name, project name, owner label (A→Z first); `created_at`, `last_used_at` (newest
    /// first; never used last); month-to-date spend (USD), tokens and requests (biggest first).
    case name, project, owner, created, lastUsed, spend, tokens, requests

    /// Lower-case label for the title line (`sort: spend ▼`).
    public var title: String {
        switch self {
        case .name: "name"
        case .project: "project"
        case .owner: "owner"
        case .created: "created"
        case .lastUsed: "last used"
        case .spend: "spend"
        case .tokens: "tokens"
        case .requests: "requests"
        }
    }

    /// The direction a column starts in when chosen with `s`: biggest and newest first for
    /// figures and times, A→Z for text.
    public var defaultDescending: Bool {
        switch self {
        case .name, .project, .owner: false
        case .created, .lastUsed, .spend, .tokens, .requests: true
        }
    }

    /// The next column in `s` order, wrapping around.
    public var next: KeySortColumn {
        KeySortColumn(rawValue: (rawValue + 1) % KeySortColumn.allCases.count) ?? .name
    }
}
