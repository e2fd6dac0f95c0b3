import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// The Usage page's reconciliation (issue 4 item 3): billed total, ≈ estimated total and the
/// share of the billed spend the per-key figures explain; the refusal of costs by `api_key_id`;
/// unpriced usage shown as unknown, never $0.
@Suite("Usage reconciliation")
struct UsageReconciliationTests {
    func screen(_ snapshot: DashboardSnapshot, width: Int, height: Int, keys: [Key] = []) -> String {
        withUTF8Locale()
        var state = Fixture.state(width: width, height: height, snapshot: snapshot)
        for key in keys { _ = reduce(&state, .key(key)) }
        return RootView.render(state: state, theme: .plainUnicode, width: width, height: height).plainText
    }

    @Test("billed, ≈ estimated and the share the keys explain add up from the snapshot")
    func figures() {
        let state = Fixture.state(snapshot: UsageFixture.small())
        let r = state.usageData.reconciliation
        #expect(r.billed == USD(cents: 3_000))
        #expect(r.estimated == USD(cents: 2_850))
        #expect(r.explained == USD(cents: 2_700))
        #expect(r.noKey == USD(cents: 300))
        // Keys plus the no-key row are the whole bill.
        #expect(r.explained.map { $0 + (r.noKey ?? .zero) } == r.billed)
        #expect(r.explainedShare.map { abs($0 - 0.9) < 1e-9 } == true)
        #expect(!r.keysEstimated && r.refusal == nil && !r.hasUnpriced)
        // Grouped by API key the breakdown rows give the same sums.
        var byKey = state
        byKey.usage.group = .apiKey
        #expect(byKey.usageData.reconciliation == r)
    }

    @Test("the line shows billed plain, the estimate with ≈, and the explained share", arguments: [(80, 24), (120, 40)])
    func line(width: Int, height: Int) {
        let text = screen(UsageFixture.small(), width: width, height: height)
        #expect(text.contains("Billed $30.00"), "\(text)")
        #expect(text.contains("≈$28.50 estimated"), "\(text)")
        #expect(text.contains("API keys explain 90.0%"), "\(text)")
        #expect(!text.contains("≈$30.00"), "billed dollars are never marked ≈")
        if width >= 120 {
            #expect(text.contains("(95.0% of billed)"), "\(text)")
            #expect(text.contains("($27.00; no key $3.00)"), "\(text)")
        }
    }

    @Test("per-key spend estimated because the server refused costs by api_key_id", arguments: [(80, 24), (120, 40)])
    func refused(width: Int, height: Int) {
        let snapshot = UsageFixture.small(keySpend: .estimated(reason: "group_by api_key_id is not supported"), keyEstimates: true)
        let r = Fixture.state(snapshot: snapshot).usageData.reconciliation
        #expect(r.keysEstimated && r.refusal == "group_by api_key_id is not supported")
        let text = screen(snapshot, width: width, height: height)
        #expect(text.contains("API keys explain ≈90.0%"), "\(text)")
        #expect(text.contains("estimated"), "\(text)")
        #expect(text.contains("server refused costs"), "\(text)")
        #expect(text.contains("api_key_id"), "\(text)")
        // The server's message follows when there is room (cut with an ellipsis when long).
        if width >= 120 { #expect(text.contains("api_key_id (group_by"), "\(text)") }
        // Billed per key: no refusal note.
        #expect(!screen(UsageFixture.small(), width: width, height: height).contains("refused"))
    }

    @Test("unpriced tokens and requests are counted and named, never $0", arguments: [(80, 24), (120, 40)])
    func unpriced(width: Int, height: Int) {
        let snapshot = UsageFixture.small(unpriced: true)
        let r = Fixture.state(snapshot: snapshot).usageData.reconciliation
        #expect(r.unpriced == Activity(inputUncached: 1_200_000, output: 34_000, requests: 340))
        let text = screen(snapshot, width: width, height: height)
        #expect(text.contains("Unpriced: 1.2M tokens, 340 requests of ft:gpt-4o:acme::x1"), "\(text)")
        #expect(text.contains("cost unknown"), "\(text)")
        #expect(!screen(UsageFixture.small(), width: width, height: height).contains("Unpriced"))
        // A range without the unpriced day has nothing unpriced.
        var state = Fixture.state(snapshot: snapshot)
        state.usage.range = .previousMonth(monthsBack: 1)
        #expect(!state.usageData.reconciliation.hasUnpriced)
    }

    @Test("refusal and unpriced together fit 120×40 and share a row at 80×24")
    func bothNotes() {
        let snapshot = UsageFixture.small(keySpend: .estimated(reason: "unsupported"), unpriced: true, keyEstimates: true)
        let wide = screen(snapshot, width: 120, height: 40)
        #expect(wide.contains("server refused costs grouped by api_key_id"), "\(wide)")
        #expect(wide.contains("Unpriced: 1.2M tokens, 340 requests"), "\(wide)")
        let narrow = screen(snapshot, width: 80, height: 24)
        #expect(narrow.contains("≈ per-key: costs by key refused · Unpriced 1.2M tok, 340 req: ft:gpt-4o"), "\(narrow)")
    }

    @Test("no data: an empty cache, missing estimates and an uncached range say so")
    func empty() {
        let none = DashboardSnapshot.empty(source: SourceInfo(profile: "work", host: "api.openai.com", isDemo: false), now: Fixture.now)
        #expect(screen(none, width: 80, height: 24).contains("No spend yet"))
        // Before estimates and per-key spend are filled in (empty arrays): dashes, not $0.
        var bare = UsageFixture.small()
        bare.dailyEstimated = []
        bare.dailyUnpriced = []
        bare.series[.apiKey] = nil
        let text = screen(bare, width: 80, height: 24)
        #expect(text.contains("Billed $30.00 · no ≈ estimate · API keys explain —"), "\(text)")
        // A previous month the small cache does not hold.
        var state = Fixture.state(snapshot: UsageFixture.small())
        state.usage.range = .previousMonth(monthsBack: 1)
        let old = RootView.render(state: state, theme: .plainUnicode, width: 80, height: 24).plainText
        #expect(old.contains("No billed or estimated spend cached for this range."), "\(old)")
    }

    @Test("the full fixture reconciles: billed month to date, keys explain part of it")
    func fixture() {
        let state = Fixture.state()
        let r = state.usageData.reconciliation
        #expect(r.billed == USD(cents: Fixture.monthToDateCents))
        #expect(r.estimated == nil)
        #expect((r.explainedShare ?? 0) > 0.9 && (r.explainedShare ?? 2) <= 1)
        // ci-runner is an estimate: the explained share is marked ≈.
        #expect(r.keysEstimated)
    }
}
