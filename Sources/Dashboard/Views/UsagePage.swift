import Foundation
import TermUI
import UsageCore

/// The Usage page (DESIGN.md §3.1): the range line, a stacked daily chart (Cost: billed USD by
/// group; Activity: uncached input / cached input / output tokens per day or per hour), a side
/// box with this month's figures, a legend, and the breakdown table by the chosen grouping.
struct UsagePage {
    let state: AppState
    let theme: Theme
    let layout: ScreenLayout

    /// Groups drawn as their own stack segment; the rest are summed as "other".
    static let stackedGroups = 3

    func render(into buffer: inout ScreenBuffer) {
        let g = DashboardGlyphs(theme)
        let data = state.usageData
        let areas = layout.usage
        buffer.put(rangeLine(g, width: areas.range.width), in: areas.range, theme: theme)

        let showBox = areas.chart.width >= 72
        let parts = Layout.horizontal([.fill(), .length(showBox ? 30 : 0)]).split(areas.chart)
        let legend: Line
        if state.usage.view == .cost {
            legend = renderCostChart(data, in: parts[0], g, into: &buffer)
            if showBox { renderMonthBox(in: parts[1], g, into: &buffer) }
        } else {
            legend = renderActivityChart(data, in: parts[0], g, into: &buffer)
            if showBox { renderActivityBox(data, in: parts[1], g, into: &buffer) }
        }
        buffer.put(legend, in: areas.legend.inset(dx: 1, dy: 0), theme: theme)
        renderReconciliation(data, in: areas.notes, g, into: &buffer)
        renderBreakdown(data, in: areas.table, g, into: &buffer)
    }

    // MARK: - Range line

    /// ` Month to date · Nov 1–29 UTC  ‹ ›     ▸Cost  Activity     Group: model`, then
    /// `Project: Search backend` when a project filter is on; the gaps (then the day span)
    /// shrink when the line would not fit `width` cells.
    func rangeLine(_ g: DashboardGlyphs, width: Int = .max) -> Line {
        let settings = state.usage
        let project = settings.projectID.map { UsageProjectFilter.name(of: $0, in: state.snapshot) }
        let wide = rangeLine(g, gap: 5, daySpan: true, project: project)
        guard project != nil, wide.width > width else { return wide }
        let narrow = rangeLine(g, gap: 2, daySpan: true, project: project)
        return narrow.width <= width ? narrow : rangeLine(g, gap: 2, daySpan: false, project: project)
    }

    /// The range line with `gap` spaces between its parts, with or without the day span, and
    /// the project filter's name when set.
    func rangeLine(_ g: DashboardGlyphs, gap: Int, daySpan: Bool, project: String?) -> Line {
        let settings = state.usage
        let bounds = settings.range.dayBounds(now: state.now)
        let canStep = UsagePage.canStep(state)
        let space = String(repeating: " ", count: gap)
        var spans: [Span] = [
            Span(" " + settings.range.title(now: state.now), role: .title),
            Span(daySpan ? " \(g.dot) " + g.daySpan(bounds.first, bounds.last) : "", role: .normal),
            Span("  "),
            Span(g.olderArrow, role: canStep.older ? .keyHint : .dim),
            Span(" "),
            Span(g.newerArrow, role: canStep.newer ? .keyHint : .dim),
            Span(space),
        ]
        for view in UsageView.allCases {
            let selected = view == settings.view
            spans.append(Span(selected ? "\(g.viewPointer)\(view.title)" : " \(view.title)", role: selected ? .tabActive : .dim))
            spans.append(Span(" "))
        }
        spans.append(Span(String(space.dropLast()) + "Group: ", role: .dim))
        spans.append(Span(UsagePage.groupTitle(settings.group), role: .title))
        if let project {
            spans.append(Span(space.count > 2 ? "   Project: " : "  Project: ", role: .dim))
            spans.append(Span(project, role: .tabActive))
        }
        return Line(spans: spans)
    }

    /// Whether `[` (older) and `]` (newer) can move from the current range; an arrow that
    /// cannot is drawn dim.
    static func canStep(_ state: AppState) -> (older: Bool, newer: Bool) {
        let list = UsageRange.sequence(oldestMonthOffset: state.oldestMonthOffset, includeToday: state.usage.view == .activity)
        guard let index = list.firstIndex(of: state.usage.range) else { return (true, true) }
        return (index < list.count - 1, index > 0)
    }

