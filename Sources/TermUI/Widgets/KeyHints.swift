/// One row of key hints, `q quit  ? help  / filter` (htop's function bar).
///
/// Keys use ``Role/keyHint``, labels ``Role/keyHintLabel``; hints are separated by two spaces.
/// Hints that do not fit are dropped from the end, never cut in half.
public struct KeyHints: Widget {
    /// The hints in priority order: key as written (`q`, `?`, `Enter`) and what it does.
    public var hints: [(key: String, label: String)]
    /// Styles and glyphs.
    public var theme: Theme
    /// Whether the hints sit at the left or the right of the row.
    public var alignment: Alignment

    /// Creates a hint row.
    public init(hints: [(key: String, label: String)], theme: Theme, alignment: Alignment = .left) {
        self.hints = hints
        self.theme = theme
        self.alignment = alignment
    }

    /// The hints that fit in `width` columns, in order.
    public func fitting(width: Int) -> [(key: String, label: String)] {
        var used = 0
        var out: [(key: String, label: String)] = []
        for h in hints {
            let w = DisplayWidth.of(h.key) + 1 + DisplayWidth.of(h.label) + (out.isEmpty ? 0 : 2)
            if used + w > width { break }
            used += w
            out.append(h)
        }
        return out
    }

    /// Draws the hints in the first row of `area`.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        var spans: [Span] = []
        for (i, h) in fitting(width: area.width).enumerated() {
            if i > 0 { spans.append(Span("  ", role: .keyHintLabel)) }
            spans.append(Span(h.key, role: .keyHint))
            spans.append(Span(" " + h.label, role: .keyHintLabel))
        }
        buffer.put(Line(spans: spans, alignment: alignment), in: area.row(0), theme: theme)
    }
}
