import TermUI
import TestSupport
import Testing

@Suite("ScreenBuffer.put and fill")
struct ScreenBufferTests {
    init() { withUTF8Locale() }

    @Test("plain text is clipped at the right edge and returns the columns written")
    func clipsAtEdge() {
        var b = ScreenBuffer(width: 5, height: 1)
        #expect(b.put("abcdefg", x: 1, y: 0) == 4)
        #expect(b.textDump == "| abcd|")
    }

    @Test("maxWidth limits the run")
    func maxWidth() {
        var b = ScreenBuffer(width: 6, height: 1)
        #expect(b.put("abcdef", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(b.textDump == "|abc   |")
    }

    @Test("a wide glyph that would straddle the right edge is not drawn")
    func wideAtEdgeDoesNotFit() {
        var b = ScreenBuffer(width: 4, height: 1)
        #expect(b.put("ab漢", x: 1, y: 0) == 2)
        #expect(b.textDump == "| ab |")
        #expect(b[3, 0].symbol == " ")
    }

    @Test("a wide glyph takes its cell and a continuation cell")
    func wideContinuation() {
        var b = ScreenBuffer(width: 4, height: 1)
        #expect(b.put("漢x", x: 0, y: 0) == 3)
        #expect(b[0, 0].symbol == "漢")
        #expect(b[1, 0].isContinuation)
        #expect(b.textDump == "|漢x |")
    }

    @Test("overwriting the right half of a wide glyph blanks its left half")
    func overwriteRightHalf() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("漢字", x: 0, y: 0)
        b.put("x", x: 1, y: 0)
        #expect(b.textDump == "| x字|")
        #expect(!b[1, 0].isContinuation)
    }

    @Test("overwriting the left half of a wide glyph blanks its right half")
    func overwriteLeftHalf() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("漢字", x: 0, y: 0)
        b.put("y", x: 2, y: 0)
        #expect(b.textDump == "|漢y |")
        #expect(b[3, 0].symbol == " ")
    }

    @Test("a wide glyph written over the middle of two wide glyphs blanks both outer halves")
    func wideOverTwoHalves() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("漢字", x: 0, y: 0)
        b.put("中", x: 1, y: 0)
        #expect(b.textDump == "| 中 |")
    }

    @Test("control characters become ? and zero-width marks are kept in their grapheme")
    func controlAndCombining() {
        var b = ScreenBuffer(width: 6, height: 1)
        #expect(b.put("a\u{07}e\u{301}b", x: 0, y: 0) == 4)
        #expect(b.textDump == "|a?e\u{301}b  |")
    }

    @Test("text starting left of the buffer keeps its full remaining width")
    func negativeX() {
        var b = ScreenBuffer(width: 5, height: 1)
        b.put("abcdefgh", x: -2, y: 0)
        #expect(b.textDump == "|cdefg|")
    }

    @Test("a wide glyph cut by the left edge leaves a blank")
    func wideCutOnLeft() {
        var b = ScreenBuffer(width: 3, height: 1)
        b.put("xyz", x: 0, y: 0)
        b.put("漢ab", x: -1, y: 0)
        #expect(b.textDump == "| ab|")
    }

    @Test("writes outside the buffer are ignored, including zero-width buffers")
    func outside() {
        var b = ScreenBuffer(width: 3, height: 2)
        #expect(b.put("x", x: 0, y: 2) == 0)
        #expect(b.put("x", x: 0, y: -1) == 0)
        #expect(b.put("x", x: 3, y: 0) == 0)
        #expect(b.textDump == "|   |\n|   |")
        var empty = ScreenBuffer(width: 0, height: 1)
        #expect(empty.put("漢", x: -1, y: 0) == 0)
    }

    @Test("fill over half of a wide glyph does not leave the other half dangling")
    func fillHalves() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("漢字中", x: 0, y: 0)
        b.fill(Rect(x: 1, y: 0, width: 2, height: 1), symbol: "-")
        #expect(b.textDump == "| -- 中|")
        #expect(b.line(0) == " -- 中")
    }

    @Test("styleDump lists non-plain runs")
    func styleDump() {
        var b = ScreenBuffer(width: 5, height: 2)
        b.put("ab", x: 1, y: 1, style: Style(fg: .red, attributes: .bold))
        #expect(b.styleDump == "1 1+2: fg=red bold")
    }
}
