import TermUI
import UsageCore

/// The Limits page's rows: the organization, projects and keys with their budgets.
extension LimitsPage {
    /// How much the page says per budget; less when the screen is short.
    struct Detail {
        /// A line under each gauge with every threshold and the day it was or will be crossed.
        var thresholdLines: Bool
        /// Projects without a budget share one line instead of one each.
        var collapseUnbudgeted: Bool
        /// The organization's budgets keep their thresholds lines even when the others do not.
        var orgThresholdLines: Bool

        init(thresholdLines: Bool, collapseUnbudgeted: Bool, orgThresholdLines: Bool? = nil) {
            self.thresholdLines = thresholdLines
            self.collapseUnbudgeted = collapseUnbudgeted
            self.orgThresholdLines = orgThresholdLines ?? thresholdLines
        }
    }

    // MARK: - Sections

    func rows(_ g: DashboardGlyphs, width: Int, detail: Detail) -> [LimitsPageRow] {
        var out = organizationRows(g, width: width, detail: detail)
        out.append(.blank)
        out += projectRows(g, width: width, detail: detail)
        if !data.keys.isEmpty {
            out.append(.blank)
            out.append(.text(Line(spans: [Span("Keys with a budget", role: .title)])))
            let nameWidth = nameColumnWidth(data.keys.map(keyName))
            for key in data.keys {
                out.append(.text(scopeLine(key, name: keyName(key), nameWidth: nameWidth, width: width, g)))
                out += budgetRows(key, g, detail: detail, spendAlertLine: true)
            }
        }
        return out
    }

    func organizationRows(_ g: DashboardGlyphs, width: Int, detail: Detail) -> [LimitsPageRow] {
        let org = data.org
        var first: [Span] = [Span("Organization  ", role: .title)]
        guard let spend = org.spend else {
            first.append(Span("no month-to-date spend in the cache yet", role: .dim))
            return [.text(Line(spans: first))]
        }
        first += [Span(spend.monthToDate.formatted, role: .title), Span(" this month (UTC)")]
        if !org.outlooks.contains(where: { $0.budget.source == .apiLimit }) {
            first.append(Span(" \(g.dot) "))
            if !state.snapshot.spendLimitsKnown {
                first.append(Span("spend limits not fetched yet", role: .dim))
            } else if org.gauges.isEmpty {
                first.append(Span("no API spend limit is set, no spend alert, no local budget", role: .warn))
            } else {
                first.append(Span("no API spend limit is set", role: .warn))
            }
        }
        let legend = "\(g.glyphs.marker) = threshold (50 = % of the budget, $ = spend alert)"
        if Line(spans: first).width + DisplayWidth.of(legend) + 4 <= width {
            let pad = width - Line(spans: first).width - DisplayWidth.of(legend) - 1
            first += [Span(String(repeating: " ", count: max(2, pad))), Span(legend, role: .dim)]
        }
        var out: [LimitsPageRow] = [.text(Line(spans: first)), .text(forecastLine(org, g))]
        out += budgetRows(org, g, detail: Detail(thresholdLines: detail.orgThresholdLines, collapseUnbudgeted: false),
                          spendAlertLine: true)
        return out
    }

    /// `Forecast $444.16 by Nov 30 at this pace · $452.10 at the last 7 days' pace`.
    func forecastLine(_ scope: LimitsData.Scope, _ g: DashboardGlyphs) -> Line {
        var spans = [Span("Forecast ", role: .dim)]
        guard let forecast = scope.forecast else { return Line(spans: spans + [Span(g.none, role: .dim)]) }
        if SpendForecast.isTooEarly(now: state.now) {
            return Line(spans: spans + [Span("too early (first day of the month)", role: .dim)])
        }
        let monthEnd = UTCCalendar.startOfMonth(state.now, offset: 1) - UTCCalendar.secondsPerDay
        let budget = scope.gauges.map(\.budget.amount).min()
        func role(_ v: USD) -> Role { budget.map { v > $0 } == true ? .warn : .normal }
        spans += [Span(forecast.atMonthToDatePace.formatted, role: role(forecast.atMonthToDatePace)),
                  Span(" by \(UTCDateFormat.day(monthEnd)) at this pace", role: .dim)]
        if let trailing = forecast.atTrailingPace {
            spans += [Span(" \(g.dot) "), Span(trailing.formatted, role: role(trailing)),
                      Span(" at the last \(forecast.trailingDays == 1 ? "day" : "\(forecast.trailingDays) days")' pace", role: .dim)]
        }
        return Line(spans: spans)
    }

