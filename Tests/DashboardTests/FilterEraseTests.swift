import Dashboard
import TermUI
import Testing
import UsageCore

/// `/` reopens the filter with its current text for editing; ^U erases it in one go.
@Suite("Filter erase")
struct FilterEraseTests {
    @Test("/ci Enter, then / ^U sup Enter leaves the filter 'sup'")
    func eraseWholeText() {
        var state = Fixture.state(page: .apiKeys, width: 120, height: 40)
        let keys: [Key] = [.char("/"), .char("c"), .char("i"), .enter, .char("/")]
        for key in keys { _ = reduce(&state, .key(key)) }
        #expect(state.keys.filterDraft == "ci", "the draft starts from the applied filter")
        for key in [Key.ctrl("u"), .char("s"), .char("u"), .char("p"), .enter] { _ = reduce(&state, .key(key)) }
        #expect(state.keys.filter == "sup")
        #expect(state.keys.filterDraft == nil)
    }

    @Test("^U is listed in help while typing a filter")
    func helpListsErase() {
        #expect(KeyMap.standard.bindings.contains { $0.keys.contains(.ctrl("u")) && $0.command == .filterErase })
    }
}
