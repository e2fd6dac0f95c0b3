import TermUI
import UsageCore

/// Everything that can change ``AppState``: key presses and what the outside world reports.
/// The event loop feeds these to ``reduce(_:_:)``.
public enum Action: Sendable {
    /// A key press; the reducer maps it through ``KeyMap/standard`` (taking filter-input mode
    /// into account).
    case key(Key)
    /// A command, already decided (tests, scripted input).
    case command(Command)
    /// New data from the sync service.
    case snapshot(DashboardSnapshot)
    /// The terminal is now `width` × `height` cells.
    case resize(width: Int, height: Int)
    /// The clock reads this time (Unix seconds UTC): expires flashes, ages relative times.
    case tick(UnixSeconds)
}

/// Something the reducer asks the outside world to do (the reducer itself has no side effects).
public enum Effect: Sendable, Hashable {
    /// Leave the program (restore the terminal, exit 0).
    case quit
    /// Ask the sync service to poll now instead of waiting for the next interval.
    case refreshNow
    /// Send a ``Action/tick(_:)`` at (or soon after) this time (Unix seconds UTC), e.g. to
    /// expire a flash message.
    case scheduleTick(at: UnixSeconds)
}