    static func groupTitle(_ group: GroupKind) -> String {
        switch group {
        case .model: "model"
        case .project: "project"
        case .apiKey: "API key"
        case .lineItem: "line item"
        case .user: "user"
        }
    }

    // MARK: - Charts

    /// Stacked billed spend per day: the top groups plus "other"; returns the legend.
    /// With a project filter the bars are the project's billed spend, stacked by its keys when
    /// grouped by API key (other groupings have no per-project split: one segment).
    func renderCostChart(_ data: UsageData, in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) -> Line {
        let all = state.snapshot.series[state.usage.group] ?? []
        // Unfiltered: every group (no copy, the frame stays cheap with 10,000 keys).
        let series = data.filter.map { f in f.filtersTable ? all.filter(f.includes) : [] } ?? all
        // The biggest groups over the range get their own segment.
        // Matched by id, not label: two keys may share a name.
        let top = data.rows.prefix(UsagePage.stackedGroups).map(\.id)
        let topSeries = top.compactMap { id in series.first { $0.id == id } }
        let hasOther = series.count > topSeries.count
        let estimate = topSeries.contains { $0.costIsEstimate }
        let scope = data.filter.map { " \(g.dot) " + $0.projectName } ?? ", UTC days"
        let title = "Spend per day, USD" + scope + (estimate ? " (\(g.approx) estimated)" : "")
        let block = Block(title: title, theme: theme)
        block.render(in: area, into: &buffer)
        let columns: [BarColumn] = zip(data.days, zip(data.dayIndex, data.dailyCost)).map { day, figures in
            let (index, cost) = figures
            let label = UsagePage.dayLabel(day)
            guard let index, let total = cost else { return .missing(label: label) }
            var segments = topSeries.map { s in index < s.cost.count ? (s.cost[index]?.doubleValue ?? 0) : 0 }
            if series.isEmpty {
                segments = [total.doubleValue]
            } else if hasOther {
                segments.append(max(0, total.doubleValue - segments.reduce(0, +)))
            }
            return BarColumn(segments: segments, label: label)
        }
        drawChart(StackedBarChart(columns: columns, theme: theme, valueLabel: { UsagePage.dollars($0) },
                                  emptyNote: "no spend yet", minSlots: chartSlots()),
                  in: block.inner(area), into: &buffer)
        var names = topSeries.map { s in s.id == nil && s.label.isEmpty ? UsagePage.noGroupLabel(state.usage.group) : s.label }
        if hasOther { names.append("other") }
        if series.isEmpty { names = [data.filter.map { "\($0.projectName) total" } ?? "total"] }
        let legend = legendLine(names, g)
        // Dated model ids that would run off the legend line lose their dates.
        guard state.usage.group == .model, legend.width > layout.usage.legend.width - 2 else { return legend }
        return legendLine(names.map(UsagePage.undatedModel), g)
    }

    /// Stacked completions tokens per day (or per hour today): uncached input, cached input,
    /// output. Org-wide token figures are completions only (no ungrouped embeddings series is
    /// synced), and the titles say so, since the by-model and by-key tables include embeddings.
    func renderActivityChart(_ data: UsageData, in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) -> Line {
        let hourly = state.usage.range == .todayByHour
        let title: String
        if let filter = data.filter {
            title = hourly ? "Completions tokens per hour, today UTC \(g.dot) all projects" : "Tokens per day \(g.dot) \(filter.projectName)"
        } else {
            title = hourly ? "Completions tokens per hour, today UTC" : "Completions tokens per day, UTC days"
        }
        let block = Block(title: title, theme: theme)
        block.render(in: area, into: &buffer)
        let split = { (a: Activity) in [Double(a.inputUncached), Double(a.inputCached), Double(a.output)] }
        let columns: [BarColumn]
        if hourly {
            let start = UTCCalendar.startOfDay(state.now)
            let byHour = Dictionary(state.snapshot.hourlyToday.map { ($0.hour, $0.activity) }, uniquingKeysWith: +)
            let hours = Int((state.now - start) / 3_600) + 1
            columns = (0..<min(24, max(1, hours))).map { h in
                let t = start + Int64(h) * 3_600
                let label = h % 3 == 0 ? UTCDateFormat.hour(t) : nil
                guard let a = byHour[t] else { return .missing(label: label) }
                return BarColumn(segments: split(a), label: label)
            }
        } else {
            columns = zip(data.days, data.dailyActivity).map { day, activity in
                let label = UsagePage.dayLabel(day)
                guard let a = activity else { return .missing(label: label) }
                return BarColumn(segments: split(a), label: label)
            }
        }
        drawChart(StackedBarChart(columns: columns, theme: theme, valueLabel: UsagePage.tokens,
                                  emptyNote: "no usage yet", minSlots: chartSlots()),
                  in: block.inner(area), into: &buffer)
        return legendLine(["uncached input", "cached input", "output"], g)
    }