    func projectRows(_ g: DashboardGlyphs, width: Int, detail: Detail) -> [LimitsPageRow] {
        let active = data.projects.filter { !$0.isArchived }
        let archived = data.projects.filter(\.isArchived)
        var out: [LimitsPageRow] = [.text(Line(spans: [Span("Projects", role: .title),
                                                        Span("   MTD spend \(g.dot) month-end forecast: MTD pace / last 7 days' pace", role: .dim)]))]
        if data.projects.isEmpty {
            out.append(.text(Line("  No projects in the cache yet.", role: .dim)))
            return out
        }
        let budgeted = active.filter { !$0.outlooks.isEmpty }
        let plain = active.filter { $0.outlooks.isEmpty }
        let shown = detail.collapseUnbudgeted ? budgeted : active
        let nameWidth = nameColumnWidth(shown.map(\.label))
        for project in shown {
            out.append(.text(scopeLine(project, name: project.label, nameWidth: nameWidth, width: width, g)))
            out += budgetRows(project, g, detail: detail, spendAlertLine: detail.thresholdLines)
        }
        if detail.collapseUnbudgeted, !plain.isEmpty {
            let list = plain.map { "\($0.label) \(g.money($0.spend?.monthToDate))" }.joined(separator: " \(g.dot) ")
            out.append(.text(Line(spans: [Span("  No budget: ", role: .dim), Span(list)])))
        }
        if !archived.isEmpty {
            var spans = [Span("  Archived", role: .title)]
            for p in archived {
                spans.append(Span("  \(p.label) \(g.money(p.spend?.monthToDate))" + (p.archivedAt.map { " (archived \(UTCDateFormat.day($0)))" } ?? ""), role: .dim))
            }
            out.append(.text(Line(spans: spans)))
        }
        return out
    }

    // MARK: - One scope

