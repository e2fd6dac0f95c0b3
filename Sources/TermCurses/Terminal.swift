internal import CNCursesW
internal import CTermSupport
import Synchronization
import TermUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The curses session: sets the terminal up for the dashboard and puts it back afterwards.
///
/// Setup follows notes/tui-architecture.md §4.3: `setlocale(LC_ALL, "")` first; quit-signal
/// handlers (SIGINT/SIGTERM/SIGHUP → wake pipe) *before* `newterm`, so ncurses does not install
/// its exit handler; `newterm(NULL, stdout, stdin)`; cbreak, noecho, nonl, keypad, nodelay,
/// `set_escdelay`, invisible cursor; colours by tier; then the SIGWINCH wake-up (chained to
/// ncurses' handler), the crash restore (fatal signals and `exit` write sgr0/cnorm/rmkx/rmcup
/// and restore termios) and the stderr redirect.
///
/// ``shutdown()`` (also run by `deinit`) calls `endwin` and undoes all of it; it is idempotent.
/// Only one terminal is active per process. Not Sendable: create and use it on the UI thread
/// (checked in debug builds).
public final class Terminal {
    // MARK: - Capabilities

    /// Whether the locale's codeset is UTF-8 (`nl_langinfo(nl_item(CODESET))`): draw Unicode glyphs
    /// (``GlyphSet``) when true, ASCII ones otherwise.
    public let isUTF8: Bool
    /// The colour tier: ``ColorSupport/monochrome`` without colours, with `NO_COLOR` set
    /// (non-empty) or ``TerminalOptions/noColor``; ``ColorSupport/many`` with ≥ 256 colours;
    /// ``ColorSupport/eight`` otherwise.
    public let colorSupport: ColorSupport
    /// The `TERM` in use (e.g. `xterm-256color`).
    public let term: String
    /// Whether curses still owns the screen (false after ``shutdown()``).
    public private(set) var isActive = true

    /// Screen width in columns (follows resizes).
    public var width: Int {
        owner.check()
        return isActive ? Int(getmaxx(window)) : 0
    }

    /// Screen height in rows (follows resizes).
    public var height: Int {
        owner.check()
        return isActive ? Int(getmaxy(window)) : 0
    }

    // MARK: - Internals shared with Presenter and EventLoop

    /// `stdscr` of this session: drawn into and read from.
    let window: UnsafeMutablePointer<WINDOW>
    /// How colours map onto curses colour numbers.
    let colors: ColorMapping
    /// Wakes the event loop (mailbox posts, signals).
    let wake: WakePipe
    /// The descriptor ncurses reads keys from (0 unless headless).
    let inputFD: Int32
    /// Debug-build thread check.
    let owner = OwnerThread()

    private let screen: OpaquePointer
    private let isHeadless: Bool
    private var streams: [UnsafeMutablePointer<FILE>]
    private static let sessionActive = Atomic<Bool>(false)

    // MARK: - Setup

