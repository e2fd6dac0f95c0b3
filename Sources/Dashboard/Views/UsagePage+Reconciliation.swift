import TermUI
import UsageCore

/// The Usage page's reconciliation rows under the chart legend (issue 4 item 3): billed spend,
/// the ≈ token × price estimate and how much of the billed spend the per-key figures explain,
/// then notes — per-key spend estimated because the server refused costs by `api_key_id`,
/// unpriced usage (cost unknown, never $0), and which figures a project filter narrows.
extension UsagePage {
    /// Rows the reconciliation takes for a page body `bodyHeight` rows tall: the figures line
    /// plus note rows — one row on the smallest screens, two up to 29 body rows (80 × 24),
    /// three from 30 (120 × 40).
    static func noteRows(bodyHeight: Int) -> Int {
        bodyHeight < 18 ? 1 : bodyHeight < 30 ? 2 : 3
    }

    /// Draws the figures line and as many notes as `area` has rows for (see ``noteLines(_:rows:width:_:)``).
    func renderReconciliation(_ data: UsageData, in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) {
        guard area.height > 0, area.width > 2 else { return }
        let inner = area.inset(dx: 1, dy: 0)
        buffer.put(reconciliationLine(data, width: inner.width, g), in: inner.row(0), theme: theme)
        let notes = noteLines(data, rows: area.height - 1, width: inner.width, g)
        for (i, line) in notes.enumerated() {
            buffer.put(line, in: inner.row(i + 1), theme: theme)
        }
    }

    // MARK: - Figures line

    /// `Billed $421.03 · ≈$418.20 estimated · API keys explain 96.4% ($405.91; no key $15.12)`:
    /// the longest form that fits `width` cells, shorter forms dropping the detail first.
    /// Estimates carry ≈; billed dollars never do. A range without any figure says so.
    func reconciliationLine(_ data: UsageData, width: Int, _ g: DashboardGlyphs) -> Line {
        let r = data.reconciliation
        guard r.billed != nil || r.estimated != nil || r.explained != nil else {
            let text = state.snapshot.days.isEmpty ? "No spend yet: billed and estimated totals appear after the first sync."
                : "No billed or estimated spend cached for this range."
            return Line(text, role: .dim)
        }
        let sep = Span(" \(g.dot) ", role: .dim)
        let billed = [Span("Billed ", role: .dim), Span(g.money(r.billed), role: .title)]
        let estimate: (Bool) -> [Span] = { long in
            guard data.filter == nil else { return [] }
            guard let e = r.estimated else { return [sep, Span("no \(g.approx) estimate", role: .dim)] }
            let share = long ? r.billed.flatMap { b in e.ratio(to: b) }.map { " (\(g.percent($0)) of billed)" } ?? "" : ""
            return [sep, Span(g.money(e, estimate: true) + " estimated", role: .estimate), Span(share, role: .dim)]
        }
        let keys: (Int) -> [Span] = { detail in
            let mark = r.keysEstimated ? g.approx : ""
            guard let explained = r.explained else { return [sep, Span("API keys explain \(g.none)", role: .dim)] }
            let role: Role = r.keysEstimated ? .estimate : .normal
            guard let share = r.explainedShare else {
                return [sep, Span("API keys: ", role: .dim), Span(g.money(explained, estimate: r.keysEstimated), role: role)]
            }
            var spans = [sep, Span("API keys explain ", role: .dim), Span(mark + g.percent(share), role: role)]
            if detail >= 1 { spans.append(Span(" (" + g.money(explained, estimate: r.keysEstimated), role: .dim)) }
            if detail >= 2, let noKey = r.noKey { spans.append(Span("; no key " + g.money(noKey), role: .dim)) }
            if detail >= 1 { spans.append(Span(")", role: .dim)) }
            return spans
        }
        let variants: [[Span]] = [
            billed + estimate(true) + keys(2),
            billed + estimate(false) + keys(2),
            billed + estimate(false) + keys(1),
            billed + estimate(false) + keys(0),
        ]
        let fitting = variants.first { Line(spans: $0).width <= width } ?? variants[variants.count - 1]
        return Line(spans: fitting)
    }

    // MARK: - Notes

    /// One note in a long, a short and a tiny wording (for sharing a row with other notes);
    /// `detail` follows the long wording when it fits and is cut with an ellipsis when only part
    /// of it does (the server's message).
    struct Note {
        var long: [Span]
        var short: [Span]
        var tiny: [Span]
        var detail: [Span] = []
    }

