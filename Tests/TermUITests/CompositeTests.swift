import TermUI
import TestSupport
import Testing

/// Whole screens assembled from the widgets, as the dashboard does, checked against snapshot files.
@Suite("Composite screens")
struct CompositeTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    /// A usage-page-like screen: tabs, chart, summary, table with sparklines, banner, hints.
    static func screen(theme: Theme, width: Int = 80, height: Int = 24) -> ScreenBuffer {
        var b = ScreenBuffer(width: width, height: height)
        let rows = Layout.vertical([.length(1), .length(8), .fill(), .length(1), .length(1)]).split(b.area)
        b.render(Tabs(titles: ["Usage", "Limits", "API keys", "Alerts(2)"], selected: 0, theme: theme), in: rows[0])

        let top = Layout.horizontal([.fill(2), .length(30)]).split(rows[1])
        let chartBlock = Block(title: "Spend per day, USD", theme: theme, focused: true)
        b.render(chartBlock, in: top[0])
        var days: [BarColumn] = []
        for d in 1...14 {
            let a = Double(d % 5) * 4, c = Double(d % 3) * 3
            let e: Double = d == 12 ? 9 : 1
            days.append(d == 9 ? .missing(label: "\(d)") : BarColumn(segments: [a, c, e], label: "\(d)"))
        }
        b.render(StackedBarChart(columns: days, theme: theme, valueLabel: { "\(Int($0))" }, maxValue: 40), in: chartBlock.inner(top[0]))
        let monthBlock = Block(title: "This month", theme: theme)
        b.render(monthBlock, in: top[1])
        let inner = monthBlock.inner(top[1])
        b.render(Paragraph(lines: [
            Line([Span("Spend     ", role: .dim), Span("$412.37")]),
            Line([Span("Limit     ", role: .dim), Span("$500.00 "), Span("82%", role: .warn)]),
            Line([Span("Forecast  ", role: .dim), Span(theme.glyphs.approx + "$441 (Nov 30)", role: .estimate)]),
        ], theme: theme), in: inner.inset(left: 1))
        b.render(Gauge(ratio: 0.82, label: "82%", markers: [GaugeMarker(ratio: 0.5, label: "50"), GaugeMarker(ratio: 0.75, label: "75")],
                       theme: theme), in: inner.inset(left: 1, top: 4))

        let names = ["gpt-4.1", "gpt-4.1-mini", "o3 推論モデル", "text-embedding-3-large", "🚀 batch", "whisper-1", "tts-1", "dall-e-3"]
        var rowsData: [TableRow] = []
        for (i, name) in names.enumerated() {
            let spark: [Double?] = (0..<14).map { d -> Double? in d == 3 + i ? nil : Double((d * (i + 2)) % 11) }
            let share = i == 2 ? TableCell("n/a", role: .missing) : TableCell("\(70 - i * 9).0%")
            let cells = [TableCell(name), TableCell("$\(300 - i * 37).\(10 + i)"), share, TableCell.spark(spark)]
            rowsData.append(TableRow(cells, role: i == 7 ? .dim : nil))
        }
        let table = Table(
            columns: [
                TableColumn("Model", width: .flex(min: 8)), TableColumn("Spend", width: .fixed(8), alignment: .right),
                TableColumn("Share", width: .fixed(6), alignment: .right), TableColumn("14 days", width: .fixed(14)),
            ],
            rows: rowsData, theme: theme, sortColumn: 1, block: Block(title: "By model", theme: theme)
        )
        var state = TableState(selected: 6)
        b.render(table, in: rows[2], state: &state)
        b.render(Banner(text: theme.glyphs.arrowUp + " Budget 75% reached Nov 24 — a: acknowledge", level: .warn, theme: theme), in: rows[3])
        b.render(KeyHints(hints: [(key: "?", label: "help"), (key: "/", label: "filter"), (key: "r", label: "refresh"), (key: "q", label: "quit")],
                          theme: theme, alignment: .right), in: rows[4])
        return b
    }

    @Test("usage-like screen, Unicode, 80×24")
    func unicode() {
        withUTF8Locale()
        let b = Self.screen(theme: .plainUnicode)
        for y in 0..<b.height { #expect(DisplayWidth.of(b.line(y)) == 80, "row \(y)") }
        assertSnapshot(b.textDump, named: "usage-screen-unicode-80x24")
    }

    @Test("usage-like screen, ASCII, 60×16")
    func ascii() {
        withUTF8Locale()
        assertSnapshot(Self.screen(theme: .plainASCII, width: 60, height: 16).textDump, named: "usage-screen-ascii-60x16")
    }

    @Test("styles of the usage-like screen in 8 colours")
    func eightColourStyles() {
        withUTF8Locale()
        assertSnapshot(Self.screen(theme: .make(colors: .eight, unicode: true)).styleDump, named: "usage-screen-styles-8")
    }

    @Test("monochrome screens carry no colour at all")
    func monochrome() {
        withUTF8Locale()
        let b = Self.screen(theme: .plainUnicode)
        #expect(b.cells.allSatisfy { $0.style.fg == .default && $0.style.bg == .default })
    }

    @Test("every widget stays inside its area on tiny screens", arguments: [(0, 0), (1, 1), (3, 2), (10, 4), (20, 6), (33, 9)])
    func tiny(width: Int, height: Int) {
        withUTF8Locale()
        // Drawn at an offset inside a larger buffer, to catch writes outside the area.
        var outer = ScreenBuffer(width: width + 4, height: height + 4)
        outer.fill(outer.area, symbol: "x")
        #expect(Self.screen(theme: .plainUnicode, width: width, height: height).height == height)
        let area = Rect(x: 2, y: 2, width: width, height: height)
        outer.fill(area)
        for widget in Self.allWidgets {
            var b = outer
            widget.render(in: area, into: &b)
            for y in 0..<b.height {
                for x in 0..<b.width where !area.contains(x: x, y: y) {
                    #expect(b[x, y].symbol == "x", "\(type(of: widget)) wrote at \(x),\(y) outside \(area)")
                }
            }
        }
    }

    @Test("areas hanging off the buffer's edges are clipped without crashing", arguments: [
        Rect(x: -3, y: -2, width: 20, height: 8), Rect(x: 10, y: 4, width: 30, height: 10), Rect(x: -50, y: 0, width: 40, height: 3),
    ])
    func offEdges(area: Rect) {
        var blank = ScreenBuffer(width: 16, height: 6)
        blank.fill(blank.area, symbol: "x")
        for widget in Self.allWidgets {
            var b = blank
            widget.render(in: area, into: &b)
            for y in 0..<b.height {
                for x in 0..<b.width where !area.contains(x: x, y: y) {
                    #expect(b[x, y].symbol == "x", "\(type(of: widget)) wrote at \(x),\(y) outside \(area)")
                }
            }
        }
    }

    /// One of every widget, with awkward content.
    static var allWidgets: [any Widget] {
        [
            Tabs(titles: ["Usage", "Limits"], selected: 1, theme: .plainUnicode),
            Block(title: "Title", theme: .plainUnicode, footer: "1–2 of 3"),
            Gauge(ratio: 1.5, label: "150%", markers: [GaugeMarker(ratio: 1, label: "100")], theme: .plainUnicode),
            Sparkline(values: [1, nil, 3], theme: .plainUnicode),
            StackedBarChart(columns: [BarColumn(segments: [1, 2], label: "a")], theme: .plainUnicode, valueLabel: { "\($0)" }),
            Banner(text: "warning", level: .critical, theme: .plainUnicode),
            KeyHints(hints: [(key: "q", label: "quit")], theme: .plainUnicode),
            HelpOverlay(title: "Help", sections: [(title: "A", rows: [(keys: "q", text: "quit")])], theme: .plainUnicode),
            TooSmall(minWidth: 60, minHeight: 16, theme: .plainUnicode),
            Paragraph(lines: ["漢字漢字漢字", "abc"], theme: .plainUnicode),
            Table(columns: [TableColumn("A", width: .flex(min: 1))], rows: [TableRow(["漢字"]), TableRow(["b"])], theme: .plainUnicode,
                  block: Block(title: "T", theme: .plainUnicode)),
        ]
    }
}