    /// Draws `chart`, or a "no data" note when every column is missing (an empty cache or a
    /// range the cache does not hold), so an empty axis is never mistaken for zero spend.
    func drawChart(_ chart: StackedBarChart, in area: Rect, into buffer: inout ScreenBuffer) {
        if chart.columns.allSatisfy(\.isMissing) {
            let text = state.snapshot.days.isEmpty ? "No data yet." : "No data cached for this range."
            buffer.put(Line(text, role: .dim, alignment: .center), in: area.row(area.height / 2), theme: theme)
        } else {
            chart.render(in: area, into: &buffer)
        }
    }

    /// `█ gpt-4.1  ▓ gpt-4.1-mini  ░ other`: each series' glyph in its role.
    func legendLine(_ names: [String], _ g: DashboardGlyphs) -> Line {
        var spans: [Span] = []
        for (i, name) in names.enumerated() {
            let glyph = theme.colors == .monochrome ? g.glyphs.seriesGlyph(i) : g.glyphs.barLevel(eighths: 8)
            if i > 0 { spans.append(Span("  ")) }
            spans.append(Span(glyph, role: .series(i)))
            spans.append(Span(" " + name, role: .dim))
        }
        return Line(spans: spans)
    }

    /// Day-of-month labels under the bars (`1`, `8`, `15`…; the chart skips those that overlap).
    static func dayLabel(_ day: UnixSeconds) -> String {
        String(UTCCalendar.civil(day).day)
    }

    /// `$40` — whole dollars for axis labels; cents below $1 (`$0.30`) so a small scale does
    /// not read `$0` at every tick (empty for values no axis can show).
    static func dollars(_ value: Double) -> String {
        if value > 0, value < 1, let cents = wholeNumber(value * 100) {
            return USD(Decimal(cents) / 100).formatted
        }
        guard let whole = wholeNumber(value) else { return "" }
        return USD(Decimal(whole)).formattedWhole
    }

    /// How many column slots the chart lays out for the current range: a whole month for month
    /// to date, 24 hours for today by hour, else `nil` (as many as there are days), so early
    /// in a month or a day one bar stays narrow at the left.
    func chartSlots() -> Int? {
        switch state.usage.range {
        case .monthToDate:
            let start = UTCCalendar.startOfMonth(state.now)
            return Int((UTCCalendar.startOfMonth(state.now, offset: 1) - start) / UTCCalendar.secondsPerDay)
        case .todayByHour: return 24
        default: return nil
        }
    }

    /// `12.4M` — compact tokens for axis labels (empty for values no axis can show).
    static func tokens(_ value: Double) -> String {
        wholeNumber(value).map { TokenFormat.compact($0) } ?? ""
    }

    /// `value` rounded to an integer, or `nil` when it is not finite or out of `Int64` range
    /// (bad data must not trap while drawing).
    static func wholeNumber(_ value: Double) -> Int64? {
        guard value.isFinite, abs(value) < 9.0e18 else { return nil }
        return Int64(value.rounded())
    }

    // MARK: - Side boxes

