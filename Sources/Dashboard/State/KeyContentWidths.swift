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
    /// Flags joined by `, ` (`owner left`, `never used`); 0 when no key has a flag.
    var flags = 0
    /// `owner_project_access` (`active`, `inactive`, `—` for admin keys).
    var access = 0
    /// Local budget use (`124 % over`, `38 %`); 0 when no key has a local budget (the Budget
    /// column is then left out).
    var budget = 0

    /// Nothing measured (no keys).
    init() {}

    /// Measures every value of `keys` as the table formats it at `now` (Unix seconds UTC), with
    /// their derived `facts` (aligned to `keys`; without them, flags come from the keys alone).
    /// `budgets` says whether any key has a local budget (else the Budget column stays empty).
    init(keys: [KeySummary], facts: [KeyFacts]? = nil, budgets: Bool = false, now: UnixSeconds) {
        for (index, summary) in keys.enumerated() {
            let key = summary.key
            name = max(name, DisplayWidth.of(key.name.isEmpty ? key.redactedValue : key.name))
            self.key = max(self.key, DisplayWidth.of(key.redactedValue))
            let projectLabel = key.kind == .admin ? KeyContentWidths.adminProject : (summary.projectName ?? "—")
            project = max(project, DisplayWidth.of(projectLabel))
            owner = max(owner, DisplayWidth.of(key.owner?.label ?? "—"))
            created = max(created, DisplayWidth.of(KeyContentWidths.shortDate(key.createdAt, now: now)))
            // `≈` and the ASCII `~` are both one cell wide.
            spend = max(spend, DisplayWidth.of(KeyContentWidths.spendText(summary, glyphs: .unicode)))
            requests = max(requests, TokenFormat.exact(summary.monthActivity.requests).count)
            let fact = facts.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            let keyFlags = fact?.flags ?? KeyFlag.flags(for: key, now: now)
            flags = max(flags, DisplayWidth.of(keyFlags.map(\.shortText).joined(separator: ", ")))
            access = max(access, DisplayWidth.of(key.ownerProjectAccess ?? "—"))
            if budgets, let f = fact, f.budget != nil {
                budget = max(budget, DisplayWidth.of(KeyContentWidths.budgetText(f.budgetUse)))
            }
        }
    }

    /// The MTD spend cell: `$88.10`, `≈$12.40` (estimate), `≈$12.40+?` when part of the key's
    /// tokens are of models with no price (``KeySummary/unpricedTokens``: the figure is the priced
    /// part only), `unknown` when the key has tokens but no price covers any of them (never
    /// `$0.00`), `—` without data. `≈` and `~` are one cell each.
    static func spendText(_ summary: KeySummary, glyphs: GlyphSet) -> String {
        let unpriced = hasUnpriced(summary)
        if let amount = summary.monthToDate, !(unpriced && amount == .zero) {
            return (summary.spendIsEstimate ? glyphs.approx : "") + amount.formatted + (unpriced ? unpricedMark : "")
        }
        return unpriced || summary.monthActivity.totalTokens > 0 || summary.monthActivity.requests > 0 ? unknownSpend : "—"
    }

    /// Whether some of the key's month-to-date usage is of models with no price.
    static func hasUnpriced(_ summary: KeySummary) -> Bool {
        summary.unpricedTokens > 0 || summary.unpricedRequests > 0
    }

    /// Appended to a spend figure that leaves out unpriced usage (`≈$12.40+?`).
    static let unpricedMark = "+?"

    /// What the spend cell says for tokens no price covers.
    static let unknownSpend = "unknown"

    /// The Budget cell: `124 % over` at or past the budget, `38 %` below it, `?` with a budget
    /// but no spend data. `use` is month-to-date spend ÷ budget.
    static func budgetText(_ use: Double?) -> String {
        guard let use, use.isFinite else { return "?" }
        let percent = Int64((use * 100).rounded())
        return use >= 1 ? "\(percent) % over" : "\(percent) %"
    }

    /// The Project column's text for an admin key (admin keys belong to no project).
    static let adminProject = "admin key"

    /// A key's creation date as the Created column shows it: `Nov 24` in the year of `now`,
    /// `Nov 2025` in earlier (or later) years. Times are Unix seconds UTC.
    static func shortDate(_ t: UnixSeconds, now: UnixSeconds) -> String {
        UTCCalendar.civil(t).year == UTCCalendar.civil(now).year ? UTCDateFormat.day(t) : UTCDateFormat.monthYear(t)
    }
}
