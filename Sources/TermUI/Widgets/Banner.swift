/// One full-width message row (alerts, sync errors, demo notice) styled by severity.
///
/// The whole row takes the level's role (``Role/bannerInfo``, ``Role/bannerWarn``,
/// ``Role/bannerCritical``; reverse video in monochrome) so it reads as a bar; the text is cut
/// with the ellipsis glyph. The caller's text should carry the state in words or a glyph too.
public struct Banner: Widget {
    /// How serious the message is.
    public enum Level: Sendable, Hashable {
        /// Information (e.g. demo mode, first sync running).
        case info
        /// A warning (threshold reached, data stale).
        case warn
        /// Critical (over a limit, wrong key type, sync failing).
        case critical
    }

    /// The message, preformatted by the caller.
    public var text: String
    /// The severity.
    public var level: Level
    /// Styles and glyphs.
    public var theme: Theme

    /// Creates a banner.
    public init(text: String, level: Level, theme: Theme) {
        self.text = text
        self.level = level
        self.theme = theme
    }

    /// The role the banner row is drawn in.
    public var role: Role {
        switch level {
        case .info: .bannerInfo
        case .warn: .bannerWarn
        case .critical: .bannerCritical
        }
    }

    /// Draws the banner across the first row of `area`.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let style = theme.style(role)
        let row = area.row(0)
        buffer.fill(row, style: style)
        buffer.putTruncated(" " + text, x: row.x, y: row.y, width: row.width, style: style, ellipsis: theme.glyphs.ellipsis)
    }
}
