// MARK: - Drawing helpers used by widgets

extension ScreenBuffer {
    /// Writes `text` into the one-row region starting at (`x`, `y`) of `width` columns, cut to
    /// fit by display width with `ellipsis` marking the cut, and placed by `alignment`; returns
    /// the columns written. Nothing is written outside the region or the buffer.
    @discardableResult
    public mutating func putTruncated(
        _ text: String, x: Int, y: Int, width: Int, style: Style = .plain,
        alignment: Alignment = .left, ellipsis: String = "…"
    ) -> Int {
        guard width > 0 else { return 0 }
        let cut = DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
        let w = DisplayWidth.of(cut)
        let pad = max(0, width - w)
        let dx: Int
        switch alignment {
        case .left: dx = 0
        case .right: dx = pad
        case .center: dx = pad / 2
        }
        return put(cut, x: x + dx, y: y, maxWidth: width - dx, style: style)
    }

    /// Draws `line` in the first row of `area` (clipped to the buffer), resolving roles through
    /// `theme`, cutting it by display width with the theme's ellipsis when too wide, and placing
    /// it by the line's alignment; returns the columns written.
    @discardableResult
    public mutating func put(_ line: Line, in area: Rect, theme: Theme) -> Int {
        let region = area.intersection(self.area)
        guard !region.isEmpty, region.y == area.y else { return 0 }
        // Columns cut off on the left by the buffer edge still count against the line's width.
        let width = min(area.width, region.maxX - area.x)
        let total = line.width
        var spans = line.spans
        if total > width {
            spans = Self.cut(spans, to: width, ellipsis: theme.glyphs.ellipsis)
        }
        let used = min(spans.reduce(0) { $0 + $1.width }, width)
        let pad = width - used
        var col = area.x
        switch line.alignment {
        case .left: break
        case .right: col += pad
        case .center: col += pad / 2
        }
        var written = 0
        for span in spans {
            let remaining = area.x + width - col
            guard remaining > 0 else { break }
            let n = put(span.text, x: col, y: area.y, maxWidth: remaining, style: theme.style(span.role))
            col += n
            written += n
        }
        return written
    }

    /// Spans cut to `width` columns with `ellipsis` appended in the role of the last kept span.
    static func cut(_ spans: [Span], to width: Int, ellipsis: String) -> [Span] {
        let markWidth = DisplayWidth.of(ellipsis)
        let mark = markWidth <= width ? ellipsis : ""
        var budget = width - (mark.isEmpty ? 0 : markWidth)
        var out: [Span] = []
        var lastRole: Role = spans.first?.role ?? .normal
        for span in spans {
            guard budget > 0 else { break }
            let w = span.width
            if w <= budget {
                out.append(span)
                budget -= w
            } else {
                var text = ""
                var used = 0
                for ch in span.text {
                    var cw = DisplayWidth.of(ch)
                    if cw < 0 { cw = 1 }
                    if used + cw > budget { break }
                    text.append(ch)
                    used += cw
                }
                if !text.isEmpty { out.append(Span(text: text, role: span.role)) }
                budget = 0
            }
            lastRole = span.role
        }
        if !mark.isEmpty { out.append(Span(text: mark, role: lastRole)) }
        return out
    }

    /// Draws `widget` into `area` of this buffer (sugar for `widget.render(in:into:)`).
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(in: area, into: &self)
    }

    /// Draws a stateful `widget` into `area` with `state`.
    public mutating func render<W: StatefulWidget>(_ widget: W, in area: Rect, state: inout W.State) {
        widget.render(in: area, into: &self, state: &state)
    }

    /// Style runs per row as text, `row col+len: style` — for snapshotting colour and attributes
    /// without escape codes (`notes/tui-architecture.md` §4.2). Runs of the plain style are
    /// omitted; continuation cells extend the run of their wide glyph.
    public var styleDump: String {
        var out: [String] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let style = self[x, y].style
                var end = x + 1
                while end < width, self[end, y].style == style { end += 1 }
                if style != .plain { out.append("\(y) \(x)+\(end - x): \(Self.describe(style))") }
                x = end
            }
        }
        return out.joined(separator: "\n")
    }

    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if style.fg != .default { parts.append("fg=\(describe(style.fg))") }
        if style.bg != .default { parts.append("bg=\(describe(style.bg))") }
        let names: [(Attributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.reverse, "reverse"), (.underline, "underline")]
        for (a, n) in names where style.attributes.contains(a) { parts.append(n) }
        return parts.joined(separator: " ")
    }

    static func describe(_ color: Color) -> String {
        switch color {
        case .default: "default"
        case .indexed(let i): "\(i)"
        default: ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][color.ansi ?? 0]
        }
    }
}
