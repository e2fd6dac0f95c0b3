import TermUI

/// Draws a whole screen from an ``AppState``: header, the current page, the status line, key
/// hints, and the help overlay on top when open; a "terminal too small" screen below
/// 60 × 16 cells instead of a squeezed layout.
///
/// Pure: the same state, theme and size always give the same buffer. Only visible table rows
/// are formatted, so a frame costs the same for 10 or 10,000 keys.
public enum RootView {
    /// The smallest size the dashboard draws, in cells (columns, rows).
    public static let minimumSize = (width: ScreenLayout.minWidth, height: ScreenLayout.minHeight)

    /// Renders `state` into a new `width` × `height` buffer using `theme`'s styles and glyphs.
    ///
    /// - Parameters:
    ///   - state: what to show.
    ///   - theme: colours and glyphs (``Theme/plainUnicode`` in tests).
    ///   - width: columns (usually the terminal's; ``AppState/width``).
    ///   - height: rows.
    public static func render(state: AppState, theme: Theme, width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: max(0, width), height: max(0, height))
        let layout = ScreenLayout(width: width, height: height, banner: AlertBanner.isShown(state))
        if layout.isTooSmall {
            TooSmall(minWidth: ScreenLayout.minWidth, minHeight: ScreenLayout.minHeight, theme: theme)
                .render(in: buffer.area, into: &buffer)
            return buffer
        }
        HeaderView(state: state, theme: theme).render(in: layout.header, into: &buffer)
        switch state.page {
        case .usage: UsagePage(state: state, theme: theme, layout: layout).render(into: &buffer)
        case .limits: LimitsPage(state: state, theme: theme).render(in: layout.body, into: &buffer)
        case .alerts: AlertsPage(state: state, theme: theme, layout: layout).render(into: &buffer)
        case .apiKeys:
            if let key = state.detailKey {
                KeyDetailView(key: key, state: state, theme: theme).render(in: layout.body, into: &buffer)
            } else {
                KeysPage(state: state, theme: theme, layout: layout).render(into: &buffer)
            }
        }
        AlertBanner(state: state, theme: theme).render(in: layout.bannerRow, into: &buffer)
        StatusLine(state: state, theme: theme).render(in: layout.status, into: &buffer)
        KeyHints(hints: KeyMap.standard.hints(for: state), theme: theme).render(in: layout.footer, into: &buffer)
        if let chooser = state.alertsPage.snooze {
            AlertSnoozeChooserView(chooser: chooser, now: state.now, theme: theme).render(in: layout.body, into: &buffer)
        }
        if state.helpVisible {
            let overlay = HelpOverlay(title: "Keys \(DashboardGlyphs(theme).dot) ? or Esc to close",
                                      sections: KeyMap.standard.helpSections(for: state.page), theme: theme)
            overlay.render(in: Rect(x: 0, y: 0, width: width, height: height - 1), into: &buffer)
        }
        return buffer
    }
}