    /// ` Search backend    $231.93   forecast $245 / $240` — and `no budget` when it has none.
    func scopeLine(_ scope: LimitsData.Scope, name: String, nameWidth: Int, width: Int, _ g: DashboardGlyphs) -> Line {
        let cut = DisplayWidth.truncate(name, to: nameWidth, ellipsis: g.glyphs.ellipsis)
        var spans = [Span("  " + cut + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(cut))))]
        let spend = g.money(scope.spend?.monthToDate)
        spans.append(Span(String(repeating: " ", count: max(1, 10 - DisplayWidth.of(spend))) + spend, role: .title))
        if let forecast = scope.forecast {
            if SpendForecast.isTooEarly(now: state.now) {
                spans.append(Span("   forecast: too early", role: .dim))
            } else {
                let budget = scope.gauges.map(\.budget.amount).min()
                let wide = width >= 100
                func money(_ v: USD) -> Span {
                    let text = wide ? v.formatted : v.formattedWhole
                    let pad = String(repeating: " ", count: max(0, (wide ? 9 : 6) - DisplayWidth.of(text)))
                    return Span(pad + text, role: budget.map { v > $0 } == true ? .warn : .normal)
                }
                spans += [Span("   forecast ", role: .dim), money(forecast.atMonthToDatePace)]
                if let trailing = forecast.atTrailingPace { spans += [Span(" / ", role: .dim), money(trailing)] }
            }
        }
        if scope.outlooks.isEmpty { spans.append(Span("   no budget", role: .dim)) }
        return Line(spans: spans)
    }

    /// A gauge per budget (API limit, local budget), each with its thresholds line or a short
    /// "next" note, then the scope's API spend alerts in one line.
    func budgetRows(_ scope: LimitsData.Scope, _ g: DashboardGlyphs, detail: Detail, spendAlertLine: Bool) -> [LimitsPageRow] {
        var out: [LimitsPageRow] = []
        for outlook in scope.gauges {
            let note = detail.thresholdLines ? nil : nextNote(outlook, g)
            out.append(.gauge(label: Span(budgetLabel(outlook.budget)), amount: outlook.budget.amount.formatted,
                              gauge: gauge(outlook, spendAlerts: scope.spendAlerts,
                                           hasAPILimit: scope.outlooks.contains { $0.budget.source == .apiLimit }, g),
                              note: note))
            if detail.thresholdLines, outlook.budget.source != .apiSpendAlert {
                out.append(.text(thresholdLine(outlook, g)))
            }
        }
        let alerts = scope.spendAlerts
        if spendAlertLine, !alerts.isEmpty {
            var spans = [Span("   API spend alert\(alerts.count == 1 ? "" : "s")  ", role: .dim)]
            for (i, a) in alerts.enumerated() {
                if i > 0 { spans.append(Span(" \(g.dot) ", role: .dim)) }
                let crossing = a.marks.first?.crossing ?? .notThisMonth
                spans += [Span(a.budget.amount.formattedWhole + " "), Span(crossingText(crossing), role: crossingRole(crossing))]
            }
            out.append(.text(Line(spans: spans)))
        }
        return out
    }

    /// `API limit, enforcing`, `API limit, not enforcing`, `API spend alert`, `local budget`.
    func budgetLabel(_ budget: Budget) -> String {
        switch budget.source {
        case .apiLimit: budget.isEnforcing ? "API limit, enforcing" : "API limit, not enforcing"
        case .apiSpendAlert: "API spend alert"
        case .local: "local budget"
        }
    }

    /// The gauge of one budget: a marker at each percent threshold below 100 % (and above, when
    /// spend is past it) and at each API spend alert of the scope (on the API limit's gauge, or
    /// the local budget's when there is no limit); over 100 % the scale grows so
    /// the overflow shows and the label says `124% ▲ OVER`.
    func gauge(_ outlook: BudgetOutlook, spendAlerts: [BudgetOutlook], hasAPILimit: Bool, _ g: DashboardGlyphs) -> Gauge {
        let ratio = outlook.usedFraction ?? 0
        let scale = max(1, ratio)
        var markers: [GaugeMarker] = []
        for mark in outlook.marks {
            guard let percent = mark.threshold.percent else { continue }
            let r = Double(percent) / 100
            if r < 1 || (r > 1 && r <= scale) { markers.append(GaugeMarker(ratio: r, label: "\(percent)")) }
        }
        // API spend alerts are marked on the API limit's gauge (or, without one, on the local budget's).
        if outlook.budget.source == .apiLimit || (outlook.budget.source == .local && !hasAPILimit) {
            for alert in spendAlerts {
                guard let r = alert.budget.amount.ratio(to: outlook.budget.amount), r > 0, r <= scale,
                      !markers.contains(where: { abs($0.ratio - r) < 0.005 }) else { continue }
                markers.append(GaugeMarker(ratio: r, label: alert.budget.amount.formattedWhole))
            }
        }
        let label = outlook.spend == nil ? g.none
            : ratio > 1 ? "\(g.wholePercent(ratio)) \(g.glyphs.arrowUp) OVER" : g.wholePercent(ratio)
        return Gauge(ratio: ratio, label: label, markers: markers.sorted { $0.ratio < $1.ratio }, theme: theme)
    }

    /// `50% passed Nov 14 · 75% passed Nov 25 · 90% on Nov 30 · 100% not in Nov`.
    func thresholdLine(_ outlook: BudgetOutlook, _ g: DashboardGlyphs) -> Line {
        var spans = [Span("     ")]
        for (i, mark) in outlook.marks.enumerated() {
            if i > 0 { spans.append(Span(" \(g.dot) ", role: .dim)) }
            let name = mark.threshold.percent.map { "\($0)%" } ?? mark.threshold.amount.formattedWhole
            spans += [Span(name + " "), Span(crossingText(mark.crossing), role: crossingRole(mark.crossing))]
        }
        return Line(spans: spans)
    }

    /// `next 90% on Nov 30`, `next 100% not in Nov`; once every threshold is behind,
    /// `100% passed Nov 27`.
    func nextNote(_ outlook: BudgetOutlook, _ g: DashboardGlyphs) -> Line? {
        guard outlook.spend != nil else { return nil }
        guard let next = outlook.marks.first(where: { if case .crossed = $0.crossing { false } else { true } }) else {
            guard let last = outlook.marks.last else { return nil }
            let name = last.threshold.percent.map { "\($0)%" } ?? last.threshold.amount.formattedWhole
            return Line("\(name) \(crossingText(last.crossing))", role: .critical)
        }
        let name = next.threshold.percent.map { "\($0)%" } ?? next.threshold.amount.formattedWhole
        return Line(spans: [Span("next \(name) ", role: .dim), Span(crossingText(next.crossing), role: crossingRole(next.crossing))])
    }

    /// `passed Nov 22`, `on Nov 27`, `not in Nov`; before the first full day of a month a
    /// threshold not yet passed reads `too early to tell`.
    func crossingText(_ crossing: SpendForecast.Crossing) -> String {
        if SpendForecast.isTooEarly(now: state.now) {
            if case .crossed = crossing {} else { return "too early to tell" }
        }
        return switch crossing {
        case .on(let t): "on \(UTCDateFormat.day(t))"
        case .notThisMonth: "not in \(UTCDateFormat.month(state.now))"
        case .crossed(let day): day.map { "passed \(UTCDateFormat.day($0))" } ?? "passed"
        }
    }

    func crossingRole(_ crossing: SpendForecast.Crossing) -> Role {
        switch crossing {
        case .crossed: .critical
        case .on: SpendForecast.isTooEarly(now: state.now) ? .dim : .warn
        case .notThisMonth: .dim
        }
    }

    // MARK: - Helpers

    /// `ci-runner (sk-proj-…9f2c)`.
    func keyName(_ key: LimitsData.Scope) -> String {
        guard let detail = key.detail, detail != key.label else { return key.label }
        return "\(key.label) (\(detail))"
    }

    func nameColumnWidth(_ names: [String]) -> Int {
        min(28, max(12, names.map { DisplayWidth.of($0) }.max() ?? 0))
    }
}
