import Foundation
import TermUI
import UsageCore

/// The Limits page (DESIGN.md §3.2): organization month-to-date spend against the API spend
/// limit as a gauge with a marker per spend alert, the month-end forecast and when each
/// threshold is crossed at the current pace, one row per project (archived ones last), and the
/// monthly history.
struct LimitsPage {
    let state: AppState
    let theme: Theme

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let g = DashboardGlyphs(theme)
        let inner = area.inset(dx: 1, dy: 0)
        let org = organizationLines(g)
        var y = inner.y
        func line(_ l: Line) {
            guard y < inner.maxY else { return }
            buffer.put(l, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), theme: theme)
            y += 1
        }
        org.lines.forEach(line)
        if let gauge = org.gauge, y < inner.maxY {
            gauge.render(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            y += 1
        }
        if let alerts = org.alerts { line(alerts) }
        y += 1

        // Projects table: every project row if possible, leaving room for the history line.
        let archivedCount = state.snapshot.projects.filter(\.project.isArchived).count
        let projectRows = state.snapshot.projects.count + (archivedCount > 0 ? 1 : 0)
        let gauges = projectGauges(g)
        let tableHeight = min(projectRows + 1, max(2, inner.maxY - y - 2))
        renderProjects(in: Rect(x: area.x, y: y, width: area.width, height: tableHeight), g, into: &buffer)
        y += tableHeight + 1
        // One gauge per project with a limit, when they fit above the history.
        if !gauges.isEmpty, inner.maxY - y >= gauges.count + 3 {
            var title = [Span("Project limits (API)", role: .title)]
            if gauges.contains(where: { !$0.gauge.drawnMarkers.isEmpty }) {
                let over = gauges.contains { $0.gauge.isOver }
                title.append(Span("   \(theme.glyphs.marker) = spend alert" + (over ? " (100% = the limit)" : ""), role: .dim))
            }
            line(Line(spans: title))
            let nameWidth = min(20, gauges.map { DisplayWidth.of($0.name) }.max() ?? 0)
            for (name, gauge) in gauges where y < inner.maxY {
                buffer.putTruncated(name, x: inner.x + 1, y: y, width: nameWidth, ellipsis: theme.glyphs.ellipsis)
                gauge.render(in: Rect(x: inner.x + nameWidth + 3, y: y, width: inner.width - nameWidth - 3, height: 1), into: &buffer)
                y += 1
            }
        }
        // Monthly history: a chart when there is room, else one line.
        let left = inner.maxY - y
        if left >= 6 {
            renderHistoryChart(in: Rect(x: area.x, y: y, width: area.width, height: min(left, 12)), g, into: &buffer)
        } else if left >= 1 {
            y = inner.maxY - 1
            line(historyLine(g, width: inner.width))
        }
    }

    // MARK: - Organization

    func organizationLines(_ g: DashboardGlyphs) -> (lines: [Line], gauge: Gauge?, alerts: Line?) {
        let limits = state.snapshot.limits
        let alerts = limits.spendAlerts.map(\.threshold).sorted()
        guard let mtd = limits.monthToDate else {
            return ([Line(spans: [Span("Organization  ", role: .title),
                                  Span("no month-to-date spend in the cache yet", role: .dim)])], nil, nil)
        }
        let forecast = Forecast.monthEnd(monthToDate: mtd, now: state.now)
        let monthEnd = UTCCalendar.startOfMonth(state.now, offset: 1) - UTCCalendar.secondsPerDay
        var first: [Span] = [Span("Organization  ", role: .title), Span(mtd.formatted, role: .title)]
        var scale: USD?
        if let limit = limits.spendLimit {
            scale = limit.threshold
            first.append(Span(" of \(limit.threshold.formatted) API spend limit (\(limit.isEnforcing ? "enforcing" : "not enforcing"))"))
        } else if state.snapshot.spendLimitsKnown {
            first.append(Span(" this month \(g.dot) "))
            first.append(Span("no API spend limit is set", role: .warn))
            scale = alerts.last
        } else {
            first.append(Span(" this month \(g.dot) "))
            first.append(Span("spend limits not fetched yet", role: .dim))
            scale = alerts.last
        }
        var second: [Span] = [Span("Forecast ", role: .dim)]
        if Forecast.isTooEarly(now: state.now) {
            second.append(Span("too early (first day of the month)", role: .dim))
        } else {
            second += [Span(forecast.formatted, role: scale.map { forecast > $0 } == true ? .warn : .normal),
                       Span(" by \(UTCDateFormat.day(monthEnd)) at this pace", role: .dim)]
        }
        // The next threshold ahead (limit or alert), and when it is crossed at this pace.
        var thresholds = alerts.map { ($0, "alert") }
        if let limit = limits.spendLimit { thresholds.append((limit.threshold, "limit")) }
        thresholds.sort { $0.0 < $1.0 }
        if let next = thresholds.first(where: { $0.0 > mtd }) {
            let crossing = Forecast.crossing(threshold: next.0, monthToDate: mtd, now: state.now)
            let soon: Bool = if case .on = crossing, !Forecast.isTooEarly(now: state.now) { true } else { false }
            second.append(Span(" \(g.dot) next \(next.0.formattedWhole) \(next.1): ", role: .normal))
            second.append(Span(crossingText(crossing), role: soon ? .warn : .normal))
        } else if !thresholds.isEmpty {
            second.append(Span(" \(g.dot) every threshold passed", role: .critical))
        }
        var gauge: Gauge?
        if let scale, scale.value > 0 {
            let ratio = mtd.ratio(to: scale) ?? 0
            let markers = alerts.compactMap { a in a.ratio(to: scale).map { GaugeMarker(ratio: $0, label: g.wholePercent($0)) } }
            let label = limits.spendLimit == nil ? "\(g.wholePercent(ratio)) of top alert" : g.wholePercent(ratio)
            gauge = Gauge(ratio: ratio, label: label, markers: markers, theme: theme)
        }
        var alertLine: Line?
        if !alerts.isEmpty {
            let list = alerts.map { a in
                let crossed = mtd >= a
                return a.formattedWhole + (crossed ? " \(g.glyphs.arrowUp)" : "")
            }.joined(separator: "  ")
            alertLine = Line(spans: [Span("Spend alerts (email)  ", role: .dim), Span(list),
                                     Span(alerts.contains { mtd >= $0 } ? "   \(g.glyphs.arrowUp) = passed" : "", role: .dim),
                                     Span("   \(g.glyphs.marker) = spend alert", role: .dim)])
        } else if limits.spendLimit == nil && state.snapshot.spendLimitsKnown {
            alertLine = Line("No spend alerts either: nothing warns before the bill.", role: .warn)
        }
        return ([Line(spans: first), Line(spans: second)], gauge, alertLine)
    }

    /// `on Nov 27`, `not in Nov` (not this month at this pace), `passed Nov 22`.
    /// On the first day of a month a not-yet-crossed threshold reads `too early to tell`.
    func crossingText(_ crossing: Forecast.Crossing) -> String {
        if Forecast.isTooEarly(now: state.now) {
            if case .crossed = crossing {} else { return "too early to tell" }
        }
        return switch crossing {
        case .on(let t): "on \(UTCDateFormat.day(t))"
        case .notThisMonth: "not in \(UTCDateFormat.month(state.now))"
        case .crossed(let day): day.map { "passed \(UTCDateFormat.day($0))" } ?? "passed"
        }
    }

    // MARK: - Projects

    static let columns: [TableColumn] = [
        TableColumn("Project", width: .flex(min: 14)),
        TableColumn("Spend", width: .fixed(9), alignment: .right),
        TableColumn("Limit", width: .fixed(7), alignment: .right),
        TableColumn("Used", width: .fixed(5), alignment: .right),
        TableColumn("Forecast", width: .fixed(9), alignment: .right),
        TableColumn("Next threshold", width: .flex(min: 18)),
    ]

    func renderProjects(in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) {
        guard area.height >= 2 else { return }
        let projects = state.snapshot.projects
        let active = projects.filter { !$0.project.isArchived }.sorted { ($0.monthToDate ?? .zero) > ($1.monthToDate ?? .zero) }
        let archived = projects.filter { $0.project.isArchived }
        var rows = active.map { projectRow($0, g) }
        if !archived.isEmpty { rows.append(TableRow([TableCell("Archived", role: .title)])) }
        rows += archived.map { p in
            TableRow([
                TableCell(" " + p.project.displayName, role: .dim), TableCell(g.money(p.monthToDate), role: .dim),
                TableCell(g.none, role: .dim), TableCell(g.none, role: .dim), TableCell(g.none, role: .dim),
                TableCell(p.project.archivedAt.map { "archived \(UTCDateFormat.day($0))" } ?? "archived", role: .dim),
            ])
        }
        if rows.isEmpty {
            buffer.put(Line("No projects in the cache yet.", role: .dim), in: area.inset(dx: 1, dy: 0).row(1), theme: theme)
        }
        var tableState = TableState()
        Table(columns: LimitsPage.columns, rows: rows, theme: theme).render(in: area, into: &buffer, state: &tableState)
    }

    func projectRow(_ p: ProjectSummary, _ g: DashboardGlyphs) -> TableRow {
        let mtd = p.monthToDate
        let limit = p.spendLimit?.threshold
        let ratio = mtd.flatMap { m in limit.flatMap { m.ratio(to: $0) } }
        let usedRole: Role = (ratio ?? 0) >= 1 ? .critical : (ratio ?? 0) >= 0.9 ? .warn : .normal
        let early = Forecast.isTooEarly(now: state.now)
        let forecast = early ? nil : mtd.map { Forecast.monthEnd(monthToDate: $0, now: state.now) }
        var next = TableCell("no limit", role: .dim)
        if let mtd {
            var thresholds = p.spendAlerts.map { ($0.threshold, "alert") }
            if let limit { thresholds.append((limit, "limit")) }
            thresholds.sort { $0.0 < $1.0 }
            if let t = thresholds.first(where: { $0.0 > mtd }) {
                let what = t.1 == "limit" ? "limit" : t.0.formattedWhole + " alert"
                let crossing = Forecast.crossing(threshold: t.0, monthToDate: mtd, now: state.now, monthDaily: p.monthDaily)
                let soon: Bool = if case .on = crossing, !Forecast.isTooEarly(now: state.now) { true } else { false }
                next = TableCell("\(what): \(crossingText(crossing))", role: soon ? .warn : .normal)
            } else if let limit, mtd >= limit {
                next = TableCell("\(g.glyphs.arrowUp) OVER limit", role: .critical)
            } else if !thresholds.isEmpty {
                next = TableCell("alerts passed", role: .warn)
            }
        }
        let forecastRole: Role = forecast.flatMap { f in limit.map { f > $0 } } == true ? .warn : .normal
        return TableRow([
            TableCell(p.project.displayName),
            TableCell(g.money(mtd)),
            TableCell(limit.map(\.formattedWhole) ?? g.none, role: limit == nil ? .dim : .normal),
            TableCell(ratio.map { g.wholePercent($0) } ?? g.none, role: ratio == nil ? .dim : usedRole),
            early && mtd != nil ? TableCell("too early", role: .dim)
                : TableCell(forecast.map(\.formattedWhole) ?? g.none, role: forecastRole),
            next,
        ])
    }

    // MARK: - Project gauges

    /// A gauge per active project with an API limit, markers at its spend alerts.
    func projectGauges(_ g: DashboardGlyphs) -> [(name: String, gauge: Gauge)] {
        state.snapshot.projects.filter { !$0.project.isArchived }.compactMap { p in
            guard let limit = p.spendLimit?.threshold, limit.value > 0 else { return nil }
            let ratio = (p.monthToDate ?? .zero).ratio(to: limit) ?? 0
            let markers = p.spendAlerts.compactMap { a in a.threshold.ratio(to: limit).map { GaugeMarker(ratio: $0, label: g.wholePercent($0)) } }
            let label = "\(g.wholePercent(ratio)) of \(limit.formattedWhole)"
            return (p.project.displayName, Gauge(ratio: ratio, label: label, markers: markers, theme: theme))
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
