/// A centred, bordered help box drawn over the screen: sections of `keys  text` rows.
///
/// The box is sized to its content (plus a border and one column of padding) and shrunk to the
/// area; it clears what it covers. Keys are aligned in one column across sections. When the
/// area is too short, the last visible row shows the ellipsis glyph; too-long rows are cut by
/// display width.
public struct HelpOverlay: Widget {
    /// One section: a heading and its rows.
    public typealias Section = (title: String, rows: [(keys: String, text: String)])

    /// Box title (`"Help"`).
    public var title: String
    /// Sections, top to bottom.
    public var sections: [Section]
    /// Styles and glyphs.
    public var theme: Theme

    /// Creates a help overlay.
    public init(title: String, sections: [(title: String, rows: [(keys: String, text: String)])], theme: Theme) {
        self.title = title
        self.sections = sections
        self.theme = theme
    }

    /// The content lines, blank line between sections.
    public var lines: [Line] {
        let keyWidth = sections.flatMap(\.rows).map { DisplayWidth.of($0.keys) }.max() ?? 0
        var out: [Line] = []
        for (i, s) in sections.enumerated() {
            if i > 0 { out.append(.empty) }
            if !s.title.isEmpty { out.append(Line(s.title, role: .title)) }
            for r in s.rows {
                let keys = r.keys + String(repeating: " ", count: max(0, keyWidth - DisplayWidth.of(r.keys)))
                out.append(Line(spans: [Span("  " + keys, role: .keyHint), Span("  " + r.text, role: .normal)]))
            }
        }
        return out
    }

    /// The box's rect inside `area`: content size plus border and padding, centred and clipped.
    public func box(in area: Rect) -> Rect {
        let content = lines
        let w = max(content.map(\.width).max() ?? 0, DisplayWidth.of(title) + 2) + 4
        return area.centered(width: w, height: content.count + 2)
    }

    /// Clears the box area and draws the border, title and rows.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let rect = box(in: area)
        buffer.fill(rect)
        let block = Block(title: title, theme: theme, focused: true)
        block.render(in: rect, into: &buffer)
        let inner = block.inner(rect).inset(dx: 1, dy: 0)
        guard !inner.isEmpty else { return }
        var content = lines
        if content.count > inner.height {
            content = Array(content.prefix(inner.height - 1)) + [Line(theme.glyphs.ellipsis, role: .dim)]
        }
        Paragraph(lines: content, theme: theme).render(in: inner, into: &buffer)
    }
}
