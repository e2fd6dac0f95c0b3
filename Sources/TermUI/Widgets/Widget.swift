/// Something that draws itself into a rectangle of a ``ScreenBuffer``.
///
/// Widgets are cheap value types rebuilt every frame from the app state (immediate mode, as in
/// ratatui); they never touch the terminal and never keep state between frames — scroll and
/// selection live in a separate state value (see `TableState`).
public protocol Widget {
    /// Draws into `area` of `buffer`; must not write outside `area`.
    func render(in area: Rect, into buffer: inout ScreenBuffer)
}
