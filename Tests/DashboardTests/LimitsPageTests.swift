import Foundation
import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// The Limits page on UsageCore's budget outlooks: both an API limit and a local budget with
/// their labels, thresholds and their days, the two forecasts, over-100 % gauges, small screens.
@Suite("Limits page")
struct LimitsPageTests {
    static let budgets = BudgetSettings(org: USD(400), projects: ["proj_search": USD(300)], keys: ["key_ci": USD(10)])

    func lines(_ state: AppState, theme: Theme = .plainUnicode) -> [String] {
        withUTF8Locale()
        return RootView.render(state: state, theme: theme, width: state.width, height: state.height).plainText
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func state(width: Int = 120, height: Int = 40, budgets: BudgetSettings = LimitsPageTests.budgets) -> AppState {
        AlertFixture.state(page: .limits, alerts: [], budgets: budgets, width: width, height: height)
    }

    /// The UTC day on which the fixture's cumulative November spend first reaches `amount`.
    func dayReaching(_ amount: USD, daily: (Int) -> Int64) -> String {
        var running: Int64 = 0
        for d in Fixture.monthStartIndex..<Fixture.days.count {
            running += daily(d)
            if USD(cents: running) >= amount { return UTCDateFormat.day(Fixture.days[d]) }
        }
        return "never"
    }

    @Test("the organization shows its API limit and its local budget, each with its label")
    func bothBudgets() {
        let rows = lines(state())
        let limit = rows.first { $0.contains("API limit, enforcing  $500.00 [") } ?? ""
        let local = rows.first { $0.contains("local budget          $400.00 [") } ?? ""
        #expect(limit.hasSuffix("84% |") || limit.contains(" 84%"), "\(limit)")
        // $421.03 of $400: over, said plainly, with the overflow visible past the 100 % marker.
        #expect(local.contains("105% ▲ OVER"), "\(local)")
        #expect(local.contains("│"))
        // Every threshold of the local budget with the day it was passed, from the daily figures.
        let expected = [50, 75, 90, 100].map { p in
            "\(p)% passed " + dayReaching(USD(400 * Decimal(p) / 100)) { Fixture.dayCents($0) }
        }.joined(separator: " · ")
        let localIndex = rows.firstIndex(of: local) ?? 0
        #expect(rows[localIndex + 1].contains(expected), "\(rows[localIndex + 1]) vs \(expected)")
        // The API spend alerts with their days.
        let alerts = rows.first { $0.contains("API spend alerts  $250 passed") } ?? ""
        #expect(alerts.contains("$250 passed " + dayReaching(USD(250)) { Fixture.dayCents($0) }), "\(alerts)")
        #expect(alerts.contains("$450 not in Nov"))
    }

    @Test("a project with an API limit and a local budget shows both under its name")
    func projectBoth() {
        let rows = lines(state())
        let name = rows.firstIndex { $0.contains("Search backend") && $0.contains("forecast") } ?? -1
        #expect(name > 0)
        #expect(rows[name + 1].contains("API limit, enforcing  $250.00 ["))
        #expect(rows.dropFirst(name + 1).prefix(4).contains { $0.contains("local budget          $300.00 [") })
        #expect(rows.contains { $0.contains("Support bot") && $0.contains("no budget") })
    }

    @Test("month-end forecasts from the month-to-date pace and from the trailing 7 days")
    func forecasts() {
        let rows = lines(state())
        let mtd = USD(cents: Fixture.monthToDateCents)
        // Nov 29 10:30 UTC: 28 days and 10.5 hours of a 30-day month have elapsed.
        let elapsed = Decimal(28 * 86_400 + 10 * 3_600 + 1_800)
        let pace = USD(mtd.value * Decimal(30 * 86_400) / elapsed).roundedToCents
        // The 7 complete days before today (Nov 22–28), then the 37.5 hours left in the month × their mean.
        let week = (Fixture.days.count - 8)..<(Fixture.days.count - 1)
        let mean = Decimal(week.reduce(Int64(0)) { $0 + Fixture.dayCents($1) }) / 100 / 7
        let trailing = USD(mtd.value + mean * Decimal(37 * 3_600 + 1_800) / 86_400).roundedToCents
        let line = rows.first { $0.contains("Forecast ") } ?? ""
        #expect(line.contains("Forecast \(pace.formatted) by Nov 30 at this pace · \(trailing.formatted) at the last 7 days' pace"),
                "\(line)")
    }

