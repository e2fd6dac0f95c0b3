import Foundation
import Dashboard
import TermUI
import Testing
import UsageCore

/// Feeds key sequences into the reducer and checks the state (lazygit's "replay keys, then
/// assert", `notes/tui-architecture.md` §4.4 item 4).
@Suite("Reducer")
struct ReducerTests {
    /// Applies `keys` in order and returns every effect produced.
    @discardableResult
    func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

    func visibleNames(_ state: AppState) -> [String] {
        state.keys.rows.map { state.snapshot.keys[$0].key.name }
    }

    @Test("number keys, Tab and Shift-Tab switch pages")
    func pages() {
        var state = Fixture.state()
        #expect(state.page == .usage)
        press([.char("2")], &state)
        #expect(state.page == .limits)
        press([.char("3")], &state)
        #expect(state.page == .apiKeys)
        press([.tab], &state)
        #expect(state.page == .alerts)
        press([.tab], &state)
        #expect(state.page == .usage)
        press([.backTab], &state)
        #expect(state.page == .alerts)
        press([.char("1")], &state)
        #expect(state.page == .usage)
    }

    @Test("q and ^C quit; r asks for a refresh and flashes until its tick")
    func quitAndRefresh() {
        var state = Fixture.state()
        #expect(press([.char("q")], &state) == [.quit])
        #expect(press([.ctrl("c")], &state) == [.quit])
        let effects = press([.char("r")], &state)
        #expect(effects.contains(.refreshNow))
        #expect(state.flash?.text == "refresh requested")
        guard case .scheduleTick(let at)? = effects.first(where: { if case .scheduleTick = $0 { true } else { false } }) else {
            Issue.record("no tick scheduled for the flash")
            return
        }
        _ = reduce(&state, .tick(at - 1))
        #expect(state.flash != nil)
        _ = reduce(&state, .tick(at))
        #expect(state.flash == nil)
    }

    @Test("s cycles the sort column, S reverses it")
    func sorting() {
        var state = Fixture.state(page: .apiKeys)
        #expect(state.keys.sortColumn == .spend)
        #expect(state.keys.sortDescending)
        // Spend descending: the biggest spender first.
        let spends = state.keys.rows.map { state.snapshot.keys[$0].monthToDate ?? USD(-1) }
        #expect(spends == spends.sorted(by: >))
        press([.char("s")], &state)
        #expect(state.keys.sortColumn == .tokens)
        // tokens → requests → trend → flags → name (budget is skipped: no key has a local budget).
        press(Array(repeating: .char("s"), count: 4), &state)
        #expect(state.keys.sortColumn == .name)
        #expect(!state.keys.sortDescending)
        let names = visibleNames(state)
        #expect(names == names.sorted { $0.lowercased() < $1.lowercased() })
        press([.char("S")], &state)
        #expect(state.keys.sortDescending)
        #expect(visibleNames(state) == names.reversed())
        // Every column is reachable and the cycle wraps.
        var seen: Set<KeySortColumn> = []
        for _ in 0..<KeySortColumn.allCases.count {
            seen.insert(state.keys.sortColumn)
            press([.char("s")], &state)
        }
        #expect(seen == Set(KeySortColumn.allCases.filter { $0 != .budget }))
        #expect(state.keys.rows.count == Fixture.keySpecs.count)
        // With a local key budget the budget column joins the cycle.
        var budgeted = Fixture.snapshot()
        budgeted.budgetSettings = BudgetSettings(keys: [budgeted.keys[0].id: USD(cents: 1_000)])
        var withBudget = Fixture.state(page: .apiKeys, snapshot: budgeted)
        var cycle: Set<KeySortColumn> = []
        for _ in KeySortColumn.allCases { press([.char("s")], &withBudget); cycle.insert(withBudget.keys.sortColumn) }
        #expect(cycle.contains(.budget))
    }

    @Test("the sort keeps the selected key selected")
    func sortKeepsSelection() {
        var state = Fixture.state(page: .apiKeys)
        press([.down, .down, .char("j")], &state)
        let selected = state.selectedKey?.id
        #expect(selected != nil)
        press([.char("s")], &state)
        #expect(state.selectedKey?.id == selected)
        press([.char("S")], &state)
        #expect(state.selectedKey?.id == selected)
    }

    @Test("typing a filter edits a draft, Enter applies it, Esc clears it")
    func filter() {
        var state = Fixture.state(page: .apiKeys)
        press([.char("/")], &state)
        #expect(state.keys.isEditingFilter)
        // While typing, letters are text, not commands: `q` does not quit, `s` does not sort.
        let effects = press(type("SUPq"), &state)
        #expect(effects.isEmpty)
        #expect(state.keys.filterDraft == "SUPq")
        #expect(state.keys.sortColumn == .spend)
        press([.backspace], &state)
        #expect(state.keys.filterDraft == "SUP")
        // Not applied until Enter.
        #expect(state.keys.rows.count == Fixture.keySpecs.count)
        press([.enter], &state)
        #expect(!state.keys.isEditingFilter)
        #expect(state.keys.filter == "SUP")
        // Case-insensitive over name, project, owner and redacted value.
        let matched = Set(visibleNames(state))
        #expect(matched == ["support-bot", "support-staging", "東京-translator"])
        // Esc clears an applied filter.
        press([.escape], &state)
        #expect(state.keys.filter.isEmpty)
        #expect(state.keys.rows.count == Fixture.keySpecs.count)
        // Esc while typing cancels and clears.
        press([.char("/")] + type("etl") + [.escape], &state)
        #expect(!state.keys.isEditingFilter)
        #expect(state.keys.filter.isEmpty)
    }