    /// This month: spend, the org limit and its use, the month-end forecast.
    func renderMonthBox(in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) {
        let limits = state.snapshot.limits
        let block = Block(title: "This month \(g.dot) \(UTCDateFormat.month(state.now))", theme: theme)
        block.render(in: area, into: &buffer)
        var rows: [(String, String, Role)] = []
        rows.append(("Spend", g.money(limits.monthToDate), .title))
        if let limit = limits.spendLimit {
            let ratio = limits.monthToDate?.ratio(to: limit.threshold)
            let role: Role = (ratio ?? 0) >= 1 ? .critical : (ratio ?? 0) >= 0.75 ? .warn : .normal
            rows.append(("Limit", limit.threshold.formattedWhole + " " + g.wholePercent(ratio), role))
        } else if state.snapshot.spendLimitsKnown {
            rows.append(("Limit", "none set", .dim))
        } else {
            rows.append(("Limit", g.none, .dim))
        }
        if let budget = state.snapshot.budgetSettings.org {
            // The local budget from config.toml, beside (never instead of) the API's limit.
            let ratio = limits.monthToDate?.ratio(to: budget)
            let role: Role = (ratio ?? 0) >= 1 ? .critical : (ratio ?? 0) >= 0.75 ? .warn : .normal
            rows.append(("Budget", budget.formattedWhole + " " + g.wholePercent(ratio), role))
        }
        if SpendForecast.isTooEarly(now: state.now) {
            rows.append(("Forecast", "too early (day 1)", .dim))
        } else if let mtd = limits.monthToDate {
            let forecast = SpendForecast(monthToDate: mtd, now: state.now).atMonthToDatePace
            let monthEnd = UTCCalendar.startOfMonth(state.now, offset: 1) - UTCCalendar.secondsPerDay
            let over = limits.spendLimit.map { forecast > $0.threshold } ?? false
            rows.append(("Forecast", forecast.formattedWhole + " (\(UTCDateFormat.day(monthEnd)))", over ? .warn : .normal))
        } else {
            rows.append(("Forecast", g.none, .dim))
        }
        let today = state.snapshot.dailyTotals.last.flatMap { $0.day == UTCCalendar.startOfDay(state.now) ? $0.cost : nil }
        rows.append(("Today", g.money(today), .normal))
        drawFigures(rows, in: block.inner(area), into: &buffer)
    }

    /// Org completions totals over the range: token kinds, requests and the cache hit rate.
    func renderActivityBox(_ data: UsageData, in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) {
        let block = Block(title: (data.filter?.projectName ?? "Completions") + " \(g.dot) range", theme: theme)
        block.render(in: area, into: &buffer)
        let a = data.totalActivity
        let input = a.map { $0.inputUncached + $0.inputCached }
        let hit = a.flatMap { x in input.flatMap { $0 > 0 ? Double(x.inputCached) / Double($0) : nil } }
        let rows: [(String, String, Role)] = [
            ("Input", a.map { TokenFormat.compact($0.inputUncached) } ?? g.none, .normal),
            ("Cached", a.map { TokenFormat.compact($0.inputCached) } ?? g.none, .normal),
            ("Output", a.map { TokenFormat.compact($0.output) } ?? g.none, .normal),
            ("Requests", a.map { TokenFormat.exact($0.requests) } ?? g.none, .title),
            ("Cache hits", g.percent(hit), .dim),
        ]
        drawFigures(rows, in: block.inner(area), into: &buffer)
    }

    /// Label/value rows, values right-aligned.
    func drawFigures(_ rows: [(String, String, Role)], in inner: Rect, into buffer: inout ScreenBuffer) {
        let area = inner.inset(dx: 1, dy: 0)
        for (i, row) in rows.enumerated() where i < area.height {
            buffer.putTruncated(row.0, x: area.x, y: area.y + i, width: area.width, style: theme.style(.dim))
            let labelWidth = DisplayWidth.of(row.0) + 1
            buffer.putTruncated(row.1, x: area.x + labelWidth, y: area.y + i, width: area.width - labelWidth,
                                style: theme.style(row.2), alignment: .right, ellipsis: theme.glyphs.ellipsis)
        }
    }

    // MARK: - Breakdown

    static let columns: [TableColumn] = [
        TableColumn("Name", width: .flex(min: 10)),
        TableColumn("Spend", width: .fixed(10), alignment: .right),
        TableColumn("Share", width: .fixed(6), alignment: .right),
        TableColumn("Input", width: .fixed(6), alignment: .right),
        TableColumn("Cached", width: .fixed(6), alignment: .right),
        TableColumn("Output", width: .fixed(6), alignment: .right),
        TableColumn("Requests", width: .fixed(9), alignment: .right),
        TableColumn("14 days", width: .fixed(14)),
    ]

