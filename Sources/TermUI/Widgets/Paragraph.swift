/// Lines of styled text, one per row, top to bottom (ratatui's `Paragraph` without wrapping).
///
/// Each line is cut by display width with the theme's ellipsis at the right edge and placed by
/// its own ``Line/alignment``; lines beyond the area's height are not drawn.
public struct Paragraph: Widget {
    /// The lines, top first.
    public var lines: [Line]
    /// Styles and glyphs.
    public var theme: Theme

    /// Creates a paragraph.
    public init(lines: [Line], theme: Theme) {
        self.lines = lines
        self.theme = theme
    }

    /// Draws the lines into `area`.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        for (i, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line, in: area.row(i), theme: theme)
        }
    }
}