    @Test("a key over its budget: 276% ▲ OVER, not wrapped, not capped")
    func keyOver() {
        let rows = lines(state())
        let title = rows.firstIndex { $0.contains("Keys with a budget") } ?? -1
        #expect(title > 0)
        #expect(rows[title + 1].contains("ci-runner (sk-svcacct-"))
        let gauge = rows[title + 2]
        #expect(gauge.contains("local budget") && gauge.contains("$10.00 ["), "\(gauge)")
        let key = Fixture.snapshot().keys.first { $0.id == "key_ci" }!
        let percent = PercentFormat.whole(key.monthToDate!.ratio(to: USD(10)))
        #expect(gauge.contains("] \(percent) ▲ OVER"), "\(gauge)")
        // The scale runs past 100 %: the limit marker sits left of the bar's end, filled beyond it.
        let bar = gauge.split(separator: "[").last.map { String($0.prefix { $0 != "]" }) } ?? ""
        let marker = bar.lastIndex(of: "│").map { bar.distance(from: bar.startIndex, to: $0) } ?? bar.count
        #expect(marker < bar.count / 2, "\(bar)")
        #expect(bar.hasSuffix("█"))
    }

    @Test("gauge text over 100 % for any ratio, and the label of each source")
    func overText() {
        var snapshot = Fixture.snapshot()
        snapshot.limits.monthToDate = USD(620)  // 124 % of the $500 API limit
        snapshot.budgetSettings = BudgetSettings()
        let rows = lines(Fixture.state(page: .limits, width: 120, height: 40, snapshot: snapshot))
        let limit = rows.first { $0.contains("API limit, enforcing  $500.00 [") } ?? ""
        #expect(limit.contains("] 124% ▲ OVER"), "\(limit)")
        #expect(limit.contains("100%│"), "\(limit)")
        var notEnforcing = Fixture.snapshot()
        notEnforcing.limits.spendLimit = SpendLimit(projectID: nil, threshold: USD(500), enforcement: "none")
        #expect(lines(Fixture.state(page: .limits, width: 120, height: 40, snapshot: notEnforcing))
            .contains { $0.contains("API limit, not enforcing  $500.00") })
    }

    @Test("a local budget alone says no API limit is set")
    func localOnly() {
        var snapshot = Fixture.snapshot(limits: LimitsSummary(monthToDate: USD(cents: 12_345), spendLimit: nil, spendAlerts: []))
        snapshot.budgetSettings = BudgetSettings(org: USD(200))
        let rows = lines(Fixture.state(page: .limits, width: 120, height: 40, snapshot: snapshot))
        #expect(rows[1].contains("no API spend limit is set"))
        #expect(rows.contains { $0.contains("local budget") && $0.contains("$200.00 [") && $0.contains(" 62%") })
    }

    @Test("80×24 keeps every budget with its label; tiny sizes never crash")
    func sizes() {
        let rows = lines(state(width: 80, height: 24))
        #expect(rows.contains { $0.contains("API limit, enforcing  $500.00 [") })
        #expect(rows.contains { $0.contains("local budget") && $0.contains("$400.00 [") && $0.contains("OVER") })
        #expect(rows.contains { $0.contains("local budget") && $0.contains("$300.00 [") })
        #expect(rows.contains { $0.contains("local budget") && $0.contains("$10.00 [") })
        #expect(rows.contains { $0.contains("Forecast $") })
        #expect(rows.contains { $0.contains("Monthly history") })
        for (w, h) in [(60, 16), (61, 17), (70, 20), (200, 60), (20, 5), (0, 0)] {
            _ = lines(state(width: w, height: h))
            _ = lines(state(width: w, height: h), theme: .plainASCII)
        }
    }

    @Test("the outlooks are computed once per snapshot, not per frame")
    func computedPerSnapshot() {
        var state = state(width: 80, height: 24)
        let before = lines(state)
        var snapshot = state.snapshot
        snapshot.budgetSettings = BudgetSettings()
        _ = reduce(&state, .snapshot(snapshot))
        let after = lines(state)
        #expect(before.contains { $0.contains("$400.00 [") })
        #expect(!after.contains { $0.contains("$400.00 [") })
    }
}

/// Whole Limits screens with local budgets beside the API ones (text snapshots in `Snapshots/`).
@Suite("Limits page snapshots")
struct LimitsPageSnapshotTests {
    @Test("API limits and local budgets at 80×24 and 120×40", arguments: [(80, 24), (120, 40)])
    func budgets(width: Int, height: Int) {
        withUTF8Locale()
        let state = AlertFixture.state(page: .limits, alerts: [], budgets: LimitsPageTests.budgets, width: width, height: height)
        assertSnapshot(RootView.render(state: state, theme: .plainUnicode, width: width, height: height).textDump,
                       named: "limits-budgets-\(width)x\(height)")
    }
}
