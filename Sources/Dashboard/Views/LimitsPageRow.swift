import TermUI

/// One row of the Limits page before it is placed: a line of text, a budget gauge with its
/// label in front and an optional note after it, or a blank spacer.
enum LimitsPageRow {
    /// A line of text, cut at the right edge.
    case text(Line)
    /// `   API limit, enforcing  $500.00 [██████50│██75│▌ ] 84%  next 90% on Nov 30`:
    /// `label` and `amount` in aligned columns, the gauge filling the middle, `note` at the right.
    case gauge(label: Span, amount: String, gauge: Gauge, note: Line?)
    /// An empty row.
    case blank

    /// Draws the row at `y` across `area`'s width; gauge labels take `labelWidth` and amounts
    /// `amountWidth` cells so the gauges of every budget line up.
    func render(at y: Int, in area: Rect, labelWidth: Int, amountWidth: Int, theme: Theme, into buffer: inout ScreenBuffer) {
        let row = Rect(x: area.x, y: y, width: area.width, height: 1)
        switch self {
        case .blank:
            return
        case .text(let line):
            buffer.put(line, in: row, theme: theme)
        case .gauge(let label, let amount, let gauge, let note):
            let indent = 3
            var x = row.x + indent
            buffer.putTruncated(label.text, x: x, y: y, width: min(labelWidth, max(0, row.maxX - x)),
                                style: theme.style(label.role), ellipsis: theme.glyphs.ellipsis)
            x += labelWidth + 2
            let amountText = String(repeating: " ", count: max(0, amountWidth - DisplayWidth.of(amount))) + amount
            if x + amountWidth < row.maxX { buffer.put(amountText, x: x, y: y, maxWidth: amountWidth) }
            x += amountWidth + 1
            var noteWidth = note.map(\.width) ?? 0
            // The gauge keeps at least 16 cells; the note gives way first.
            if row.maxX - x - noteWidth - 2 < 16 { noteWidth = 0 }
            let gaugeWidth = row.maxX - x - (noteWidth > 0 ? noteWidth + 2 : 0)
            guard gaugeWidth > 0 else { return }
            gauge.render(in: Rect(x: x, y: y, width: gaugeWidth, height: 1), into: &buffer)
            if let note, noteWidth > 0 {
                buffer.put(note, in: Rect(x: x + gaugeWidth + 2, y: y, width: noteWidth, height: 1), theme: theme)
            }
        }
    }
}
