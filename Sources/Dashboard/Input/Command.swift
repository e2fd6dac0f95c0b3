/// What a key press asks for, independent of the key (the right-hand side of the ``KeyMap``).
public enum Command: Sendable, Hashable {
    /// Show a page (`1`–`3`).
    case showPage(Page)
    /// Next page (Tab).
    case nextPage
    /// Previous page (Shift-Tab).
    case previousPage
    /// Move the selection by this many rows (↑ ↓ j k).
    case moveSelection(Int)
    /// One screen up (PgUp).
    case pageUp
    /// One screen down (PgDn).
    case pageDown
    /// First row (Home).
    case first
    /// Last row (End).
    case last
    /// Open the selected item's detail (Enter).
    case openDetail
    /// Close the topmost thing: help, detail, filter (Esc). Never quits.
    case back
    /// Older range on the Usage page (`[`).
    case olderRange
    /// Newer range on the Usage page (`]`).
    case newerRange
    /// Cost ⇄ Activity (`v`).
    case toggleView
    /// Next grouping (`g`).
    case cycleGroup
    /// Next Usage page project filter: all projects → each project → all (`p`).
    case cycleProjectFilter
    /// Next sort column (`s`).
    case nextSortColumn
    /// Reverse the sort (`S`).
    case reverseSort
    /// Start typing a filter (`/`).
    case startFilter
    /// A character typed into the filter.
    case filterInput(Character)
    /// Delete the last filter character (Backspace).
    case filterBackspace
    /// While typing a filter: erase the whole text typed so far (^U, as in a shell).
    case filterErase
    /// Apply the typed filter (Enter).
    case applyFilter
    /// Leave filter input and clear the filter (Esc).
    case cancelFilter
    /// Acknowledge the selected alert on the Alerts page, else the newest firing one (`a`).
    case acknowledgeAlert
    /// Acknowledge every firing alert (`A`).
    case acknowledgeAllAlerts
    /// Open the snooze chooser for the selected or newest firing alert (`z`).
    case snoozeAlert
    /// Move the snooze chooser's highlight by this many entries (↑ ↓ while it is open).
    case snoozeMove(Int)
    /// Snooze for this chooser entry at once (`1`–`4` while it is open).
    case snoozePick(AlertSnoozeChoice)
    /// Snooze for the highlighted chooser entry (Enter while it is open).
    case snoozeConfirm
    /// Close the snooze chooser without snoozing (Esc while it is open).
    case snoozeCancel
    /// Poll now (`r`).
    case refresh
    /// Open or close help (`?`).
    case toggleHelp
    /// Quit (`q`, ^C).
    case quit
}
