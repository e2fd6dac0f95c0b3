import TermUI
import UsageCore

/// The display widths (terminal cells) of the widest value of each measured column of the API
/// keys table, over every key of the snapshot (filtered out or not, so columns keep their
/// place while filtering and scrolling).
///
/// Measured once per snapshot by ``KeysPageState/measure(_:now:)`` — never per frame — and
/// read by the table's column layout (`KeyColumnLayout`). Columns whose values have a known
/// bounded width (tokens, last used, the 14-day sparkline) are not measured.
struct KeyContentWidths: Sendable, Hashable {
    /// Key names (the redacted value for an unnamed key).
    var name = 0
    /// Redacted values (`sk-proj-...9f2c`, `sk-svcacct-...Kq3d`): the Key column is never cut.
    var key = 0
    /// Project names (`admin key` for admin keys, `—` without a project).
    var project = 0
    /// Owner labels (`ana@example.com`, `svc: ci`).
    var owner = 0
    /// Creation dates (`Nov 24` this year, `Nov 2025` before).
    var created = 0
    /// Month-to-date spend (`$1,234.56`, `≈$12.40`, `—`).
    var spend = 0
    /// Month-to-date requests (`1,234,567`).
    var requests = 0
    /// Flags joined by `, ` (`owner lost access`, `never used`); 0 when no key has a flag.
    var flags = 0

    /// Nothing measured (no keys).
    init() {}

    /// Measures every value of `keys` as the table formats it at `now` (Unix seconds UTC).
    init(keys: [KeySummary], now: UnixSeconds) {
        for summary in keys {
            let key = summary.key
            name = max(name, DisplayWidth.of(key.name.isEmpty ? key.redactedValue : key.name))
            self.key = max(self.key, DisplayWidth.of(key.redactedValue))
            let projectLabel = key.kind == .admin ? KeyContentWidths.adminProject : (summary.projectName ?? "—")
            project = max(project, DisplayWidth.of(projectLabel))
            owner = max(owner, DisplayWidth.of(key.owner?.label ?? "—"))
            created = max(created, DisplayWidth.of(KeyContentWidths.shortDate(key.createdAt, now: now)))
            // `≈` and the ASCII `~` are both one cell wide.
            spend = max(spend, summary.monthToDate.map { DisplayWidth.of($0.formatted) + (summary.spendIsEstimate ? 1 : 0) } ?? 1)
            requests = max(requests, TokenFormat.exact(summary.monthActivity.requests).count)
            let flagText = KeyFlag.flags(for: key, now: now).map(\.shortText).joined(separator: ", ")
            flags = max(flags, DisplayWidth.of(flagText))
        }
    }

    /// The Project column's text for an admin key (admin keys belong to no project).
    static let adminProject = "admin key"

    /// A key's creation date as the Created column shows it: `Nov 24` in the year of `now`,
    /// `Nov 2025` in earlier (or later) years. Times are Unix seconds UTC.
    static func shortDate(_ t: UnixSeconds, now: UnixSeconds) -> String {
        UTCCalendar.civil(t).year == UTCCalendar.civil(now).year ? UTCDateFormat.day(t) : UTCDateFormat.monthYear(t)
    }
}