    /// Takes over the terminal on stdin/stdout.
    ///
    /// - Parameter options: colour override, stderr destination, ESC delay.
    /// - Throws: ``TerminalError/noTerm``, ``TerminalError/unsupportedTerminal(term:)``
    ///   (`TERM=dumb` or no cursor addressing), ``TerminalError/unknownTerminal(term:)`` (no
    ///   terminfo entry), ``TerminalError/notATerminal``, ``TerminalError/alreadyActive``, or
    ///   ``TerminalError/system(call:errno:)`` (e.g. the stderr log file cannot be opened).
    ///   The terminal and stderr are left as they were when it throws.
    public init(options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
        let term = Self.environment("TERM") ?? ""
        guard !term.isEmpty else { throw .noTerm }
        guard term != "dumb" else { throw .unsupportedTerminal(term: term) }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        try Self.claimSession()
        var succeeded = false
        defer { if !succeeded { Self.releaseSession() } }

        setlocale(LC_ALL, "")
        let wake = try WakePipe()
        _ = cts_save_tty(STDIN_FILENO)
        try Self.redirectStandardError(options.standardError)
        // Undoes the steps below when a later one fails.
        var undo: [() -> Void] = [cts_restore_stderr]
        defer { if !succeeded { undo.reversed().forEach { $0() } } }

        // An inherited signal mask may block the signals the loop relies on (seen when launched
        // from a thread-pool thread); unblock them before installing the handlers.
        _ = cts_unblock_terminal_signals()
        guard cts_install_quit_wakeup(wake.writeFD) == 0 else {
            throw .system(call: "sigaction", errno: errno)
        }
        undo.append(cts_uninstall_wakeups)
        guard let screen = newterm(nil, cts_stdout(), cts_stdin()) else {
            throw .unknownTerminal(term: term)
        }
        undo.append {
            endwin()
            delscreen(screen)
            cts_restore_tty()
        }
        guard Self.capability("cup") != nil, let window = cw_stdscr() else {
            throw .unsupportedTerminal(term: term)
        }
        self.term = term
        self.screen = screen
        self.window = window
        self.wake = wake
        self.inputFD = STDIN_FILENO
        self.streams = []
        self.isHeadless = false
        Self.configureModes(window, escapeDelay: options.escapeDelayMilliseconds)
        colors = Self.startColors(disabled: options.noColor || Self.noColorRequested)
        colorSupport = colors.support
        isUTF8 = Self.codesetIsUTF8

        _ = cts_install_winch_wakeup(wake.writeFD)
        let restore = Self.restoreSequence()
        _ = restore.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                cts_install_crash_restore(STDOUT_FILENO, $0.baseAddress, $0.count)
            }
        }
        succeeded = true
    }

    /// A session that draws to /dev/null at a fixed size, for tests: no tty, no signal
    /// handlers, no stderr redirect (notes/tui-architecture.md §3 V9).
    ///
    /// - Parameters:
    ///   - term: terminfo name, e.g. `xterm-256color`.
    ///   - width: columns; `height`: rows (`resize_term`).
    ///   - inputFD: where keys come from (duplicated; the caller keeps its descriptor); /dev/null
    ///     when `nil`.
    ///   - noColor: force monochrome.
    init(headless term: String, width: Int, height: Int, inputFD: Int32? = nil,
         noColor: Bool = false) throws(TerminalError) {
        try Self.claimSession()
        var succeeded = false
        defer { if !succeeded { Self.releaseSession() } }
        setlocale(LC_CTYPE, "C.UTF-8")
        let wake = try WakePipe()
        guard let output = fopen("/dev/null", "w") else {
            throw .system(call: "fopen", errno: errno)
        }
        let input = inputFD.flatMap { fd in fdopen(dup(fd), "r") } ?? fopen("/dev/null", "r")
        guard let input else {
            fclose(output)
            throw .system(call: "fdopen", errno: errno)
        }
        guard let screen = newterm(term, output, input), let window = cw_stdscr() else {
            fclose(output)
            fclose(input)
            throw .unknownTerminal(term: term)
        }
        resize_term(Int32(height), Int32(width))
        self.term = term
        self.screen = screen
        self.window = window
        self.wake = wake
        self.inputFD = fileno(input)
        self.streams = [output, input]
        self.isHeadless = true
        Self.configureModes(window, escapeDelay: 25)
        colors = Self.startColors(disabled: noColor)
        colorSupport = colors.support
        isUTF8 = Self.codesetIsUTF8
        succeeded = true
    }

    deinit { shutdown() }

    // MARK: - Teardown

    /// Gives the screen back: `endwin` (leaves the alternate screen, shows the cursor, restores
    /// the tty modes), puts back the signal handlers and stderr, frees the curses screen.
    ///
    /// Safe to call more than once; later calls do nothing.
    public func shutdown() {
        guard isActive else { return }
        owner.check()
        isActive = false
        if !isHeadless { cts_uninstall_crash_restore() }
        endwin()
        if !isHeadless {
            cts_uninstall_wakeups()
            cts_restore_tty()
            cts_restore_stderr()
        }
        delscreen(screen)
        for stream in streams { fclose(stream) }
        streams = []
        Self.releaseSession()
    }

    // MARK: - Resize (tests)

    /// Changes the curses screen size as SIGWINCH would (`resizeterm`, which queues
    /// `KEY_RESIZE` for the next key read).
    func resize(width: Int, height: Int) {
        owner.check()
        resizeterm(Int32(height), Int32(width))
    }

    // MARK: - Helpers

    /// Points stderr at /dev/null or a log file (or leaves it) while curses owns the screen.
    private static func redirectStandardError(
        _ destination: TerminalOptions.StandardError
    ) throws(TerminalError) {
        let result: Int32
        switch destination {
        case .keep: return
        case .discard: result = cts_redirect_stderr(nil)
        case .file(let path): result = cts_redirect_stderr(path)
        }
        guard result == 0 else { throw .system(call: "open stderr log", errno: errno) }
    }

    private static func configureModes(_ window: UnsafeMutablePointer<WINDOW>, escapeDelay: Int) {
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        nodelay(window, true)
        leaveok(window, true)
        set_escdelay(Int32(clamping: escapeDelay))
        curs_set(0)
    }

    /// `start_color` + `use_default_colors` and the tier, unless colours are off.
    private static func startColors(disabled: Bool) -> ColorMapping {
        guard !disabled, has_colors(), start_color() == OK else {
            return ColorMapping(support: .monochrome, hasDefaultColors: true, colorCount: 0)
        }
        let hasDefault = use_default_colors() == OK
        let count = Int(cw_colors())
        return ColorMapping(support: count >= 256 ? .many : .eight,
                            hasDefaultColors: hasDefault, colorCount: count)
    }

    /// `NO_COLOR` set to a non-empty value (no-color.org).
    private static var noColorRequested: Bool {
        !(environment("NO_COLOR") ?? "").isEmpty
    }

    private static var codesetIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset) == "UTF-8"
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// A terminfo string capability, or nil when absent.
    private static func capability(_ name: String) -> String? {
        guard let value = tigetstr(name), cw_tigetstr_present(value) != 0 else { return nil }
        return String(cString: value)
    }

    /// sgr0 + cnorm + rmkx + rmcup with `$<…>` padding removed: what the crash handler writes.
    private static func restoreSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = capability(name) else { continue }
            bytes += Array(stripPadding(value).utf8)
        }
        return Array(bytes.prefix(255))
    }

    /// Removes terminfo delay specifications (`$<5>`, `$<2/*>`) from a capability string.
    static func stripPadding(_ capability: String) -> String {
        var result = ""
        var inDelay = false
        var previous: Character?
        for ch in capability {
            if inDelay {
                if ch == ">" { inDelay = false }
            } else if ch == "<", previous == "$" {
                result.removeLast()
                inDelay = true
            } else {
                result.append(ch)
            }
            previous = ch
        }
        return result
    }

    private static func claimSession() throws(TerminalError) {
        guard sessionActive.compareExchange(expected: false, desired: true,
                                            ordering: .acquiringAndReleasing).exchanged
        else { throw .alreadyActive }
    }

    private static func releaseSession() {
        sessionActive.store(false, ordering: .releasing)
    }
}
