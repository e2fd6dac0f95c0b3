import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// Flags and budget use derived once per snapshot (``KeyFacts``): never used, idle 30+ days,
/// owner lost access (and still spends), spike (DESIGN.md §4), admin key expiring within 14
/// days; the Budget column; spend that no price covers reads `unknown`, never `$0.00`.
@Suite("Key facts: flags, spike, budget")
struct KeyFactsTests {
    func facts(_ snapshot: DashboardSnapshot) -> [String: KeyFacts] {
        let all = KeyFacts.compute(snapshot, now: snapshot.now)
        return Dictionary(uniqueKeysWithValues: zip(snapshot.keys.map(\.id), all))
    }

    func screen(_ state: AppState) -> String {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height).plainText
    }

    /// The fixture with `key_eval` spending `today` USD today (its median is about $0.30 a day),
    /// and `previous` USD on each of the 14 days before when given.
    static func spiking(today: USD, previous: USD? = nil) -> DashboardSnapshot {
        var snapshot = Fixture.snapshot()
        let last = snapshot.days.count - 1
        for i in snapshot.series[.apiKey, default: []].indices where snapshot.series[.apiKey]?[i].id == "key_eval" {
            snapshot.series[.apiKey]?[i].cost[last] = today
            if let previous {
                for d in (last - 14)..<last { snapshot.series[.apiKey]?[i].cost[d] = previous }
            }
        }
        return snapshot
    }

    @Test("the fixture's flags: never used, idle, owner left and still spends, admin key expiring in 9 days")
    func fixtureFlags() {
        let f = facts(Fixture.snapshot())
        #expect(f["key_never"]?.flags == [.neverUsed])
        #expect(f["key_notebook"]?.flags == [.idle(days: 41)])
        #expect(f["key_legacy"]?.flags == [.idle(days: 50)])
        #expect(f["key_adhoc"]?.flags == [.ownerLostAccessStillSpends])
        #expect(f["key_admin_ops"]?.flags == [.expiresSoon(days: 9)])
        #expect(f["key_support"]?.flags == [])
        #expect(f.values.allSatisfy { !$0.flags.contains(.spike) })
    }

    @Test("owner lost access without spend in 14 days is flagged, but not as still spending")
    func ownerLostAccessQuiet() {
        var keys = Fixture.snapshot().keys
        let i = keys.firstIndex { $0.id == "key_adhoc" }!
        keys[i].last14DaysTokens = Array(repeating: 0, count: 14)
        keys[i].last14DaysSpend = Array(repeating: .zero, count: 14)
        let f = facts(Fixture.snapshot(keys: keys))
        #expect(f["key_adhoc"]?.flags == [.ownerLostAccess])
        #expect(KeyFlag.ownerLostAccessStillSpends.text == "owner lost access, still spends")
    }

    @Test("spike: today ≥ 3× the median of the previous 14 days and ≥ $1")
    func spike() {
        let f = facts(Self.spiking(today: USD(5)))
        #expect(f["key_eval"]?.flags == [.spike])
        #expect(f["key_eval"]?.spike?.today == USD(5))
        // Not a spike: under $1, or under 3× the median.
        #expect(facts(Self.spiking(today: USD(cents: 99)))["key_eval"]?.spike == nil)
        #expect(facts(Self.spiking(today: USD(cents: 299), previous: USD(1)))["key_eval"]?.spike == nil)
        #expect(facts(Self.spiking(today: USD(3), previous: USD(1)))["key_eval"]?.spike?.median == USD(1))
        // The table shows it at 80 columns.
        let state = Fixture.state(page: .apiKeys, snapshot: Self.spiking(today: USD(5)))
        #expect(screen(state).split(separator: "\n").contains { $0.contains("eval-harness") && $0.contains("spike") })
    }

    @Test("the snapshot's own spike flag (KeySummary.isSpiking) is shown too")
    func snapshotSpikeFlag() {
        var keys = Fixture.snapshot().keys
        let i = keys.firstIndex { $0.id == "key_support" }!
        keys[i].isSpiking = true
        #expect(facts(Fixture.snapshot(keys: keys))["key_support"]?.flags == [.spike])
    }

    @Test("the spike rule needs 7 days of history since the key was created")
    func spikeNeedsHistory() {
        var snapshot = Self.spiking(today: USD(5))
        let i = snapshot.keys.firstIndex { $0.id == "key_eval" }!
        snapshot.keys[i].key.createdAt = Fixture.now - 5 * Fixture.day
        #expect(facts(snapshot)["key_eval"]?.spike == nil)
    }

    @Test("budget use: a local key budget shows 124 % over in the Budget column; no budgets, no column")
    func budget() {
        var snapshot = Fixture.snapshot()
        let ci = snapshot.keys.first { $0.id == "key_ci" }!
        // Budget so that month-to-date spend is 124 % of it.
        let budget = USD((ci.monthToDate!.value * 100 / 124))
        snapshot.budgetSettings = BudgetSettings(keys: ["key_ci": budget, "key_support": USD(1_000)])
        let f = facts(snapshot)
        #expect(f["key_ci"].flatMap(\.budgetUse).map { ($0 * 100).rounded() } == 124)
        #expect(KeyContentWidths.budgetText(f["key_ci"]?.budgetUse) == "124 % over")
        #expect(KeyContentWidths.budgetText(f["key_support"]?.budgetUse) == "7 %")
        let lines = screen(Fixture.state(page: .apiKeys, width: 120, height: 30, snapshot: snapshot)).split(separator: "\n")
        #expect(lines[2].contains("Budget"))
        #expect(lines.contains { $0.contains("ci-runner") && $0.contains("124 % over") })
        #expect(!screen(Fixture.state(page: .apiKeys, width: 200, height: 30)).split(separator: "\n")[2].contains("Budget"))
    }

    @Test("spend no price covers is unknown, never $0.00; no data is —")
    func unknownSpend() {
        var keys = Fixture.snapshot().keys
        keys[0].monthToDate = nil
        keys[0].spendIsEstimate = true
        keys[1].monthToDate = nil
        keys[1].monthActivity = .zero
        #expect(KeyContentWidths.spendText(keys[0], glyphs: .unicode) == "unknown")
        #expect(KeyContentWidths.spendText(keys[1], glyphs: .unicode) == "—")
        // Part of the tokens unpriced: the priced part, marked; all unpriced: unknown, not $0.00.
        keys[2].spendIsEstimate = true
        keys[2].unpricedTokens = 5_000
        #expect(KeyContentWidths.spendText(keys[2], glyphs: .unicode) == "≈" + keys[2].monthToDate!.formatted + "+?")
        keys[3].spendIsEstimate = true
        keys[3].monthToDate = .zero
        keys[3].unpricedRequests = 3
        #expect(KeyContentWidths.spendText(keys[3], glyphs: .unicode) == "unknown")
        let lines = screen(Fixture.state(page: .apiKeys, snapshot: Fixture.snapshot(keys: keys))).split(separator: "\n")
        #expect(lines.contains { $0.contains(keys[0].key.name) && $0.contains("unknown") })
        #expect(!lines.contains { $0.contains(keys[0].key.name) && $0.contains("$0.00") })
        #expect(lines.contains { $0.contains(keys[2].key.name) && $0.contains("+?") })
        #expect(lines[1].contains("+? = partly unpriced"))
    }

    @Test("facts are computed per snapshot, not per frame: ticks and keys leave them alone")
    func oncePerSnapshot() {
        var state = Fixture.state(page: .apiKeys)
        let before = state.keys.facts(at: 0)
        _ = reduce(&state, .tick(Fixture.now + 60 * Fixture.day))
        _ = reduce(&state, .key(.char("s")))
        #expect(state.keys.facts(at: 0) == before)
        var snapshot = Fixture.snapshot()
        snapshot.now = Fixture.now + 60 * Fixture.day
        _ = reduce(&state, .snapshot(snapshot))
        #expect(state.keys.facts(at: 0) != before)
    }
}
