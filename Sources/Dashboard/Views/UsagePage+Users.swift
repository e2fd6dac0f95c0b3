import TermUI
import UsageCore

/// The Usage page grouped by user ("who spent", issue 4 item 4): usage the API attributes to a
/// `user_id`, its ≈ token × price cost, and beside each person the API keys they own
/// (``KeyOwner/id`` equal to the `user_id`), so a surprising bill leads to a person and a key.
extension UsagePage {
    /// Extra cells the "Keys owned" column may take on wide screens (beyond the user column's cap).
    static let ownedKeysCap = 40

    /// By-user columns: user, ≈ spend, tokens, requests, keys owned, 14-day sparkline.
    static let userColumns: [TableColumn] = [
        TableColumn("User", width: .flex(min: 12)),
        TableColumn("Spend", width: .fixed(10), alignment: .right),
        TableColumn("Tokens", width: .fixed(6), alignment: .right),
        TableColumn("Requests", width: .fixed(9), alignment: .right),
        TableColumn("Keys owned", width: .flex(min: 10)),
        TableColumn("14 days", width: .fixed(14)),
    ]

    /// One user row: `ana@example.com  ≈$12.40  1.2M  3,402  support-bot, support-staging  ▂▃▅`.
    /// Spend is marked ≈ when the series is an estimate; the `(no user)` row owns no keys (`—`).
    func userRow(_ row: UsageData.Row, _ g: DashboardGlyphs) -> TableRow {
        let a = row.activity
        return TableRow([
            TableCell(UsagePage.rowLabel(row, group: .user)),
            TableCell(g.money(row.spend, estimate: row.spendIsEstimate), role: row.spendIsEstimate ? .estimate : .normal),
            TableCell(a.map { TokenFormat.compact($0.totalTokens) } ?? g.none),
            TableCell(a.map { TokenFormat.exact($0.requests) } ?? g.none),
            TableCell(row.ownedKeys.isEmpty ? g.none : row.ownedKeys.joined(separator: ", "), role: row.ownedKeys.isEmpty ? .dim : .normal),
            .spark(row.spark),
        ])
    }

    /// The by-user totals row: the ≈ sum of the rows (estimates, so marked ≈; the billed total
    /// is on the reconciliation line), their tokens and requests.
    func userTotalsRow(_ data: UsageData, _ g: DashboardGlyphs) -> TableRow {
        let a = data.tableActivity
        return TableRow([
            TableCell("Total", role: .title),
            TableCell(g.money(data.tableSpend, estimate: data.tableSpendIsEstimate), role: data.tableSpendIsEstimate ? .estimate : .title),
            TableCell(a.map { TokenFormat.compact($0.totalTokens) } ?? g.none, role: .title),
            TableCell(a.map { TokenFormat.exact($0.requests) } ?? g.none, role: .title),
            TableCell(""),
            .spark(totalSpark(data)),
        ])
    }

    /// A row's name: its label, or `(no key)` / `(no user)` / `(none)` for the unattributed row
    /// (`api_key_id` or `user_id` null) when the snapshot gives it no label.
    static func rowLabel(_ row: UsageData.Row, group: GroupKind) -> String {
        row.id == nil && row.label.isEmpty ? noGroupLabel(group) : row.label
    }

    /// `(no key)`, `(no user)` or `(none)`: the name of spend or usage attributed to no group.
    static func noGroupLabel(_ group: GroupKind) -> String {
        switch group {
        case .apiKey: return "(no key)"
        case .user: return "(no user)"
        default: return "(none)"
        }
    }
}