    /// The notes that apply, most important first: per-key spend estimated (server refusal),
    /// unpriced usage, the project filter's scope; per-key spend billed when nothing else.
    func notes(_ data: UsageData, _ g: DashboardGlyphs) -> [Note] {
        let r = data.reconciliation
        var notes: [Note] = []
        if let reason = r.refusal {
            notes.append(Note(
                long: [Span("\(g.approx) Per-key spend is estimated from tokens \(g.ascii ? "x" : "×") prices: the server refused costs grouped by api_key_id", role: .estimate)],
                short: [Span("\(g.approx) per-key spend estimated: server refused costs by api_key_id", role: .estimate)],
                tiny: [Span("\(g.approx) per-key: costs by key refused", role: .estimate)],
                detail: reason.isEmpty ? [] : [Span(" (\(reason))", role: .dim)]))
        }
        if r.hasUnpriced {
            let tokens = TokenFormat.compact(r.unpriced.totalTokens), requests = TokenFormat.exact(r.unpriced.requests)
            let models = r.unpricedModels.isEmpty ? "" : " of " + r.unpricedModels.joined(separator: ", ")
            let scope = data.filter == nil ? "" : " (all projects)"
            notes.append(Note(
                long: [Span("Unpriced: \(tokens) tokens, \(requests) requests\(models)\(scope): cost unknown, not in the \(g.approx) estimate", role: .warn)],
                short: [Span("Unpriced: \(tokens) tokens, \(requests) requests\(models): cost unknown", role: .warn)],
                tiny: [Span("Unpriced \(tokens) tok, \(requests) req" + (r.unpricedModels.isEmpty ? "" : ": " + r.unpricedModels.joined(separator: ", ")), role: .warn)]))
        }
        if let filter = data.filter {
            let group = UsagePage.groupTitle(state.usage.group)
            let narrowed = filter.filtersTable ? "chart, billed total, \(group) rows" : "chart, billed total"
            let rest = (filter.filtersTable ? [] : ["by \(group) table"]) + ["This month box", "\(g.approx) estimate"]
            notes.append(Note(
                long: [Span("Filtered to ", role: .dim), Span(filter.projectName, role: .title),
                       Span(": \(narrowed). All projects: " + rest.joined(separator: ", ") + ".", role: .dim)],
                short: [Span("Project ", role: .dim), Span(filter.projectName, role: .title), Span(": \(narrowed)", role: .dim)],
                tiny: [Span(filter.projectName, role: .title), Span(filter.filtersTable ? ": chart, totals, rows" : ": chart, totals", role: .dim)]))
        }
        if notes.isEmpty, !state.snapshot.days.isEmpty {
            // Nothing to warn about: say what the figures are.
            let times = g.ascii ? "x" : "×"
            if state.snapshot.keySpend == .billed {
                let text = "Per-key spend is billed (costs grouped by api_key_id); the no-key row is spend no key accounts for."
                let short = [Span("Per-key spend is billed (costs by api_key_id)", role: .dim)]
                notes.append(Note(long: [Span(text, role: .dim)], short: short, tiny: short))
            } else {
                let text = "Billed: /organization/costs \(g.dot) \(g.approx) estimate: tokens \(times) prices of priced models \(g.dot) keys explain: billed spend with an api_key_id"
                let short = "\(g.approx) estimate: tokens \(times) prices \(g.dot) keys explain: spend with an api_key_id"
                notes.append(Note(long: [Span(text, role: .dim)], short: [Span(short, role: .dim)], tiny: [Span(short, role: .dim)]))
            }
        }
        return notes
    }

    /// The notes laid out on `rows` rows of `width` cells: one note per row in its long wording
    /// when it fits (else the short one, cut with an ellipsis); when there are more notes than
    /// rows the last row joins the rest in their short wording, or the tiny one when that is
    /// too wide.
    func noteLines(_ data: UsageData, rows: Int, width: Int, _ g: DashboardGlyphs) -> [Line] {
        let all = notes(data, g)
        guard rows > 0, !all.isEmpty else { return [] }
        let pick = { (note: Note) in Line(spans: Line(spans: note.long).width <= width ? note.long + note.detail : note.short) }
        if all.count <= rows { return all.map(pick) }
        var lines = all.prefix(rows - 1).map(pick)
        let rest = all.dropFirst(rows - 1)
        let join = { (wording: KeyPath<Note, [Span]>) -> Line in
            var spans: [Span] = []
            for note in rest {
                if !spans.isEmpty { spans.append(Span(" \(g.dot) ", role: .dim)) }
                spans += note[keyPath: wording]
            }
            return Line(spans: spans)
        }
        let short = join(\.short)
        lines.append(short.width <= width ? short : join(\.tiny))
        return lines
    }
}
