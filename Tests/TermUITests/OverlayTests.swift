import TermUI
import TestSupport
import Testing

@Suite("HelpOverlay")
struct OverlayTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    let theme = Theme.plainUnicode
    let sections: [(title: String, rows: [(keys: String, text: String)])] = [
        (title: "Pages", rows: [(keys: "1–4 Tab", text: "switch page"), (keys: "?", text: "this help")]),
        (title: "Lists", rows: [(keys: "↑↓ j k", text: "move"), (keys: "PgUp PgDn", text: "page"), (keys: "s S", text: "sort")]),
        (title: "Other", rows: [(keys: "r", text: "refresh now"), (keys: "q", text: "quit")]),
    ]

    @Test("centred box over existing content, keys aligned across sections")
    func overlay() {
        var b = ScreenBuffer(width: 44, height: 16)
        b.fill(b.area, symbol: "x")
        b.render(HelpOverlay(title: "Keys", sections: sections, theme: theme), in: b.area)
        assertSnapshot(b.textDump, named: "help-overlay")
    }

    @Test("too short: the last visible row shows the ellipsis; too narrow: rows are cut")
    func small() {
        withUTF8Locale()
        let overlay = HelpOverlay(title: "Keys", sections: sections, theme: theme)
        let text = render(overlay, width: 16, height: 6)
        #expect(text == dump([
            "┌ Keys ────────┐",
            "│ Pages        │",
            "│   1–4 Tab  … │",
            "│   ?        … │",
            "│ …            │",
            "└──────────────┘",
        ]))
        #expect(overlay.box(in: Rect(width: 100, height: 50)) == Rect(x: 36, y: 18, width: 28, height: 14))
        #expect(render(overlay, width: 1, height: 1) == dump([" "]))
    }
}
