import TermUI
import TestSupport
import Testing

@Suite("Theme and GlyphSet")
struct ThemeTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    static let roles: [Role] = [
        .normal, .dim, .title, .border, .tabActive, .tabInactive, .header, .selection, .ok, .warn, .critical, .stale,
        .error, .bannerInfo, .bannerWarn, .bannerCritical, .keyHint, .keyHintLabel, .demo, .gaugeFill, .gaugeEmpty,
        .marker, .axis, .estimate, .missing,
    ] + (-1...9).map { Role.series($0) }

    @Test("monochrome uses attributes only, never a colour")
    func monochromeHasNoColour() {
        for role in Self.roles {
            let s = Theme.plainUnicode.style(role)
            #expect(s.fg == .default && s.bg == .default, "\(role)")
        }
    }

    @Test("monochrome tells selection, active tab and banners apart from normal text")
    func monochromeDistinct() {
        let t = Theme.plainASCII
        for role in [Role.selection, .tabActive, .bannerInfo, .bannerWarn, .bannerCritical, .header, .critical, .warn] {
            #expect(t.style(role) != t.style(.normal), "\(role)")
        }
        #expect(t.style(.selection).attributes.contains(.reverse))
        #expect(t.style(.tabActive).attributes.contains(.reverse))
        // Gauge fills are glyphs: reverse video would make them look empty.
        for role in [Role.ok, .warn, .critical, .gaugeFill] { #expect(!t.style(role).attributes.contains(.reverse)) }
    }

    @Test("eight colours use only the ANSI colours")
    func eightColours() {
        for role in Self.roles {
            let s = Theme.make(colors: .eight, unicode: true).style(role)
            for c in [s.fg, s.bg] {
                if case .indexed = c { Issue.record("\(role) uses a 256-colour index") }
            }
        }
    }

    @Test("series styles differ for neighbouring stack segments in colour tiers")
    func series() {
        for tier in [ColorSupport.eight, .many] {
            let t = Theme.make(colors: tier, unicode: true)
            for i in 0..<5 { #expect(t.style(.series(i)) != t.style(.series(i + 1)), "\(tier) \(i)") }
        }
        #expect(Set(GlyphSet.unicode.seriesFill).count == GlyphSet.unicode.seriesFill.count)
        #expect(Set(GlyphSet.ascii.seriesFill).count == GlyphSet.ascii.seriesFill.count)
        #expect(GlyphSet.ascii.seriesGlyph(5) == GlyphSet.ascii.seriesGlyph(1))
        #expect(GlyphSet.ascii.seriesGlyph(-2) == "#")
    }

    static func glyphs(_ g: GlyphSet) -> [String] {
        [g.horizontal, g.vertical, g.topLeft, g.topRight, g.bottomLeft, g.bottomRight, g.sparkMissing, g.axisTick,
         g.axisVertical, g.axisOrigin, g.gaugeFull, g.gaugeEmpty, g.marker, g.pointer, g.ellipsis, g.arrowUp, g.arrowDown,
         g.bullet, g.approx, g.rangeDash, g.times] + g.barLevels + g.seriesFill + g.gaugePartial
    }

    @Test("the ASCII set is 7-bit; every glyph in both sets is one column wide")
    func glyphWidths() {
        withUTF8Locale()
        for s in Self.glyphs(.ascii) { #expect(s.unicodeScalars.allSatisfy { $0.isASCII }, "\(s)") }
        for s in Self.glyphs(.ascii) + Self.glyphs(.unicode) { #expect(DisplayWidth.of(s) == 1, "\(s)") }
        #expect(GlyphSet.unicode.barLevels.count == 9 && GlyphSet.ascii.barLevels.count == 9)
        #expect(GlyphSet.unicode.gaugePartial.count == 7)
        #expect(GlyphSet.unicode.barLevel(eighths: 12) == "█" && GlyphSet.unicode.barLevel(eighths: -1) == " ")
    }

    @Test("make picks glyphs by the unicode flag")
    func make() {
        #expect(Theme.make(colors: .many, unicode: false).glyphs == .ascii)
        #expect(Theme.make(colors: .monochrome, unicode: true) == .plainUnicode)
    }

    @Test("a screen drawn with the ASCII set contains only 7-bit characters")
    func asciiScreen() {
        let theme = Theme.plainASCII
        var b = ScreenBuffer(width: 40, height: 12)
        let rows = Layout.vertical([.length(1), .length(1), .length(6), .fill(), .length(1)]).split(b.area)
        b.render(Tabs(titles: ["Usage", "Limits"], selected: 0, theme: theme), in: rows[0])
        b.render(Gauge(ratio: 1.3, label: "130%", markers: [GaugeMarker(ratio: 0.5, label: "50")], theme: theme), in: rows[1])
        let chart = StackedBarChart(columns: [BarColumn(segments: [1, 2], label: "1"), .missing(label: "2")], theme: theme,
                                    valueLabel: { String(Int($0)) })
        let block = Block(title: "Spend per day", theme: theme)
        b.render(block, in: rows[2])
        b.render(chart, in: block.inner(rows[2]))
        var state = TableState(selected: 2)
        let table = Table(columns: [TableColumn("Key", width: .flex(min: 3)), TableColumn("14d", width: .fixed(4))],
                          rows: (0..<5).map { TableRow([TableCell("key-\($0)"), .spark([1, nil, 3, Double($0)])]) },
                          theme: theme, sortColumn: 0)
        b.render(table, in: rows[3], state: &state)
        b.render(KeyHints(hints: [(key: "q", label: "quit")], theme: theme), in: rows[4])
        for y in 0..<b.height { #expect(b.line(y).unicodeScalars.allSatisfy { $0.isASCII }, "\(b.line(y))") }
        #expect(b.plainText.contains("130% OVER"))
        #expect(b.plainText.contains("> key-2"))
        assertSnapshot(b.textDump, named: "ascii-screen")
    }
}
