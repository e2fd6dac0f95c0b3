import TermUI
import TestSupport
import Testing

@Suite("Table and TableState")
struct TableTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    let theme = Theme.plainUnicode

    func numbered(_ n: Int) -> [TableRow] {
        (0..<n).map { TableRow([TableCell("row\($0)"), TableCell("\($0)")]) }
    }

    var columns: [TableColumn] {
        [TableColumn("Name", width: .flex(min: 4)), TableColumn("Spend", width: .fixed(8), alignment: .right)]
    }

    // MARK: - State

    @Test("select keeps the selection visible (htop Panel rule)")
    func selectScrolls() {
        var s = TableState()
        s.select(7, rowCount: 10, viewHeight: 3)
        #expect(s == TableState(selected: 7, offset: 5))
        s.select(2, rowCount: 10, viewHeight: 3)
        #expect(s == TableState(selected: 2, offset: 2))
        s.select(50, rowCount: 10, viewHeight: 3)
        #expect(s == TableState(selected: 9, offset: 7))
        s.select(-4, rowCount: 10, viewHeight: 3)
        #expect(s == TableState(selected: 0, offset: 0))
        s.select(3, rowCount: 0, viewHeight: 3)
        #expect(s == TableState(selected: nil, offset: 0))
    }

    @Test("move, page, first and last clamp at the ends")
    func moves() {
        var s = TableState()
        s.move(by: 1, rowCount: 5, viewHeight: 2)
        #expect(s.selected == 0)
        s.move(by: -1, rowCount: 5, viewHeight: 2)
        #expect(s.selected == 0)
        s.page(1, rowCount: 5, viewHeight: 3)
        #expect(s == TableState(selected: 2, offset: 0))
        s.page(5, rowCount: 5, viewHeight: 3)
        #expect(s == TableState(selected: 4, offset: 2))
        s.selectFirst(rowCount: 5, viewHeight: 3)
        #expect(s == TableState(selected: 0, offset: 0))
        s.selectLast(rowCount: 5, viewHeight: 3)
        #expect(s == TableState(selected: 4, offset: 2))
        var none = TableState()
        none.move(by: -1, rowCount: 5, viewHeight: 3)
        #expect(none.selected == 4)
    }

    @Test("clamp removes blank rows below the end when the list shrinks")
    func clampShrink() {
        var s = TableState(selected: nil, offset: 40)
        s.clamp(rowCount: 10, viewHeight: 4)
        #expect(s.offset == 6)
        #expect(s.visibleRows(rowCount: 10, viewHeight: 4) == 6..<10)
    }

    // MARK: - Rendering

    @Test("selection past the viewport scrolls; indicator in the last row without a block")
    func scrolledSelection() {
        let table = Table(columns: columns, rows: numbered(10), theme: theme, sortColumn: 1)
        var state = TableState(selected: 7, offset: 0)
        #expect(table.viewHeight(for: Rect(width: 20, height: 5)) == 3)
        let text = render(table, width: 20, height: 5, state: &state)
        #expect(state == TableState(selected: 7, offset: 5))
        #expect(text == dump([
            "  Name       Spend ▼",
            "  row5             5",
            "  row6             6",
            "▶ row7             7",
            "           6–8 of 10",
        ]))
    }

    @Test("with a block the indicator goes in the bottom border and every inner row shows data")
    func blockIndicator() {
        let table = Table(columns: columns, rows: numbered(10), theme: theme, sortColumn: 0, sortDescending: false,
                          block: Block(title: "Keys", theme: theme))
        var state = TableState(selected: 9)
        #expect(render(table, width: 22, height: 5, state: &state) == dump([
            "┌ Keys ──────────────┐",
            "│  Name ▲       Spend│",
            "│  row8             8│",
            "│▶ row9             9│",
            "└──────── 9–10 of 10 ┘",
        ]))
        #expect(state == TableState(selected: 9, offset: 8))
    }

    @Test("the selected row is reversed in monochrome and keeps cell roles on top")
    func selectionStyle() {
        let rows = [TableRow([TableCell("a"), TableCell("OVER", role: .critical)]), TableRow([TableCell("b"), TableCell("1")])]
        var state = TableState(selected: 0)
        var b = ScreenBuffer(width: 20, height: 3)
        Table(columns: columns, rows: rows, theme: theme).render(in: b.area, into: &b, state: &state)
        #expect(b[0, 1].symbol == "▶")
        #expect(b[0, 1].style == Style(attributes: .reverse))
        #expect(b[19, 1].style == Style(attributes: [.bold, .underline, .reverse]))
        #expect(b[0, 2].style == .plain)
        #expect(b[0, 0].style == Style(attributes: [.bold, .underline]))
    }

    @Test("CJK and emoji names are cut by display width and keep later columns aligned")
    func wideNames() {
        withUTF8Locale()
        let names = ["support-bot", "サポートボット用キー", "🚀 launch-key-prod", "plain", "漢a字b漢c字d漢e", "e\u{301}cole"]
        let rows = names.map { TableRow([TableCell($0), TableCell("12.4M"), TableCell("ana@example.com")]) }
        let cols = [
            TableColumn("Name", width: .flex(min: 6)), TableColumn("Tokens", width: .fixed(6), alignment: .right),
            TableColumn("Owner", width: .fixed(8)),
        ]
        for width in [26, 27, 28, 31, 40] {
            var state = TableState(selected: 1)
            var b = ScreenBuffer(width: width, height: names.count + 1)
            Table(columns: cols, rows: rows, theme: theme).render(in: b.area, into: &b, state: &state)
            let widths = Table(columns: cols, rows: rows, theme: theme).columnWidths(width: width)
            let ownerX = 2 + widths[0] + 2 + widths[1] + 2
            for y in 0..<b.height {
                #expect(DisplayWidth.of(b.line(y)) == width, "row \(y) at width \(width): \(b.line(y))")
                if y > 0 {
                    #expect(b[ownerX, y].symbol == "a", "owner column misaligned in row \(y) at width \(width)")
                    #expect(b[ownerX - 3, y].symbol == "M", "tokens column misaligned in row \(y) at width \(width)")
                }
            }
        }
        var state = TableState()
        #expect(render(Table(columns: cols, rows: Array(rows.prefix(3)), theme: theme), width: 28, height: 4, state: &state) == dump([
            "  Name      Tokens  Owner   ",
            "  support…   12.4M  ana@exa…",
            "  サポー…    12.4M  ana@exa…",
            "  🚀 laun…   12.4M  ana@exa…",
        ]))
        #expect(Table(columns: cols, rows: rows, theme: theme).columnWidths(width: 25) == [15, 6, 0])
    }

    @Test("columns that do not fit are dropped from the right; the first is cut")
    func dropsColumns() {
        let table = Table(columns: columns, rows: numbered(2), theme: theme, showHeader: false)
        #expect(table.columnWidths(width: 10) == [8, 0])
        #expect(render(table, width: 10, height: 2) == dump(["  row0    ", "  row1    "]))
        #expect(table.columnWidths(width: 4) == [2, 0])
        #expect(render(table, width: 1, height: 1) == dump([" "]))
        #expect(render(table, width: 0, height: 0) == dump([]))
    }

    @Test("flex columns share the leftover width")
    func flexShare() {
        let cols = [TableColumn("A", width: .flex(min: 2)), TableColumn("B", width: .fixed(3)), TableColumn("C", width: .flex(min: 2))]
        let table = Table(columns: cols, rows: [], theme: theme, columnSpacing: 1)
        #expect(table.columnWidths(width: 2 + 2 + 1 + 3 + 1 + 2 + 5) == [5, 3, 4])
    }

    @Test("sparkline cells, missing cells, row roles")
    func sparkCells() {
        let cols = [TableColumn("Key", width: .fixed(4)), TableColumn("14d", width: .fixed(5)), TableColumn("X", width: .fixed(1))]
        let rows = [
            TableRow([TableCell("a"), .spark([0, 2, nil, 4, 8])]),
            TableRow([TableCell("old")], role: .dim),
        ]
        var state = TableState()
        var b = ScreenBuffer(width: 16, height: 3)
        Table(columns: cols, rows: rows, theme: theme).render(in: b.area, into: &b, state: &state)
        #expect(b.textDump == dump(["  Key   14d    X", "  a      ▂·▄█   ", "  old           "]))
        #expect(b[2, 2].style == theme.style(.dim))
    }

    @Test("a header-only table (no rows) and a one-row area")
    func degenerate() {
        var state = TableState(selected: 3, offset: 9)
        #expect(render(Table(columns: columns, rows: [], theme: theme), width: 20, height: 2, state: &state)
            == dump(["  Name         Spend", "                    "]))
        #expect(state == TableState(selected: nil, offset: 0))
        var one = TableState(selected: 1)
        #expect(render(Table(columns: columns, rows: numbered(3), theme: theme), width: 20, height: 1, state: &one)
            == dump(["▶ row1             1"]))
    }
}

@Suite("Sort markers")
struct SortMarkerTests {
    @Test("the ASCII descending marker is not the letter v (the v key)")
    func asciiSortMarker() {
        #expect(GlyphSet.ascii.sortDescending == "\\/")
        #expect(GlyphSet.ascii.sortAscending == "/\\")
        #expect(GlyphSet.unicode.sortDescending == "▼")
        let table = Table(columns: [TableColumn("Spend", width: .fixed(10))], rows: [], theme: .plainASCII, sortColumn: 0)
        var state = TableState()
        let text = render(table, width: 12, height: 3, state: &state)
        #expect(text.contains("Spend \\/"), "\(text)")
    }
}
