internal import CNCursesW
internal import CTermSupport
import TermUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The UI thread's loop: blocks in `poll(2)` on stdin and the wake pipe, turns what woke it into
/// ``LoopEvent``s, and renders once per wake-up when something changed
/// (notes/tui-architecture.md §4.3).
///
/// The `poll` timeout is the next timer deadline or -1: there is no fixed tick, so an idle
/// dashboard uses no CPU. After each wake-up the loop, in order: drains the wake pipe (a quit
/// signal becomes ``LoopEvent/quitRequested``); reads every key with `wget_wch` in nodelay mode
/// until `ERR` (`KEY_RESIZE` becomes ``LoopEvent/resize(width:height:)``); drains the
/// ``Mailbox``; fires due timers; then, if any `handle` asked for a redraw or the size changed,
/// calls `render` once and presents the buffer. `EINTR` is retried; a hung-up stdin ends the
/// loop.
///
/// Not Sendable: create and run it on the thread that created the ``Terminal``. Never
/// `@MainActor` code while it runs (its jobs would not run; §3 V12).
public final class EventLoop {
    /// The terminal the loop reads from and draws to.
    public let terminal: Terminal
    private let presenter: Presenter
    private let clock = ContinuousClock()
    private var timers = TimerQueue()

    /// Consecutive wake-ups where stdin was readable but no key came out (htop's dead-terminal
    /// guard): the loop gives up after this many rather than spin.
    private static let maxSpuriousInputWakes = 100

    /// A loop over `terminal`, drawing with its own ``Presenter``.
    public init(terminal: Terminal) {
        self.terminal = terminal
        presenter = Presenter(terminal: terminal)
    }

    // MARK: - Timers

    /// Delivers ``LoopEvent/timer(_:)`` once, `delay` from now (e.g. the time to the next minute
    /// boundary, for "synced 3 min ago" labels). Callable from `handle`.
    @discardableResult
    public func scheduleTimer(after delay: Duration) -> LoopTimer {
        timers.schedule(at: clock.now.advanced(by: delay))
    }

    /// Delivers ``LoopEvent/timer(_:)`` once at `deadline` on the continuous clock.
    @discardableResult
    public func scheduleTimer(at deadline: ContinuousClock.Instant) -> LoopTimer {
        timers.schedule(at: deadline)
    }

    /// Cancels `timer` if it has not fired yet.
    public func cancelTimer(_ timer: LoopTimer) {
        timers.cancel(timer)
    }

    /// Makes the next frame clear the terminal and repaint every row (e.g. on Ctrl-L).
    public func invalidateScreen() {
        presenter.invalidate()
    }

    // MARK: - Running

    /// Renders the first frame, then runs until `handle` returns ``LoopControl/quit`` or the
    /// terminal goes away.
    ///
    /// - Parameters:
    ///   - mailbox: messages from background tasks, delivered as ``LoopEvent/message(_:)``.
    ///     Create it with ``Mailbox/init(terminal:)`` on this loop's terminal.
    ///   - handle: reduces one event into the app state; returns whether to redraw or quit.
    ///   - render: draws the whole screen for a size in columns × rows; called once at start
    ///     and then at most once per wake-up.
    /// - Returns: why the loop ended. The caller then calls ``Terminal/shutdown()``.
    @discardableResult
    public func run<Message: Sendable>(
        mailbox: Mailbox<Message>,
        handle: (LoopEvent<Message>) -> LoopControl,
        render: (_ width: Int, _ height: Int) -> ScreenBuffer
    ) -> LoopExit {
        terminal.owner.check()
        guard terminal.isActive else { return .inputClosed }
        presenter.present(render(terminal.width, terminal.height))
        var fds = [
            pollfd(fd: terminal.inputFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: terminal.wake.readFD, events: Int16(POLLIN), revents: 0),
        ]
        var spuriousInputWakes = 0
        while terminal.isActive {
            fds[0].revents = 0
            fds[1].revents = 0
            let ready = poll(&fds, nfds_t(fds.count), timers.pollTimeout(now: clock.now))
            if ready < 0 {
                if errno == EINTR { continue }
                return .inputClosed
            }
            let inputReadable = fds[0].revents & Int16(POLLIN) != 0
            let inputGone = fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
            var redraw = false

            // 1. Wake pipe: quit signals (resize and post bytes only wake us).
            if fds[1].revents & Int16(POLLIN) != 0, terminal.wake.drain().quit {
                _ = cts_take_quit_signal()
                guard apply(handle(.quitRequested), to: &redraw) else { return .quit }
            }
            // 2. Keys, including KEY_RESIZE queued by ncurses' SIGWINCH handling.
            var keysRead = 0
            while terminal.isActive {
                var code: wint_t = 0
                let status = wget_wch(terminal.window, &code)
                if status == ERR { break }
                keysRead += 1
                switch KeyDecoder.decode(status: status, code: code) {
                case .key(let key):
                    guard apply(handle(.key(key)), to: &redraw) else { return .quit }
                case .resize:
                    presenter.invalidate()
                    redraw = true
                    let event = LoopEvent<Message>.resize(width: terminal.width, height: terminal.height)
                    guard apply(handle(event), to: &redraw) else { return .quit }
                case .ignored:
                    break
                }
            }
            if inputGone { return .inputClosed }
            spuriousInputWakes = inputReadable && keysRead == 0 ? spuriousInputWakes + 1 : 0
            if spuriousInputWakes >= Self.maxSpuriousInputWakes { return .inputClosed }
            // 3. Mailbox.
            for message in mailbox.drain() {
                guard apply(handle(.message(message)), to: &redraw) else { return .quit }
            }
            // 4. Timers.
            for timer in timers.popExpired(now: clock.now) {
                guard apply(handle(.timer(timer)), to: &redraw) else { return .quit }
            }
            // 5. One frame for everything above.
            if redraw, terminal.isActive {
                presenter.present(render(terminal.width, terminal.height))
            }
        }
        return .inputClosed
    }

    /// Folds one ``LoopControl`` into `redraw`; false means quit.
    private func apply(_ control: LoopControl, to redraw: inout Bool) -> Bool {
        switch control {
        case .quit:
            return false
        case .continue(let again):
            redraw = redraw || again
            return true
        }
    }
}
