import TermUI
import TestSupport
import Testing

@Suite("Terminal capabilities and placement")
struct CapabilityTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    @Test("colour tier from ncurses and NO_COLOR", arguments: [
        (true, 256, nil as String?, false, ColorSupport.many),
        (true, 88, nil, false, .eight),
        (true, 8, nil, false, .eight),
        (true, 256, "1", false, .monochrome),
        (true, 256, "", false, .many),
        (false, 0, nil, false, .monochrome),
        (true, 2, nil, false, .monochrome),
        (true, 256, nil, true, .monochrome),
    ])
    func tiers(hasColors: Bool, count: Int, noColor: String?, force: Bool, expected: ColorSupport) {
        #expect(ColorSupport.detect(hasColors: hasColors, colorCount: count, noColor: noColor, forceMonochrome: force) == expected)
    }

    @Test("Unicode glyphs only for a UTF-8 codeset and no ASCII flag")
    func codeset() {
        #expect(GlyphSet.unicodeUsable(codeset: "UTF-8"))
        #expect(GlyphSet.unicodeUsable(codeset: "utf8"))
        #expect(!GlyphSet.unicodeUsable(codeset: "ANSI_X3.4-1968"))
        #expect(!GlyphSet.unicodeUsable(codeset: "UTF-8", forceASCII: true))
    }

    @Test("centred and inset rects stay inside")
    func placement() {
        let r = Rect(x: 10, y: 5, width: 20, height: 9)
        #expect(r.centered(width: 6, height: 3) == Rect(x: 17, y: 8, width: 6, height: 3))
        #expect(r.centered(width: 50, height: 50) == r)
        #expect(r.centered(width: -1, height: 2).isEmpty)
        #expect(r.inset(left: 2, right: 1, top: 1) == Rect(x: 12, y: 6, width: 17, height: 8))
        #expect(r.inset(left: 30).width == 0)
    }
}
