import TermUI
import TestSupport
import Testing

@testable import TermCurses

/// Every TermCurses test lives in this one serialized suite: ncurses, signal dispositions and
/// file descriptor 2 are process-global (notes/tui-architecture.md §3 V10). Tests that need a
/// screen use a headless session: `newterm` on /dev/null (§3 V9), never a real tty.
@Suite("TermCurses", .serialized)
struct TermCursesTests {
    init() { withUTF8Locale() }

    /// Runs `body` with a headless session of `width` × `height`, shut down afterwards.
    func withHeadless<T>(
        term: String = "xterm-256color", width: Int = 20, height: Int = 5, inputFD: Int32? = nil,
        noColor: Bool = false, _ body: (Terminal) throws -> T
    ) throws -> T {
        let terminal = try Terminal(headless: term, width: width, height: height,
                                    inputFD: inputFD, noColor: noColor)
        defer { terminal.shutdown() }
        return try body(terminal)
    }
}
