import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// The Usage page's "This month" box shows a local org budget from `config.toml` beside the
/// API's limit, never instead of it.
@Suite("Usage month box")
struct UsageMonthBoxTests {
    @Test("a local org budget appears as its own Budget row with its use")
    func localBudget() {
        withUTF8Locale()
        var snapshot = Fixture.snapshot()
        snapshot.budgetSettings = BudgetSettings(org: USD(cents: 100_000))
        let state = AppState(snapshot: snapshot, width: 120, height: 40)
        let screen = RootView.render(state: state, theme: .plainUnicode, width: 120, height: 40).plainText
        let lines = screen.split(separator: "\n").map(String.init)
        let budget = lines.first { $0.contains("Budget") && $0.contains("$1,000") }
        #expect(budget != nil, "Budget row in:\n\(screen)")
        #expect(lines.contains { $0.contains("Limit") }, "the API limit row stays")
    }
}
