/// A semantic style role: what a piece of text *means*, never which colour it has.
///
/// Widgets ask the ``Theme`` for the ``Style`` of a role, so the same widget renders correctly
/// in 256 colours, 8 colours and monochrome (htop's `ColorElements` table, `CRT.h`;
/// `notes/tui-architecture.md` §4.2).
public enum Role: Sendable, Hashable {
    /// Ordinary text.
    case normal
    /// Secondary text (units, captions, "as of" times).
    case dim
    /// Titles of blocks and screens.
    case title
    /// Box-drawing borders.
    case border
    /// The selected tab.
    case tabActive
    /// Tabs that are not selected.
    case tabInactive
    /// Table header rows.
    case header
    /// The selected table row.
    case selection
    /// A healthy state (below every threshold, synced).
    case ok
    /// A warning state (a threshold is near).
    case warn
    /// A critical state (over a limit, firing alert).
    case critical
    /// Data that is older than it should be.
    case stale
    /// An error message.
    case error
    /// An informational banner row.
    case bannerInfo
    /// A warning banner row.
    case bannerWarn
    /// A critical banner row.
    case bannerCritical
    /// The key of a key hint (`q`, `?`).
    case keyHint
    /// The label of a key hint (`quit`, `help`).
    case keyHintLabel
    /// The demo-mode marker.
    case demo
    /// The colour of chart series `n` (stack segment, index 0 at the bottom); cycles.
    case series(Int)
    /// The filled part of a gauge (widgets usually use `.ok`/`.warn`/`.critical` instead).
    case gaugeFill
    /// The empty part of a gauge.
    case gaugeEmpty
    /// Threshold markers on gauges and charts.
    case marker
    /// Chart axes and their labels.
    case axis
    /// Estimated (not billed) figures.
    case estimate
    /// Missing data (no value, as opposed to zero).
    case missing
}
