/// A widget whose rendering reads and updates a separate state value, such as scroll offset and
/// selection (ratatui's `StatefulWidget`; `notes/tui-architecture.md` §2.1).
///
/// The state lives in the app (e.g. `AppState`), the widget is rebuilt every frame.
public protocol StatefulWidget {
    /// The state the widget reads and corrects (e.g. ``TableState``).
    associatedtype State
    /// Draws into `area` of `buffer`, adjusting `state` so it is consistent with what was drawn;
    /// must not write outside `area`.
    func render(in area: Rect, into buffer: inout ScreenBuffer, state: inout State)
}
