import TermUI
import TestSupport
import Testing

@Suite("Drawing lines and truncated text")
struct TextDrawingTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    let theme = Theme.plainUnicode

    @Test("lines are aligned inside their area and styled per span")
    func alignedLines() {
        withUTF8Locale()
        var b = ScreenBuffer(width: 12, height: 3)
        b.put(Line("mid", alignment: .center), in: Rect(x: 2, y: 0, width: 8, height: 1), theme: theme)
        b.put(Line([Span("a", role: .title), Span("b", role: .dim)], alignment: .right), in: Rect(x: 0, y: 1, width: 12, height: 1), theme: theme)
        b.put(Line("漢字漢字漢字漢字"), in: Rect(x: 1, y: 2, width: 6, height: 1), theme: theme)
        #expect(b.textDump == dump(["    mid     ", "          ab", " 漢字…      "]))
        #expect(b[10, 1].style == theme.style(.title))
        #expect(b[11, 1].style == theme.style(.dim))
    }

    @Test("lines never leave their area or the buffer")
    func clipped() {
        var b = ScreenBuffer(width: 6, height: 2)
        #expect(b.put(Line("abcdefgh"), in: Rect(x: 3, y: 0, width: 10, height: 1), theme: theme) == 3)
        #expect(b.put(Line("abcdefgh"), in: Rect(x: 0, y: 5, width: 10, height: 1), theme: theme) == 0)
        #expect(b.put(Line("abcdefgh"), in: Rect(x: 0, y: 1, width: 0, height: 1), theme: theme) == 0)
        #expect(b.textDump == dump(["   ab…", "      "]))
    }

    @Test("putTruncated pads nothing and aligns within its width")
    func putTruncated() {
        var b = ScreenBuffer(width: 10, height: 2)
        b.fill(b.area, symbol: ".")
        b.putTruncated("42", x: 0, y: 0, width: 5, alignment: .right)
        b.putTruncated("overflowing", x: 0, y: 1, width: 6, ellipsis: "~")
        #expect(b.textDump == dump(["...42.....", "overf~...."]))
    }

    @Test("Table renders as a plain widget with no selection")
    func tableAsWidget() {
        let table = Table(columns: [TableColumn("Spend", width: .fixed(3), alignment: .right)], rows: [TableRow(["$1"])], theme: theme, sortColumn: 0)
        #expect(render(table, width: 5, height: 2) == dump(["  … ▼", "   $1"]))
    }
}
