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
    /// A key's detail loaded from the cache (answer to ``Effect/loadKeyDetail(_:)``).
    case keyDetail(KeyDetail)
    /// Only the sync state changed (a poll started): the data on screen stays, so nothing
    /// computed per snapshot is redone.
    case syncState(SyncState)
    /// Only the alerts changed (acknowledged or snoozed, here or by `usagetop alerts`): the
    /// stored alerts replace the snapshot's, without redoing the per-snapshot work.
    case alerts([AlertRecord])
}