    /// The breakdown columns kept for cost-only groups (name, spend, share, sparkline).
    static let costOnlyColumns = [0, 1, 2, 7]

    func renderBreakdown(_ data: UsageData, in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) {
        let group = UsagePage.groupTitle(state.usage.group)
        let rangeTitle = state.usage.range.title(now: state.now)
        let isMonth: Bool = if case .previousMonth = state.usage.range { true } else { false }
        let scope = data.filter.map { " \(g.dot) " + ($0.filtersTable ? $0.projectName : "all projects") } ?? ""
        let block = Block(title: "By \(group)\(scope) \(g.dot) \(isMonth ? rangeTitle : rangeTitle.lowercased())", theme: theme)
        block.render(in: area, into: &buffer)
        let inner = block.inner(area)
        guard inner.height >= 2 else { return }
        // Line items are cost only: their token and request columns would be all `—`, so they
        // are left out and the room goes to the long labels.
        let costOnly = state.usage.group == .lineItem && data.rows.allSatisfy { $0.activity == nil }
        // By user: the keys each person owns replace the token split ("who spent", issue 4).
        let byUser = state.usage.group == .user
        let kept = costOnly ? UsagePage.costOnlyColumns : Array(UsagePage.columns.indices)
        let keep = { (row: TableRow) in
            byUser ? row : TableRow(cells: kept.map { $0 < row.cells.count ? row.cells[$0] : TableCell("") }, role: row.role)
        }
        let columns = byUser ? UsagePage.userColumns : kept.map { i in
            let c = UsagePage.columns[i]
            return i == 0 ? TableColumn(group.prefix(1).uppercased() + group.dropFirst(), width: c.width) : c
        }
        // Data rows, then a pinned totals row drawn by a second header-less table with the same
        // columns, so the figures line up.
        // Wide screens: the name column stops growing at 32 cells so figures stay near their names.
        // Line items are long (`batch | gpt-4.1-mini, cached input`): their names may use more.
        let nameCap = state.usage.group == .lineItem ? 48 : byUser ? 32 + UsagePage.ownedKeysCap : 32
        let widthCap = Table(columns: columns, rows: [], theme: theme).gutterWidth + nameCap
            + columns.dropFirst().reduce(0) { sum, c in if case .fixed(let n) = c.width { sum + n + 1 } else { sum } }
        let tableWidth = min(inner.width, widthCap)
        let tableArea = Rect(x: inner.x, y: inner.y, width: tableWidth, height: inner.height - 1)
        let view = max(1, tableArea.height - 1)
        var position = state.usage.table
        position.clamp(rowCount: data.rows.count, viewHeight: view)
        let visible = position.offset..<min(data.rows.count, position.offset + view)
        let nameWidth = Table(columns: columns, rows: [], theme: theme, columnSpacing: 1).columnWidths(width: tableWidth).first ?? 0
        let rows = visible.map { i in
            byUser ? userRow(data.rows[i], g) : keep(breakdownRow(data.rows[i], total: data.tableSpend, nameWidth: nameWidth, g))
        }
        if data.rows.isEmpty {
            let message = state.snapshot.days.isEmpty ? "No data yet." : "No \(group) breakdown in the cache for this range."
            buffer.put(Line(message, role: .dim), in: Rect(x: inner.x + 2, y: inner.y + 1, width: inner.width - 2, height: 1), theme: theme)
        }
        var tableState = TableState(selected: data.rows.isEmpty ? nil : position.selected - position.offset, offset: 0)
        Table(columns: columns, rows: rows, theme: theme, columnSpacing: 1).render(in: tableArea, into: &buffer, state: &tableState)
        if data.rows.count > view {
            let text = "\(position.offset + 1)\(g.dash)\(visible.upperBound) of \(data.rows.count)"
            Block(title: nil, theme: theme, footer: text).renderFooterOnly(in: area, into: &buffer)
        }
        let total = byUser ? userTotalsRow(data, g) : keep(totalsRow(data, g))
        var none = TableState()
        Table(columns: columns, rows: [total], theme: theme, showHeader: false, columnSpacing: 1)
            .render(in: Rect(x: inner.x, y: inner.maxY - 1, width: tableWidth, height: 1), into: &buffer, state: &none)
    }

