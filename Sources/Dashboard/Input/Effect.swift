import UsageCore

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
