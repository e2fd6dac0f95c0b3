import TermUI
import TestSupport
import Testing

@Suite("Sparkline")
struct SparklineTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    let theme = Theme.plainUnicode

    @Test("nine levels; nil is the missing glyph, zero is blank")
    func levels() {
        let s = Sparkline(values: [0, 1, 2, 4, 8, nil, 8], theme: theme)
        #expect(render(s, width: 10, height: 1) == dump([" ▁▂▄█·█   "]))
    }

    @Test("a tiny positive value still shows the lowest bar")
    func tinyPositive() {
        #expect(render(Sparkline(values: [0.01, 100], theme: theme), width: 2, height: 1) == dump(["▁█"]))
    }

    @Test("more values than columns shows the most recent, scaled to those shown")
    func tail() {
        #expect(render(Sparkline(values: [100, 1, 2, 3, 4, 5, 6, 7, 8], theme: theme), width: 4, height: 1) == dump(["▅▆▇█"]))
    }

    @Test("an explicit maximum scales the bars")
    func maxValue() {
        #expect(render(Sparkline(values: [4, 8, 16], theme: theme, maxValue: 8), width: 3, height: 1) == dump(["▄██"]))
    }

    @Test("all missing, NaN and negative values")
    func odd() {
        #expect(render(Sparkline(values: [nil, nil, nil], theme: theme), width: 3, height: 1) == dump(["···"]))
        #expect(render(Sparkline(values: [.nan, -3, 2], theme: theme), width: 3, height: 1) == dump(["· █"]))
        #expect(render(Sparkline(values: [], theme: theme), width: 3, height: 1) == dump(["   "]))
        #expect(render(Sparkline(values: [1, 2], theme: theme), width: 0, height: 0) == dump([]))
    }

    @Test("ASCII levels; the missing glyph differs from every level")
    func ascii() {
        #expect(render(Sparkline(values: [nil, 0, 1, 4, 8], theme: .plainASCII), width: 5, height: 1) == dump([". _-#"]))
        #expect(!GlyphSet.ascii.barLevels.contains(GlyphSet.ascii.sparkMissing))
        #expect(!GlyphSet.unicode.barLevels.contains(GlyphSet.unicode.sparkMissing))
    }

    @Test("missing samples use the missing role, bars the given role")
    func styles() {
        let theme = Theme.make(colors: .many, unicode: true)
        let b = renderBuffer(Sparkline(values: [nil, 3], theme: theme, role: .series(2)), width: 2, height: 1)
        #expect(b[0, 0].style == theme.style(.missing))
        #expect(b[1, 0].style == theme.style(.series(2)))
    }
}
