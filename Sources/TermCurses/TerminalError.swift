/// Why the terminal could not be set up.
///
/// Every case carries a message fit for the user: it names `TERM` where that is the cause.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `TERM` is unset or empty.
    case noTerm
    /// ncurses has no terminfo entry for `TERM` (`newterm` returned NULL).
    case unknownTerminal(term: String)
    /// The terminal cannot position the cursor (`TERM=dumb`, or no `cup` capability).
    case unsupportedTerminal(term: String)
    /// stdin or stdout is not a terminal (e.g. output piped to a file).
    case notATerminal
    /// Another ``Terminal`` is active in this process (ncurses is process-global).
    case alreadyActive
    /// A system call failed; `errno` is the C error number.
    case system(call: String, errno: Int32)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .noTerm:
            "TERM is not set; run usagetop inside a terminal (e.g. TERM=xterm-256color)"
        case .unknownTerminal(let term):
            "unknown terminal type TERM=\(term): no terminfo entry (try TERM=xterm-256color)"
        case .unsupportedTerminal(let term):
            "terminal TERM=\(term) cannot position the cursor; usagetop needs a full-screen terminal"
        case .notATerminal:
            "stdin and stdout must be a terminal (usagetop is interactive)"
        case .alreadyActive:
            "a terminal session is already active in this process"
        case .system(let call, let code):
            "\(call) failed (errno \(code))"
        }
    }
}
