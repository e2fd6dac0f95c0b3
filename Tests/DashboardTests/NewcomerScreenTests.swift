import Foundation
import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// Rendered-text checks for what a newcomer misread: hidden limits, empty charts, early
/// forecasts, unknown limits, cut line items.
@Suite("Newcomer screen fixes")
struct NewcomerScreenTests {
    func text(_ state: AppState) -> String {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height).plainText
    }

    /// Oct 1 2026 00:20 UTC: the first day of a month the fixture holds.
    static let earlyOctober = UTCCalendar.timestamp(year: 2026, month: 10, day: 1) + 20 * 60

    func early(page: Page, width: Int = 120, height: Int = 40) -> AppState {
        var state = Fixture.state(page: page, width: width, height: height)
        state.now = Self.earlyOctober
        return state
    }

    @Test("the Limits page explains its gauge markers")
    func markerLegend() {
        let screen = text(Fixture.state(page: .limits, width: 120, height: 40))
        #expect(screen.contains("│ = threshold (50 = % of the budget, $ = spend alert)"))
    }

    @Test("an over-limit project gauge shows where 100 % is")
    func overLimitProjectGauge() {
        var snapshot = Fixture.snapshot()
        let i = snapshot.projects.firstIndex { $0.spendLimit != nil }!
        snapshot.projects[i].monthToDate = USD(cents: 28_250)  // 113 % of $250
        let screen = text(Fixture.state(page: .limits, width: 120, height: 40, snapshot: snapshot))
        let line = screen.split(separator: "\n").first { $0.contains("API limit, enforcing  $250.00 [") }.map(String.init) ?? ""
        #expect(line.contains("OVER"), "\(line)")
        #expect(line.contains("100%│"), "\(line)")
    }

    @Test("first day of a month: no forecast number on the Usage box or the Limits page")
    func tooEarly() {
        let usage = text(early(page: .usage))
        #expect(usage.contains("too early (day 1)"), "\(usage)")
        let limits = text(early(page: .limits))
        #expect(limits.contains("Forecast too early (first day of the month)"))
        #expect(!limits.contains(" at this pace"))
        // A day later the number is back.
        var later = early(page: .limits)
        later.now += UTCCalendar.secondsPerDay
        #expect(text(later).contains(" at this pace"))
    }

    @Test("one day of data is a narrow bar, not a block across the chart")
    func narrowFirstDay() {
        let screen = text(early(page: .usage))
        let rows = screen.split(separator: "\n").filter { $0.contains("┤") || $0.contains("│█") }
        let widest = rows.map { $0.filter { $0 == "█" }.count }.max() ?? 0
        #expect(widest >= 1 && widest <= 3, "\(screen)")
    }

    @Test("all-zero spend: one note, a 0 label only")
    func zeroSpendChart() {
        var snapshot = Fixture.snapshot()
        snapshot.dailyTotals = snapshot.dailyTotals.map { DayFigures(day: $0.day, cost: .zero, activity: .zero) }
        snapshot.series = [:]
        let screen = text(Fixture.state(page: .usage, width: 120, height: 40, snapshot: snapshot))
        #expect(screen.components(separatedBy: "no spend yet").count == 2)
        #expect(!screen.contains("$0┤"))
        #expect(screen.contains("$0┼"))
    }

    @Test("limits never fetched: the box says — rather than none set")
    func limitsUnknown() {
        let noLimit = LimitsSummary(monthToDate: USD(cents: 100), spendLimit: nil, spendAlerts: [])
        let unknown = Fixture.snapshot(sync: SyncStatus(state: .syncing, lastSuccess: nil, datasets: [
            DatasetFreshness(name: "spend_limits", lastSuccess: nil, lastAttempt: Fixture.now - 5),
        ]), limits: noLimit)
        let screen = text(Fixture.state(page: .usage, width: 120, height: 40, snapshot: unknown))
        #expect(!screen.contains("none set"))
        #expect(text(Fixture.state(page: .limits, width: 120, height: 40, snapshot: unknown)).contains("spend limits not fetched yet"))
        let known = Fixture.snapshot(sync: SyncStatus(state: .ok, lastSuccess: Fixture.now, datasets: [
            DatasetFreshness(name: "spend_limits", lastSuccess: Fixture.now - 5),
        ]), limits: noLimit)
        #expect(text(Fixture.state(page: .usage, width: 120, height: 40, snapshot: known)).contains("none set"))
    }

    @Test("a range arrow that cannot move further is dim")
    func rangeArrowsDim() {
        let theme = Theme.plainUnicode
        func arrowStyles(_ state: AppState) -> (older: Style?, newer: Style?) {
            let buffer = RootView.render(state: state, theme: theme, width: state.width, height: state.height)
            var older: Style?, newer: Style?
            for x in 0..<buffer.width {
                if buffer[x, 1].symbol == "‹" { older = buffer[x, 1].style }
                if buffer[x, 1].symbol == "›" { newer = buffer[x, 1].style }
            }
            return (older, newer)
        }
        var state = Fixture.state(page: .usage)
        let middle = arrowStyles(state)  // month to date: both ways open
        #expect(middle.older == theme.style(.keyHint) && middle.newer == theme.style(.keyHint))
        state.usage.range = .last7Days  // newest range of the Cost view
        let newest = arrowStyles(state)
        #expect(newest.newer == theme.style(.dim) && newest.older == theme.style(.keyHint))
        state.usage.range = .previousMonth(monthsBack: state.oldestMonthOffset)  // oldest cached month
        let oldest = arrowStyles(state)
        #expect(oldest.older == theme.style(.dim) && oldest.newer == theme.style(.keyHint))
    }

    @Test("the by-line-item table drops its all-— token columns and gives the room to labels")
    func lineItemTable() {
        var state = Fixture.state(page: .usage)
        state.usage.group = .lineItem
        let screen = text(state)
        let header = screen.split(separator: "\n").first { $0.contains("Line item") && $0.contains("Spend") }.map(String.init) ?? ""
        #expect(!header.contains("Requests") && !header.contains("Cached"), "\(header)")
        let names = screen.split(separator: "\n").filter { $0.contains(", input") || $0.contains(", output") }
        #expect(names.count >= 4)
        #expect(Set(names).count == names.count)
        #expect(screen.contains("gpt-4.1-mini, input"))
    }

    @Test("line-item labels shorten date first, then kind, and stay distinct")
    func lineItemLabels() {
        let labels = ["batch | gpt-4.1-mini-2025-04-14, input", "batch | gpt-4.1-mini-2025-04-14, cached input",
                      "batch | gpt-4.1-mini-2025-04-14, output", "batch | gpt-4.1-mini-2025-04-14, cache writes"]
        let short = labels.map { LineItemLabel.short($0, width: 28) }
        #expect(short[0] == "batch | gpt-4.1-mini, input")
        #expect(Set(short).count == labels.count, "\(short)")
        #expect(short.allSatisfy { DisplayWidth.of($0) <= 28 })
        #expect(LineItemLabel.short(labels[1], width: 28) == "batch | gpt-4.1-mini, cached")
        let tiny = labels.map { LineItemLabel.short($0, width: 18) }
        #expect(Set(tiny).count == labels.count, "\(tiny)")
        #expect(LineItemLabel.short("web search tool calls", width: 40) == "web search tool calls")
    }
}
