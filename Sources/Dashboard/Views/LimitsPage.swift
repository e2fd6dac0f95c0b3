import Foundation
import TermUI
import UsageCore

/// The Limits page (DESIGN.md §3.2, issue 3): for the organization, each project and each key
/// with a budget, a gauge per budget — API limit (enforcing or not) and local budget, both when
/// both exist, each labelled with its source — with a marker at every threshold (percent
/// thresholds and API spend alerts); spend past 100 % as `124% ▲ OVER` on a gauge whose scale
/// grows so the overflow shows. Month-end forecasts at the month-to-date pace and the trailing
/// 7 days, the day each threshold was or will be crossed, and the monthly history.
///
/// The numbers come from ``AppState/limitsData`` (UsageCore's ``BudgetOutlook`` and
/// ``SpendForecast``, computed once per snapshot). On a short screen the page says less: a
/// "next threshold" note instead of a line of threshold days per budget (the organization's
/// kept longest), projects without a budget on one line, the history as one line instead of a
/// chart.
struct LimitsPage {
    let state: AppState
    let theme: Theme

    var data: LimitsData { state.limitsData }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let g = DashboardGlyphs(theme)
        let inner = area.inset(left: 1, right: 1)
        // The most detail that leaves a row for the history line.
        let levels = [Detail(thresholdLines: true, collapseUnbudgeted: false),
                      Detail(thresholdLines: false, collapseUnbudgeted: false, orgThresholdLines: true),
                      Detail(thresholdLines: false, collapseUnbudgeted: false),
                      Detail(thresholdLines: false, collapseUnbudgeted: true)]
        var rows: [LimitsPageRow] = []
        for level in levels {
            rows = self.rows(g, width: inner.width, detail: level)
            if rows.count + 1 <= inner.height { break }
        }
        let labelWidth = rows.reduce(0) { w, row in
            if case .gauge(let label, _, _, _) = row { return max(w, DisplayWidth.of(label.text)) }
            return w
        }
        let amountWidth = rows.reduce(0) { w, row in
            if case .gauge(_, let amount, _, _) = row { return max(w, DisplayWidth.of(amount)) }
            return w
        }
        let historyRows = inner.height > 1 ? 1 : 0
        var y = inner.y
        for row in rows where y < inner.maxY - historyRows {
            row.render(at: y, in: inner, labelWidth: min(labelWidth, 24), amountWidth: amountWidth, theme: theme, into: &buffer)
            y += 1
        }
        // Monthly history: a chart when there is room, else one line at the bottom.
        let left = inner.maxY - y
        if left >= 6 {
            let gap = left >= 7 ? 1 : 0
            renderHistoryChart(in: Rect(x: area.x, y: y + gap, width: area.width, height: min(left - gap, 12)), g, into: &buffer)
        } else if historyRows > 0 {
            buffer.put(historyLine(g, width: inner.width), in: Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), theme: theme)
        }
    }

    // MARK: - History

    /// Billed spend per month as bars labelled `Jun $182`.
    func renderHistoryChart(in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) {
        let months = state.snapshot.monthlyTotals
        let block = Block(title: "Monthly billed spend, USD (UTC months)", theme: theme)
        block.render(in: area, into: &buffer)
        guard !months.isEmpty else {
            buffer.put(Line("No monthly totals cached yet.", role: .dim), in: block.inner(area).inset(dx: 1, dy: 0).row(0), theme: theme)
            return
        }
        let columns = months.map { m in
            BarColumn(segments: [m.total.doubleValue],
                      label: UTCDateFormat.month(m.month) + " " + m.total.formattedWhole + (m.isCurrent ? "*" : ""))
        }
        // At least six slots, so one cached month is not one block across the chart (labels still fit).
        StackedBarChart(columns: columns, theme: theme, valueLabel: { UsagePage.dollars($0) }, minSlots: 6)
            .render(in: block.inner(area), into: &buffer)
        if months.last?.isCurrent == true {
            Block(title: nil, theme: theme, footer: "* to date").renderFooterOnly(in: area, into: &buffer)
        }
    }

    /// `Monthly history  Jun ▂ $182  Jul ▃ $246 … Nov ▇ $398 (to date)`; amounts dropped when narrow.
    func historyLine(_ g: DashboardGlyphs, width: Int) -> Line {
        let months = state.snapshot.monthlyTotals
        guard !months.isEmpty else { return Line("Monthly history: none cached yet", role: .dim) }
        let top = months.map(\.total.doubleValue).max() ?? 0
        func spans(amounts: Bool) -> [Span] {
            var out: [Span] = [Span("Monthly history ", role: .title)]
            for m in months {
                let level = top > 0 ? Int((m.total.doubleValue / top * 8).rounded()) : 0
                out.append(Span(" " + UTCDateFormat.month(m.month) + " ", role: .dim))
                out.append(Span(g.glyphs.barLevel(eighths: max(m.total.value > 0 ? 1 : 0, level)), role: .series(0)))
                if amounts { out.append(Span(" " + m.total.formattedWhole, role: m.isCurrent ? .title : .normal)) }
                if m.isCurrent { out.append(Span(" (to date)", role: .dim)) }
            }
            return out
        }
        let full = Line(spans: spans(amounts: true))
        return full.width <= width ? full : Line(spans: spans(amounts: false))
    }
}
