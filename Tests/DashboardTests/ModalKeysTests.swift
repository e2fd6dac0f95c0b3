import Dashboard
import TermUI
import Testing
import UsageCore

/// Keys must not act on things hidden behind the help overlay or a key's detail.
@Suite("Modal keys")
struct ModalKeysTests {
    @discardableResult
    func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    @Test("while help is open, movement keys do not move the hidden table")
    func helpBlocksMovement() {
        var state = Fixture.state(page: .apiKeys)
        press([.char("?")], &state)
        let before = state.keys.position
        press([.char("j"), .down, .pageDown, .end, .char("k"), .char("s"), .char("/"), .enter], &state)
        #expect(state.helpVisible)
        #expect(state.keys.position == before)
        #expect(state.keys.sortColumn == .spend)
        #expect(!state.keys.isEditingFilter)
        #expect(state.keys.detailKeyID == nil)
        // Page keys and quit still act; a page key also closes help.
        press([.char("1")], &state)
        #expect(state.page == .usage && !state.helpVisible)
        press([.char("?")], &state)
        #expect(press([.char("q")], &state) == [.quit])
    }

    @Test("while help is open on the Usage page, range and view keys do nothing")
    func helpBlocksUsageKeys() {
        var state = Fixture.state(page: .usage)
        press([.char("?"), .char("["), .char("v"), .char("g"), .char("j")], &state)
        #expect(state.usage.range == .monthToDate)
        #expect(state.usage.view == .cost)
        #expect(state.usage.group == .model)
        #expect(state.usage.table.selected == 0)
        press([.escape], &state)
        #expect(!state.helpVisible)
    }

    @Test("in a key's detail, s, S and / do not change the hidden list")
    func detailBlocksListKeys() {
        var state = Fixture.state(page: .apiKeys)
        press([.down, .enter], &state)
        let id = state.keys.detailKeyID
        #expect(id != nil)
        let sort = (state.keys.sortColumn, state.keys.sortDescending)
        press([.char("s"), .char("S"), .char("/"), .char("j"), .enter], &state)
        #expect(state.keys.sortColumn == sort.0 && state.keys.sortDescending == sort.1)
        #expect(!state.keys.isEditingFilter)
        #expect(state.keys.detailKeyID == id)
        press([.escape], &state)
        #expect(state.keys.detailKeyID == nil)
        press([.char("s")], &state)
        #expect(state.keys.sortColumn != sort.0)
    }

    @Test("the detail's footer shows its own hints, not the list's")
    func detailFooter() {
        var state = Fixture.state(page: .apiKeys)
        press([.enter], &state)
        let labels = KeyMap.standard.hints(for: state).map(\.label)
        #expect(labels.first == "back")
        #expect(!labels.contains("sort") && !labels.contains("filter") && !labels.contains("detail"))
        #expect(labels.contains("quit"))
        let text = RootView.render(state: state, theme: .plainUnicode, width: 80, height: 24).plainText
        #expect(text.contains("Esc back"))
        #expect(!text.contains("/ filter"))
    }
}

/// API keys page keys pressed on other pages say where they work, or act where they make sense.
@Suite("Keys on other pages")
struct ElsewhereKeysTests {
    @Test("s, S and / on the Usage page flash where they work and change nothing")
    func flashes() {
        for key in [Key.char("s"), .char("S"), .char("/")] {
            var state = Fixture.state(page: .usage)
            let effects = reduce(&state, .key(key))
            #expect(state.flash?.text.contains("API keys page") == true, "\(key)")
            #expect(effects.contains { if case .scheduleTick = $0 { true } else { false } })
            #expect(state.keys.sortColumn == .spend && state.keys.sortDescending)
            #expect(!state.keys.isEditingFilter)
            #expect(state.page == .usage)
        }
    }

    @Test("Enter on a Usage row grouped by API key opens that key's detail")
    func enterOpensKey() {
        var state = Fixture.state(page: .usage)
        _ = reduce(&state, .key(.enter))
        #expect(state.flash?.text.contains("group by API key") == true)
        #expect(state.page == .usage)
        state.usage.group = .apiKey
        _ = reduce(&state, .key(.down))
        _ = reduce(&state, .key(.enter))
        #expect(state.page == .apiKeys)
        let id = state.keys.detailKeyID
        #expect(id != nil)
        #expect(state.snapshot.series[.apiKey]?.contains { $0.id == id } == true)
        // Esc goes back to the list.
        _ = reduce(&state, .key(.escape))
        #expect(state.keys.detailKeyID == nil)
    }
}
