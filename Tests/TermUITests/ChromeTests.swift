import TermUI
import TestSupport
import Testing

@Suite("Block, Tabs, Banner, KeyHints, Paragraph, TooSmall")
struct ChromeTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    let theme = Theme.plainUnicode

    // MARK: - Block

    @Test("block with a title; inner area is inside the border")
    func block() {
        let block = Block(title: "Spend", theme: theme)
        #expect(render(block, width: 12, height: 3) == dump(["┌ Spend ───┐", "│          │", "└──────────┘"]))
        #expect(block.inner(Rect(x: 2, y: 1, width: 12, height: 3)) == Rect(x: 3, y: 2, width: 10, height: 1))
    }

    @Test("long titles are cut with the ellipsis; footers sit in the bottom border")
    func titleAndFooter() {
        #expect(render(Block(title: "Spending per day", theme: theme), width: 8, height: 2) == dump(["┌ Spe… ┐", "└──────┘"]))
        #expect(render(Block(title: nil, theme: theme, footer: "1–3 of 9"), width: 16, height: 2)
            == dump(["┌──────────────┐", "└──── 1–3 of 9 ┘"]))
    }

    @Test("tiny blocks: nothing below 2×2, corners only at 2×2, empty inner")
    func tinyBlock() {
        #expect(render(Block(title: "T", theme: theme), width: 1, height: 1) == dump([" "]))
        #expect(render(Block(title: "Title", theme: theme), width: 2, height: 2) == dump(["┌┐", "└┘"]))
        #expect(Block(title: nil, theme: theme).inner(Rect(width: 1, height: 1)).isEmpty)
    }

    @Test("ASCII block")
    func asciiBlock() {
        #expect(render(Block(title: "Keys", theme: .plainASCII), width: 10, height: 3) == dump(["+ Keys --+", "|        |", "+--------+"]))
    }

    @Test("focused blocks draw their border in the title role (bold in monochrome)")
    func focused() {
        let b = renderBuffer(Block(title: nil, theme: theme, focused: true), width: 4, height: 2)
        #expect(b[0, 0].style.attributes.contains(.bold))
        #expect(renderBuffer(Block(title: nil, theme: theme), width: 4, height: 2)[0, 0].style == .plain)
    }

    // MARK: - Tabs

    @Test("tabs are numbered and the selected one is reversed in monochrome")
    func tabs() {
        let tabs = Tabs(titles: ["Usage", "Limits", "API keys", "Alerts(2)"], selected: 1, theme: theme)
        let b = renderBuffer(tabs, width: 50, height: 1)
        #expect(b.textDump == dump([" 1 Usage  2 Limits  3 API keys  4 Alerts(2)       "]))
        #expect(b.styleDump == "0 9+10: bold reverse")
    }

    @Test("narrow rows shrink the other tabs to their numbers")
    func compactTabs() {
        let tabs = Tabs(titles: ["Usage", "Limits", "API keys", "Alerts(2)"], selected: 1, theme: theme)
        #expect(render(tabs, width: 20, height: 1) == dump([" 1  2 Limits  3  4  "]))
        #expect(render(tabs, width: 8, height: 1) == dump([" 1  2 L…"]))
    }

    // MARK: - Banner and hints

    @Test("banner fills the row in its level's role")
    func banner() {
        let b = renderBuffer(Banner(text: "▲ Budget 75% reached", level: .warn, theme: theme), width: 24, height: 1)
        #expect(b.textDump == dump([" ▲ Budget 75% reached   "]))
        #expect(b.styleDump == "0 0+24: bold reverse")
        #expect(render(Banner(text: "Budget 75% reached", level: .critical, theme: theme), width: 10, height: 1) == dump([" Budget 7…"]))
        #expect(Banner(text: "", level: .info, theme: theme).role == .bannerInfo)
    }

    @Test("key hints drop whole hints that do not fit")
    func hints() {
        let hints = KeyHints(hints: [(key: "q", label: "quit"), (key: "?", label: "help"), (key: "/", label: "filter")], theme: theme)
        #expect(render(hints, width: 24, height: 1) == dump(["q quit  ? help  / filter"]))
        #expect(render(hints, width: 20, height: 1) == dump(["q quit  ? help      "]))
        #expect(render(hints, width: 3, height: 1) == dump(["   "]))
        var right = hints
        right.alignment = .right
        #expect(render(right, width: 16, height: 1) == dump(["  q quit  ? help"]))
        let b = renderBuffer(hints, width: 6, height: 1)
        #expect(b[0, 0].style == theme.style(.keyHint))
    }

    // MARK: - Paragraph

    @Test("paragraph lines are cut with the ellipsis and aligned")
    func paragraph() {
        let p = Paragraph(lines: ["hello world", Line("right", alignment: .right), Line([Span("a"), Span("漢字漢字", role: .dim)])], theme: theme)
        #expect(render(p, width: 8, height: 4) == dump(["hello w…", "   right", "a漢字漢…", "        "]))
    }

    // MARK: - Too small

    @Test("too-small message, one line when it fits, two otherwise")
    func tooSmall() {
        let t = TooSmall(minWidth: 60, minHeight: 16, theme: theme)
        #expect(render(t, width: 40, height: 3) == dump([
            String(repeating: " ", count: 40),
            "  Terminal too small: 40×3, need 60×16  ",
            String(repeating: " ", count: 40),
        ]))
        #expect(render(t, width: 20, height: 4) == dump([
            "                    ", "Terminal too small: ", "  20×4, need 60×16  ", "                    ",
        ]))
        #expect(render(t, width: 1, height: 1) == dump(["…"]))
        #expect(render(TooSmall(minWidth: 60, minHeight: 16, theme: .plainASCII), width: 36, height: 1)
            == dump(["Terminal too small: 36x1, need 60x16"]))
    }
}