    @Test("the filter matches owners and redacted values too")
    func filterFields() {
        var state = Fixture.state(page: .apiKeys)
        press([.char("/")] + type("svc: ci") + [.enter], &state)
        #expect(visibleNames(state) == ["ci-runner"])
        press([.char("/")], &state)
        #expect(state.keys.filterDraft == "svc: ci")  // editing starts from the applied filter
        press(Array(repeating: .backspace, count: 7) + type("77DE") + [.enter], &state)
        #expect(visibleNames(state) == ["old-notebook"])
        press([.char("/")] + Array(repeating: .backspace, count: 4) + type("zzz-nothing") + [.enter], &state)
        #expect(state.keys.rows.isEmpty)
        #expect(state.selectedKey == nil)
        press([.down, .end, .enter], &state)  // nothing to move to or open: no crash
        #expect(state.keys.detailKeyID == nil)
    }

    @Test("selection is clamped to the filtered rows")
    func selectionClamped() {
        var state = Fixture.state(page: .apiKeys)
        press([.end], &state)
        #expect(state.keys.position.selected == Fixture.keySpecs.count - 1)
        press([.char("/")] + type("search") + [.enter], &state)
        #expect(state.keys.rows.count == 4)
        #expect(state.keys.position.selected == 0)
        press([.down, .down, .down, .down, .down, .pageDown], &state)
        #expect(state.keys.position.selected == 3)
        press([.up, .k], &state)
        #expect(state.keys.position.selected == 1)
        press([.home], &state)
        #expect(state.keys.position.selected == 0)
    }

    @Test("scrolling keeps the selection on screen")
    func scrolling() {
        let keys = Fixture.bulkKeys(500)
        var state = Fixture.state(page: .apiKeys, snapshot: Fixture.snapshot(keys: keys))
        press([.pageDown, .pageDown], &state)
        let p = state.keys.position
        let visible = 24 - 3 - 2
        #expect(p.selected >= p.offset && p.selected < p.offset + visible)
        press([.end], &state)
        #expect(state.keys.position.selected == 499)
        #expect(state.keys.position.offset == 500 - visible)
        // Shrinking the terminal keeps the selection visible.
        _ = reduce(&state, .resize(width: 80, height: 16))
        let q = state.keys.position
        #expect(q.selected >= q.offset && q.selected < q.offset + (16 - 5))
    }

    @Test("[ and ] step through ranges; today-by-hour only in the Activity view")
    func ranges() {
        var state = Fixture.state()
        #expect(state.usage.range == .monthToDate)
        press([.char("[")], &state)
        #expect(state.usage.range == .previousMonth(monthsBack: 1))
        // The fixture holds October only: older stops there.
        press([.char("["), .char("[")], &state)
        #expect(state.usage.range == .previousMonth(monthsBack: 1))
        press([.char("]"), .char("]")], &state)
        #expect(state.usage.range == .last30Days)
        press([.char("]"), .char("]")], &state)
        #expect(state.usage.range == .last7Days)  // Cost view: no hourly range
        press([.char("v")], &state)
        #expect(state.usage.view == .activity)
        press([.char("]")], &state)
        #expect(state.usage.range == .todayByHour)
        press([.char("v")], &state)
        #expect(state.usage.view == .cost)
        #expect(state.usage.range == .last7Days)
    }

    @Test("g cycles the grouping")
    func grouping() {
        var state = Fixture.state()
        var seen: [GroupKind] = [state.usage.group]
        for _ in 0..<5 {
            press([.char("g")], &state)
            seen.append(state.usage.group)
        }
        #expect(seen == [.model, .project, .apiKey, .lineItem, .user, .model])
    }

    @Test("page-specific keys do nothing on other pages")
    func pageScoped() {
        var state = Fixture.state(page: .limits)
        press([.char("s"), .char("/"), .char("g"), .char("["), .enter], &state)
        #expect(state.keys.sortColumn == .spend)
        #expect(!state.keys.isEditingFilter)
        #expect(state.usage.group == .model)
        #expect(state.usage.range == .monthToDate)
    }

    @Test("Enter opens a key's detail, Esc goes back; help opens and closes")
    func detailAndHelp() {
        var state = Fixture.state(page: .apiKeys)
        press([.down], &state)
        let id = state.selectedKey?.id
        press([.enter], &state)
        #expect(state.keys.detailKeyID == id)
        #expect(state.detailKey?.id == id)
        press([.char("?")], &state)
        #expect(state.helpVisible)
        press([.escape], &state)
        #expect(!state.helpVisible)
        #expect(state.keys.detailKeyID == id)
        press([.escape], &state)
        #expect(state.keys.detailKeyID == nil)
        // Esc never quits.
        #expect(press([.escape, .escape], &state).isEmpty)
    }

    @Test("a new snapshot keeps the selected key and drops a vanished detail")
    func newSnapshot() {
        var state = Fixture.state(page: .apiKeys)
        press([.down, .down], &state)
        let id = state.selectedKey?.id
        _ = reduce(&state, .snapshot(Fixture.snapshot()))
        #expect(state.selectedKey?.id == id)
        press([.enter], &state)
        let fewer = Array(Fixture.snapshot().keys.filter { $0.id != id })
        _ = reduce(&state, .snapshot(Fixture.snapshot(keys: fewer)))
        #expect(state.keys.detailKeyID == nil)
        #expect(state.keys.rows.count == fewer.count)
    }
}

private extension Key {
    static let k = Key.char("k")
}
