import Dashboard
import TermCurses
import TermUI
import UsageCore

/// What background tasks tell the UI thread, through the ``Mailbox``.
enum AppMessage: Sendable {
    /// A fresh snapshot built from the cache after a poll (or at start), or after an alert was
    /// acknowledged or snoozed.
    case snapshot(DashboardSnapshot)
    /// Alerts fired in a poll: ring the terminal bell once (only the UI thread touches curses).
    case bell
    /// A key's detail, loaded for ``Effect/loadKeyDetail(_:)``.
    case keyDetail(KeyDetail)
    /// A poll started: only the sync state changes.
    case syncState(SyncState)
    /// Alerts were acknowledged or snoozed: the alerts as now stored.
    case alerts([AlertRecord])
}

/// The background side of the dashboard as the UI thread sees it: something it can ask to poll
/// now, hand the cache work of an effect to, and stop on exit.
protocol BackgroundWork: Sendable {
    /// Polls now instead of at the next interval (`r`).
    func refreshNow()
    /// Performs an effect that reads or writes the cache, off the UI thread:
    /// ``Effect/acknowledge(alertID:)``, ``Effect/acknowledgeAll``, ``Effect/snooze(alertID:until:)``
    /// (answered by a new ``AppMessage/snapshot(_:)``) and ``Effect/loadKeyDetail(_:)``
    /// (answered by ``AppMessage/keyDetail(_:)``). Other effects are ignored.
    func perform(_ effect: Effect)
    /// Stops polling (on quit).
    func stop()
}

/// Runs the interactive dashboard on the calling thread — the process's main thread — until the
/// user quits or the terminal goes away: terminal setup, the `poll(2)` event loop, the reducer
/// and the presenter, with snapshots arriving through the mailbox (DESIGN.md §5).
struct DashboardRunner {
    /// The first snapshot (from the warm cache, or empty), drawn before any network call.
    var initial: DashboardSnapshot
    /// Seconds between polls, for the stale marker.
    var pollInterval: Int64
    /// Monochrome even when the terminal has colours (`--no-color`; `NO_COLOR` is read by TermCurses).
    var noColor: Bool
    /// ASCII glyphs even in a UTF-8 locale (`--ascii`).
    var ascii: Bool
    /// Where stderr goes while curses owns the screen (`nil`: discarded).
    var stderrLog: String?
    /// The app clock (simulated or wall), for ticks.
    var clock: any UsageClock
    /// Starts the background work; it calls `post` with each message for the UI thread
    /// (snapshots, bells, key details), from any thread.
    var startBackground: (_ post: @escaping @Sendable (AppMessage) -> Void) -> any BackgroundWork

    /// Runs until quit; returns the process exit status (0 on a normal quit).
    /// - Throws: ``TerminalError`` when the terminal cannot be set up (the message names `TERM`).
    func run() throws -> Int32 {
        let terminal = try Terminal(options: TerminalOptions(
            noColor: noColor, standardError: stderrLog.map { .file($0) } ?? .discard))
        defer { terminal.shutdown() }
        let theme = Theme.make(colors: terminal.colorSupport, unicode: terminal.isUTF8 && !ascii)
        let loop = EventLoop(terminal: terminal)
        let mailbox = Mailbox<AppMessage>(terminal: terminal)
        var state = AppState(snapshot: initial, width: terminal.width, height: terminal.height, pollInterval: pollInterval)
        let work = startBackground { mailbox.post($0) }
        defer { work.stop() }
        var tickTargets: [LoopTimer: UnixSeconds] = [:]

        func perform(_ effects: [Effect]) -> LoopControl {
            for effect in effects {
                switch effect {
                case .quit:
                    return .quit
                case .refreshNow:
                    work.refreshNow()
                case .scheduleTick(let at):
                    let wait = max(0, at - clock.now())
                    let timer = loop.scheduleTimer(after: .seconds(wait))
                    tickTargets[timer] = at
                case .acknowledge, .acknowledgeAll, .snooze, .loadKeyDetail:
                    work.perform(effect)
                }
            }
            return .redraw
        }

        loop.run(mailbox: mailbox, handle: { event in
            switch event {
            case .key(let key):
                // Bring the state's clock up to date first: a flash scheduled from a stale `now`
                // (the last snapshot's) would expire at once.
                _ = reduce(&state, .tick(clock.now()))
                return perform(reduce(&state, .key(key)))
            case .resize(let width, let height):
                return perform(reduce(&state, .resize(width: width, height: height)))
            case .message(.snapshot(let snapshot)):
                return perform(reduce(&state, .snapshot(snapshot)))
            case .message(.bell):
                terminal.bell()
                return .continue(redraw: false)
            case .message(.keyDetail(let detail)):
                return perform(reduce(&state, .keyDetail(detail)))
            case .message(.syncState(let sync)):
                return perform(reduce(&state, .syncState(sync)))
            case .message(.alerts(let alerts)):
                return perform(reduce(&state, .alerts(alerts)))
            case .timer(let timer):
                // A stopped simulated clock (`--speed 0`) never reaches the target by itself.
                let target = tickTargets.removeValue(forKey: timer) ?? clock.now()
                return perform(reduce(&state, .tick(max(clock.now(), target))))
            case .quitRequested:
                return .quit
            }
        }, render: { width, height in
            RootView.render(state: state, theme: theme, width: width, height: height)
        })
        return 0
    }
}
