import TermUI
import Testing

@testable import TermCurses

extension TermCursesTests {
    // MARK: - Presenter round trips through ncurses' physical screen (curscr)

    @Test("ASCII text reaches the screen unchanged")
    func presentsASCII() throws {
        try withHeadless { terminal in
            var buffer = ScreenBuffer(width: 20, height: 5)
            buffer.put("usagetop", x: 0, y: 0)
            buffer.put("$12.34 today", x: 3, y: 2)
            buffer.put("edge", x: 16, y: 4)
            Presenter(terminal: terminal).present(buffer)
            let screen = terminal.screenContents()
            #expect(screen.textDump == buffer.textDump)
            #expect(screen == buffer)
        }
    }

    @Test("a wide CJK glyph occupies two cells and the text after it stays aligned")
    func presentsWideGlyphs() throws {
        try withHeadless { terminal in
            var buffer = ScreenBuffer(width: 20, height: 5)
            buffer.put("漢字 key", x: 1, y: 1)
            buffer.put("é ✓", x: 0, y: 3)
            Presenter(terminal: terminal).present(buffer)
            let screen = terminal.screenContents()
            #expect(screen[1, 1].symbol == "漢")
            #expect(screen[2, 1].isContinuation)
            #expect(screen[3, 1].symbol == "字")
            #expect(screen[4, 1].isContinuation)
            #expect(screen.line(1) == " 漢字 key" + String(repeating: " ", count: 11))
            #expect(screen == buffer)
        }
    }

    @Test("colours and attributes come back as presented in the 256-colour tier")
    func presentsStyles() throws {
        try withHeadless { terminal in
            #expect(terminal.colorSupport == .many)
            var buffer = ScreenBuffer(width: 20, height: 5)
            buffer.put("bold", x: 0, y: 0, style: Style(attributes: .bold))
            buffer.put("rev", x: 5, y: 0, style: Style(attributes: [.reverse, .underline]))
            buffer.put("dim", x: 9, y: 0, style: Style(attributes: .dim))
            buffer.put("warn", x: 0, y: 1, style: Style(fg: .yellow, bg: .blue))
            buffer.put("crit", x: 5, y: 1, style: Style(fg: .indexed(196), attributes: .bold))
            buffer.put("gray", x: 10, y: 1, style: Style(fg: .indexed(244), bg: .indexed(17)))
            buffer.put("漢", x: 0, y: 2, style: Style(fg: .green))
            Presenter(terminal: terminal).present(buffer)
            let screen = terminal.screenContents()
            #expect(screen[0, 0].style == Style(attributes: .bold))
            #expect(screen[6, 0].style == Style(attributes: [.reverse, .underline]))
            #expect(screen[9, 0].style == Style(attributes: .dim))
            #expect(screen[2, 1].style == Style(fg: .yellow, bg: .blue))
            #expect(screen[5, 1].style == Style(fg: .indexed(196), attributes: .bold))
            #expect(screen[13, 1].style == Style(fg: .indexed(244), bg: .indexed(17)))
            #expect(screen[1, 2].style == Style(fg: .green))
            #expect(screen == buffer)
        }
    }

    @Test("a second frame rewrites only the row that changed")
    func secondFrameWritesChangedRowOnly() throws {
        try withHeadless { terminal in
            let presenter = Presenter(terminal: terminal)
            var first = ScreenBuffer(width: 20, height: 5)
            first.put("header", x: 0, y: 0)
            first.put("synced 3 min ago", x: 0, y: 4)
            presenter.present(first)
            #expect(presenter.rowsWrittenLastFrame == 5)

            var second = first
            second.put("synced 4", x: 0, y: 4, style: Style(attributes: .bold))
            presenter.present(second)
            #expect(presenter.rowsWrittenLastFrame == 1)
            #expect(terminal.screenContents() == second)

            presenter.present(second)
            #expect(presenter.rowsWrittenLastFrame == 0)
        }
    }

