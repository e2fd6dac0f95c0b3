import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// The Usage page's breakdown table: rows without any activity series (cost-only line items)
/// show `—` rather than `0`, the totals row adds up its rows, and dated model ids lose their
/// date rather than the part that tells models apart when the name column is narrow.
@Suite("Usage breakdown")
struct UsageBreakdownTests {
    func text(_ state: AppState) -> [String] {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height)
            .plainText.split(separator: "\n").map(String.init)
    }

    /// The fixture with a cost-only item (`web search tool calls`: billed, never any tokens), a
    /// model with tokens last month but none this month (a real zero), and an embeddings model
    /// whose tokens the org (completions) totals do not hold.
    static var snapshot: DashboardSnapshot {
        var s = Fixture.snapshot()
        let n = s.days.count
        let november = Fixture.monthStartIndex
        let zeroActivity = [Activity?](repeating: .zero, count: n)
        var models = s.series[.model] ?? []
        models.append(GroupSeries(id: "web search tool calls", label: "web search tool calls",
                                  cost: (0..<n).map { _ in USD(cents: 150) }, activity: zeroActivity))
        models.append(GroupSeries(id: "gpt-3.5-turbo-0125", label: "gpt-3.5-turbo-0125",
                                  cost: (0..<n).map { $0 < november ? USD(cents: 10) : .zero },
                                  activity: (0..<n).map { $0 < november ? Activity(inputUncached: 1_000, requests: 2) : .zero }))
        s.series[.model] = models
        return s
    }

    func row(_ lines: [String], _ label: String) -> [String] {
        (lines.first { $0.contains(label) } ?? "").split(separator: " ").map(String.init)
    }

    @Test("a row with no activity series shows — for tokens and requests; a real zero shows 0")
    func dashForNoActivity() {
        let lines = text(Fixture.state(width: 120, height: 40, snapshot: UsageBreakdownTests.snapshot))
        let web = row(lines, "web search tool calls")
        // Spend, share, then Input, Cached, Output, Requests, then the sparkline.
        #expect(Array(web.drop { !$0.hasPrefix("$") }.dropFirst(2).prefix(4)) == ["—", "—", "—", "—"], "\(web)")
        let old = row(lines, "gpt-3.5-turbo-0125")
        #expect(old.contains("0") && !old.contains("—"), "\(old)")
    }

    @Test("the totals row adds up the rows' tokens and requests")
    func totalsAddUp() {
        var state = Fixture.state(width: 120, height: 40, snapshot: UsageBreakdownTests.snapshot)
        let data = UsageData(state: state)
        let sum = data.rows.compactMap(\.activity).reduce(Activity.zero, +)
        #expect(data.tableActivity == sum)
        #expect(data.rows.first { $0.label == "web search tool calls" }?.activity == nil)
        let total = row(text(state), "Total")
        #expect(total.contains(TokenFormat.exact(sum.requests)), "\(total)")
        // Line items have no activity at all: the totals row shows `—` like its rows.
        _ = reduce(&state, .key(.char("g")))
        _ = reduce(&state, .key(.char("g")))
        _ = reduce(&state, .key(.char("g")))
        #expect(state.usage.group == .lineItem)
        let items = UsageData(state: state)
        #expect(items.rows.allSatisfy { $0.activity == nil })
        #expect(items.tableActivity == nil)
        let itemsTotal = row(text(state), "Total")
        #expect(!itemsTotal.contains(TokenFormat.exact(sum.requests)), "\(itemsTotal)")
    }

    @Test("dated model ids drop their date only when they do not fit")
    func undated() {
        #expect(UsagePage.undatedModel("gpt-4.1-mini-2025-04-14") == "gpt-4.1-mini")
        #expect(UsagePage.undatedModel("o4-mini-2025-04-16") == "o4-mini")
        #expect(UsagePage.undatedModel("text-embedding-3-small") == "text-embedding-3-small")
        #expect(UsagePage.undatedModel("web search tool calls") == "web search tool calls")
        #expect(UsagePage.undatedModel("gpt-4.1-2025-4-14") == "gpt-4.1-2025-4-14")
        var s = Fixture.snapshot()
        s.series[.model] = s.series[.model]?.map { series in
            var dated = series
            dated.label = series.label + "-2025-04-14"
            return dated
        }
        let narrow = text(Fixture.state(width: 80, height: 24, snapshot: s))
        #expect(narrow.contains { $0.contains("│  gpt-4.1-mini ") })
        let wide = text(Fixture.state(width: 120, height: 40, snapshot: s))
        #expect(wide.contains { $0.contains("│  gpt-4.1-mini-2025-04-14 ") })
    }
}
