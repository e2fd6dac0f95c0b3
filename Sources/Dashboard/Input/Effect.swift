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
    /// Acknowledge one alert (``AlertRecord/id``) at the current time: persist it in the cache.
    case acknowledge(alertID: String)
    /// Acknowledge every firing alert at the current time.
    case acknowledgeAll
    /// Snooze one alert until this time (Unix seconds UTC): persist it in the cache.
    case snooze(alertID: String, until: UnixSeconds)
    /// Load a key's detail for a range from the cache, off the UI thread; the result comes
    /// back as ``Action/keyDetail(_:)``.
    case loadKeyDetail(KeyDetailRequest)
}