    @Test("after a resize the presenter repaints the whole new size")
    func repaintsAfterResize() throws {
        try withHeadless(width: 10, height: 4) { terminal in
            let presenter = Presenter(terminal: terminal)
            var small = ScreenBuffer(width: 10, height: 4)
            small.put("0123456789", x: 0, y: 0)
            presenter.present(small)
            terminal.resize(width: 14, height: 6)
            #expect(terminal.width == 14 && terminal.height == 6)
            presenter.invalidate()
            var large = ScreenBuffer(width: 14, height: 6)
            large.put("wider screen", x: 1, y: 5)
            presenter.present(large)
            #expect(presenter.rowsWrittenLastFrame == 6)
            #expect(terminal.screenContents() == large)
        }
    }

    @Test("a buffer larger than the screen is clipped; a wide glyph cut by the edge becomes a space")
    func clipsToScreen() throws {
        try withHeadless(width: 6, height: 2) { terminal in
            var buffer = ScreenBuffer(width: 8, height: 3)
            buffer.put("abcde漢x", x: 0, y: 0)
            buffer.put("hidden", x: 0, y: 2)
            Presenter(terminal: terminal).present(buffer)
            let screen = terminal.screenContents()
            #expect(screen.textDump == "|abcde |\n|      |")
        }
    }

    @Test("8-colour terminals get the nearest ANSI colour for palette indices")
    func eightColourTier() throws {
        try withHeadless(term: "xterm") { terminal in
            #expect(terminal.colorSupport == .eight)
            var buffer = ScreenBuffer(width: 20, height: 5)
            buffer.put("crit", x: 0, y: 0, style: Style(fg: .indexed(196), attributes: .bold))
            buffer.put("info", x: 0, y: 1, style: Style(fg: .indexed(21), bg: .indexed(231)))
            Presenter(terminal: terminal).present(buffer)
            let screen = terminal.screenContents()
            #expect(screen[0, 0].style == Style(fg: .red, attributes: .bold))
            #expect(screen[0, 1].style == Style(fg: .blue, bg: .white))
        }
    }

    @Test("monochrome drops colours but keeps attributes")
    func monochromeTier() throws {
        try withHeadless(noColor: true) { terminal in
            #expect(terminal.colorSupport == .monochrome)
            var buffer = ScreenBuffer(width: 20, height: 5)
            buffer.put("OVER", x: 0, y: 0, style: Style(fg: .red, bg: .yellow, attributes: [.bold, .reverse]))
            Presenter(terminal: terminal).present(buffer)
            #expect(terminal.screenContents()[0, 0] == Cell("O", style: Style(attributes: [.bold, .reverse])))
        }
    }

    // MARK: - Session

    @Test("an unknown TERM is a clear error naming it")
    func unknownTerm() {
        #expect(throws: TerminalError.unknownTerminal(term: "no-such-terminal-usagetop")) {
            try Terminal(headless: "no-such-terminal-usagetop", width: 10, height: 3)
        }
        #expect(TerminalError.unknownTerminal(term: "vt9000").description.contains("TERM=vt9000"))
    }

    @Test("only one session at a time; shutdown is idempotent and frees the slot")
    func sessionLifecycle() throws {
        let terminal = try Terminal(headless: "xterm-256color", width: 10, height: 3)
        #expect(throws: TerminalError.alreadyActive) {
            try Terminal(headless: "xterm-256color", width: 10, height: 3)
        }
        #expect(terminal.isActive && terminal.isUTF8)
        terminal.shutdown()
        terminal.shutdown()
        #expect(!terminal.isActive)
        #expect(terminal.width == 0)
        let again = try Terminal(headless: "xterm-256color", width: 10, height: 3)
        again.shutdown()
    }

    @Test("terminfo padding is removed from the crash-restore sequence", arguments: [
        ("\u{1B}[m$<2>", "\u{1B}[m"),
        ("\u{1B}[?1049l$<5/*>\u{1B}[23;0;0t", "\u{1B}[?1049l\u{1B}[23;0;0t"),
        ("cost $5", "cost $5"),
    ])
    func stripsPadding(input: String, expected: String) {
        #expect(Terminal.stripPadding(input) == expected)
    }
}