    /// One breakdown row; a dated model name that does not fit `nameWidth` cells loses its
    /// date (`gpt-4.1-mini-2025-04-14` → `gpt-4.1-mini`) rather than the part that tells
    /// models apart.
    func breakdownRow(_ row: UsageData.Row, total: USD?, nameWidth: Int, _ g: DashboardGlyphs) -> TableRow {
        let share = row.spend.flatMap { s in total.flatMap { s.ratio(to: $0) } }
        let a = row.activity
        let tokens = { (v: Int64?) in v.map { TokenFormat.compact($0) } ?? g.none }
        let label: String
        switch state.usage.group {
        case .model: label = DisplayWidth.of(row.label) <= nameWidth ? row.label : UsagePage.undatedModel(row.label)
        case .lineItem: label = LineItemLabel.short(row.label, width: nameWidth, ellipsis: theme.glyphs.ellipsis)
        default: label = UsagePage.rowLabel(row, group: state.usage.group)
        }
        return TableRow([
            TableCell(label),
            TableCell(g.money(row.spend, estimate: row.spendIsEstimate), role: row.spendIsEstimate ? .estimate : .normal),
            TableCell(g.percent(share), role: .dim),
            TableCell(tokens(a?.inputUncached)),
            TableCell(tokens(a?.inputCached)),
            TableCell(tokens(a?.output)),
            TableCell(a.map { TokenFormat.exact($0.requests) } ?? g.none),
            .spark(row.spark),
        ])
    }

    func totalsRow(_ data: UsageData, _ g: DashboardGlyphs) -> TableRow {
        let a = data.tableActivity
        let tokens = { (v: Int64?) in v.map { TokenFormat.compact($0) } ?? g.none }
        return TableRow([
            TableCell("Total", role: .title),
            TableCell(g.money(data.tableSpend, estimate: data.tableSpendIsEstimate), role: data.tableSpendIsEstimate ? .estimate : .title),
            TableCell(data.tableSpend == nil ? g.none : "100%", role: .dim),
            TableCell(tokens(a?.inputUncached), role: .title),
            TableCell(tokens(a?.inputCached), role: .title),
            TableCell(tokens(a?.output), role: .title),
            TableCell(a.map { TokenFormat.exact($0.requests) } ?? g.none, role: .title),
            .spark(totalSpark(data)),
        ])
    }

    /// `gpt-4.1-mini` for `gpt-4.1-mini-2025-04-14`: a model id without its `-YYYY-MM-DD`
    /// snapshot date; any other label unchanged.
    static func undatedModel(_ label: String) -> String { ModelSnapshot.undated(label) ?? label }

    /// The totals row's sparkline over the 14 days ending with the range: the org's billed
    /// spend per day (Cost), or the sum of the rows' tokens per day (Activity, matching the
    /// row's sum-of-rows figures; the org's completions when no row has activity).
    func totalSpark(_ data: UsageData) -> [Double?] {
        let byUser = state.usage.group == .user && !data.rows.isEmpty
        if byUser || (state.usage.view == .activity && data.rows.contains(where: { $0.activity != nil })) {
            return (0..<14).map { i -> Double? in
                let values = data.rows.compactMap { i < $0.spark.count ? $0.spark[i] : nil }
                return values.isEmpty ? nil : values.reduce(0, +)
            }
        }
        let last = data.days.last ?? UTCCalendar.startOfDay(state.now)
        let index = UsageData.indexer(state.snapshot.days)
        let isCost = state.usage.view == .cost
        // A table the project filter narrows totals to the project's row; others to the org.
        if let filter = data.filter, filter.filtersTable {
            let project = state.snapshot.series[.project]?.first { $0.id == filter.projectID }
            return (0..<14).map { i -> Double? in
                let k = index(last - Int64(13 - i) * UTCCalendar.secondsPerDay)
                return isCost ? UsageData.value(project?.cost ?? [], at: k)?.doubleValue
                    : UsageData.value(project?.activity ?? [], at: k).map { Double($0.totalTokens) }
            }
        }
        let totals = state.snapshot.dailyTotals
        return (0..<14).map { i -> Double? in
            guard let k = index(last - Int64(13 - i) * UTCCalendar.secondsPerDay), k < totals.count else { return nil }
            return isCost ? totals[k].cost?.doubleValue : totals[k].activity.map { Double($0.totalTokens) }
        }
    }
}
