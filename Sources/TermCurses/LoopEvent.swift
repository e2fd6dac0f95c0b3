import TermUI

/// Something the ``EventLoop`` hands to the app's `handle` closure, on the UI thread.
public enum LoopEvent<Message: Sendable>: Sendable {
    /// A key press (decoded from `wget_wch`).
    case key(Key)
    /// The terminal was resized; the new size in columns and rows. A redraw follows anyway.
    case resize(width: Int, height: Int)
    /// A message a background task posted to the ``Mailbox``.
    case message(Message)
    /// SIGINT, SIGTERM or SIGHUP arrived: quit gracefully (return ``LoopControl/quit``).
    case quitRequested
    /// A timer from ``EventLoop/scheduleTimer(after:)`` is due.
    case timer(LoopTimer)
}

/// What the app wants after handling one ``LoopEvent``.
public enum LoopControl: Sendable, Equatable {
    /// Keep running; `redraw` when the state changed and the screen must be rendered again.
    /// Several events in one wake-up still cause one render.
    case `continue`(redraw: Bool)
    /// Leave ``EventLoop/run(mailbox:handle:render:)`` now (events not yet handled are dropped).
    case quit

    /// Keep running and render again.
    public static let redraw = LoopControl.continue(redraw: true)
    /// Keep running; nothing visible changed.
    public static let idle = LoopControl.continue(redraw: false)
}

/// Why ``EventLoop/run(mailbox:handle:render:)`` returned.
public enum LoopExit: Sendable, Equatable {
    /// `handle` returned ``LoopControl/quit``.
    case quit
    /// The terminal went away: stdin hung up or failed (`POLLHUP`/`POLLERR`), or the terminal
    /// was shut down.
    case inputClosed
}
