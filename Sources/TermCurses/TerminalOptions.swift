/// How ``Terminal`` sets up the screen.
public struct TerminalOptions: Sendable, Equatable {
    /// Where standard error goes while curses owns the screen.
    public enum StandardError: Sendable, Equatable {
        /// Leave it alone (anything written corrupts the screen).
        case keep
        /// Send it to /dev/null until ``Terminal/shutdown()``.
        case discard
        /// Append it to the file at this path (created 0600) until ``Terminal/shutdown()``.
        case file(String)
    }

    /// Force monochrome even when the terminal has colours (`--no-color`). A non-empty
    /// `NO_COLOR` environment variable has the same effect.
    public var noColor: Bool
    /// Where stderr goes meanwhile; default ``StandardError/discard``.
    public var standardError: StandardError
    /// ESC delay in milliseconds: how long a lone Esc waits for the rest of an escape sequence
    /// (`set_escdelay`; ncurses' default of 1000 ms makes Esc feel broken).
    public var escapeDelayMilliseconds: Int

    /// Creates options; the defaults suit the dashboard.
    public init(noColor: Bool = false, standardError: StandardError = .discard,
                escapeDelayMilliseconds: Int = 25) {
        self.noColor = noColor
        self.standardError = standardError
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
    }
}
