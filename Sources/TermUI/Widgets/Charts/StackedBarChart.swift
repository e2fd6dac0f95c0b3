/// A vertical stacked bar chart with a labelled y-axis (ratatui's `BarChart`, stacked).
///
/// ```
///  40┤      ▆
///    │    ▅ █
///  20┤  ▂ █ █
///    │▃ █ █ █
///   0┼────────
///     1 2 3 4
/// ```
/// - The y-axis shows the top value, 0, and half the top value when the plot has an even number
///   (≥ 4) of rows so the tick sits exactly on a row edge; labels come from the caller's
///   ``valueLabel`` (no money arithmetic here: values are geometry only).
/// - Bars have eighth-of-a-cell resolution at the top. Segments stack bottom first in
///   ``Role/series(_:)`` styles; each cell takes the style of the segment covering most of it.
///   In monochrome, full cells use a distinct fill glyph per segment (`█ ▓ ▒ ░` / `# = + -`) so the
///   stack reads without colour.
/// - A positive total always shows at least one eighth; a value above ``maxValue`` is clipped
///   and its column topped with ``GlyphSet/arrowUp``.
/// - Missing columns are drawn with ``GlyphSet/sparkMissing`` on the baseline in ``Role/missing``.
/// - Column width adapts: `slot = plot width ÷ columns`, bars of `slot − 1` cells with a one-cell
///   gap (no gap when the slot is one cell); when there are more columns than cells, the most
///   recent (last) columns are shown.
/// - An axis label equal to one already drawn (`$0` at the top and at 0 for tiny values) is
///   left out, so no label repeats. When every column is zero (and no ``maxValue`` is given) the
///   plot is empty: only the `0` label, and ``emptyNote`` (`no spend yet`) in the middle.
/// - ``minSlots`` lays columns out as if there were at least that many (a month-to-date chart
///   passes the month's days), so one early column is a narrow bar at the left, not one block
///   stretched across the whole plot — but never in slots narrower than 3 cells.
/// - X labels go under the axis (when the area has at least 4 rows and a column has a label),
///   left-aligned on their column and skipped when they would touch the previous label.
public struct StackedBarChart: Widget {
    /// The columns, left to right (oldest first).
    public var columns: [BarColumn]
    /// Styles and glyphs.
    public var theme: Theme
    /// Formats a y-axis value (e.g. `40.0` → `"40"`).
    public var valueLabel: (Double) -> String
    /// The value at the top of the plot; default: the largest column total (1 if all are zero).
    public var maxValue: Double?
    /// The note drawn in an all-zero plot (`no spend yet`); `nil` draws none.
    public var emptyNote: String?
    /// Lay columns out as if there were at least this many (`nil`: as many as there are).
    public var minSlots: Int?

    /// Creates a chart.
    ///
    /// - Parameters:
    ///   - columns: the bars, oldest first.
    ///   - theme: styles and glyphs.
    ///   - valueLabel: formats a y-axis value.
    ///   - maxValue: the value at the top of the plot (default: the largest column total).
    ///   - emptyNote: the note for an all-zero plot (`no spend yet`).
    ///   - minSlots: the fewest column slots to lay out (e.g. the days of a month).
    public init(columns: [BarColumn], theme: Theme, valueLabel: @escaping (Double) -> String, maxValue: Double? = nil,
                emptyNote: String? = nil, minSlots: Int? = nil) {
        self.columns = columns
        self.theme = theme
        self.valueLabel = valueLabel
        self.maxValue = maxValue
        self.emptyNote = emptyNote
        self.minSlots = minSlots
    }

    /// Whether every present column is zero (and no ``maxValue`` sets a scale): an empty plot.
    public var isAllZero: Bool {
        if let m = maxValue, m.isFinite, m > 0 { return false }
        return (columns.filter { !$0.isMissing }.map(\.total).max() ?? 0) <= 0
    }

    /// The y-axis labels (top, middle, zero) with repeats left out (as empty strings).
    func axisLabels(hasMiddle: Bool) -> (top: String, mid: String, zero: String) {
        let zero = valueLabel(0)
        guard !isAllZero else { return ("", "", zero) }
        var topText = valueLabel(top)
        var mid = hasMiddle ? valueLabel(top / 2) : ""
        if mid == topText || mid == zero { mid = "" }
        if topText == zero { topText = "" }
        return (topText, mid, zero)
    }

    /// The value the top of the plot stands for.
    public var top: Double {
        if let m = maxValue, m.isFinite, m > 0 { return m }
        let largest = columns.filter { !$0.isMissing }.map(\.total).max() ?? 0
        return largest > 0 ? largest : 1
    }

    /// Geometry of one column slot: bar width and gap after it.
    public static func slot(plotWidth: Int, count: Int) -> (bar: Int, gap: Int) {
        guard count > 0, plotWidth > 0 else { return (0, 0) }
        let slot = plotWidth / count
        if slot >= 2 { return (slot - 1, 1) }
        return (1, 0)
    }

    /// Draws the chart into `area`.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height >= 2, area.width >= 2 else { return }
        let g = theme.glyphs
        let topValue = top
        let hasXLabels = area.height >= 4 && columns.contains { $0.label?.isEmpty == false }
        let axisY = area.maxY - 1 - (hasXLabels ? 1 : 0)
        let plotHeight = axisY - area.y
        // A middle tick where a row's top edge sits exactly at half the scale.
        let midRow: Int? = plotHeight >= 4 && plotHeight % 2 == 0 ? area.y + plotHeight / 2 : nil
        let (topText, midText, zeroText) = axisLabels(hasMiddle: midRow != nil)
        let allZero = isAllZero
        let widest = max(DisplayWidth.of(topText), DisplayWidth.of(zeroText), DisplayWidth.of(midText))
        let labelWidth = min(widest, max(0, area.width - 2))
        let axisX = area.x + labelWidth
        let plotX = axisX + 1
        let plotWidth = area.maxX - plotX
        let axis = theme.style(.axis)

        // Axes.
        for y in area.y..<axisY {
            let tick = (y == area.y && !topText.isEmpty) || (y == midRow && !midText.isEmpty)
            buffer.put(tick ? g.axisTick : g.axisVertical, x: axisX, y: y, maxWidth: 1, style: axis)
        }
        if let midRow {
            buffer.putTruncated(midText, x: area.x, y: midRow, width: labelWidth, style: axis, alignment: .right, ellipsis: g.ellipsis)
        }
        buffer.put(g.axisOrigin, x: axisX, y: axisY, maxWidth: 1, style: axis)
        buffer.fill(Rect(x: plotX, y: axisY, width: plotWidth, height: 1), symbol: g.horizontal, style: axis)
        if plotHeight > 0 {
            buffer.putTruncated(topText, x: area.x, y: area.y, width: labelWidth, style: axis, alignment: .right, ellipsis: g.ellipsis)
        }
        buffer.putTruncated(zeroText, x: area.x, y: axisY, width: labelWidth, style: axis, alignment: .right, ellipsis: g.ellipsis)
        guard plotWidth > 0, !columns.isEmpty else { return }
        if allZero, let note = emptyNote, plotHeight > 0 {
            let w = min(DisplayWidth.of(note), plotWidth)
            buffer.putTruncated(note, x: plotX + (plotWidth - w) / 2, y: area.y + (plotHeight - 1) / 2, width: w,
                                style: theme.style(.dim), ellipsis: g.ellipsis)
        }

        // Bars.
        // minSlots never makes a slot narrower than 3 cells (a 2-cell bar and its gap).
        let slots = max(columns.count, min(minSlots ?? 0, plotWidth / 3))
        let (barWidth, gap) = Self.slot(plotWidth: plotWidth, count: slots)
        let shown = Array(columns.suffix(max(1, plotWidth / (barWidth + gap))))
        for (i, column) in shown.enumerated() {
            let x = plotX + i * (barWidth + gap)
            let w = min(barWidth, area.maxX - x)
            guard w > 0 else { break }
            if column.isMissing {
                let y = plotHeight > 0 ? axisY - 1 : axisY
                buffer.fill(Rect(x: x, y: y, width: w, height: 1), symbol: g.sparkMissing, style: theme.style(.missing))
            } else if plotHeight > 0 {
                drawStack(column, x: x, width: w, baseY: axisY - 1, plotHeight: plotHeight, top: topValue, into: &buffer)
            }
        }

        // X labels.
        guard hasXLabels else { return }
        var free = plotX
        for (i, column) in shown.enumerated() {
            guard let label = column.label, !label.isEmpty else { continue }
            let x = plotX + i * (barWidth + gap)
            let w = DisplayWidth.of(label)
            guard x >= free, x + w <= area.maxX else { continue }
            buffer.put(label, x: x, y: axisY + 1, maxWidth: w, style: axis)
            free = x + w + 1
        }
    }

    /// Draws one stack bottom-up from row `baseY`.
    private func drawStack(_ column: BarColumn, x: Int, width: Int, baseY: Int, plotHeight: Int, top: Double, into buffer: inout ScreenBuffer) {
        let g = theme.glyphs
        let capacity = plotHeight * 8
        // Cumulative boundaries in eighths, rounded once so the stack's total is exact.
        var bounds: [Int] = []
        var sum = 0.0
        for v in column.segments {
            sum += v.isFinite ? max(0, v) : 0
            bounds.append(Int((min(sum, top) / top * Double(capacity)).rounded()))
        }
        if sum > 0, (bounds.last ?? 0) == 0 { bounds[bounds.count - 1] = 1 }
        let height = bounds.last ?? 0
        let clipped = sum > top
        let mono = theme.colors == .monochrome
        for row in 0..<plotHeight {
            let lo = row * 8, hi = lo + 8
            guard height > lo else { break }
            // The segment covering most of this cell.
            var best = 0, bestCover = -1, prev = 0
            for (k, b) in bounds.enumerated() {
                let cover = max(0, min(b, hi) - max(prev, lo))
                if cover > bestCover { best = k; bestCover = cover }
                prev = b
            }
            let filled = min(8, height - lo)
            var symbol = filled == 8 ? (mono ? g.seriesGlyph(best) : g.barLevel(eighths: 8)) : g.barLevel(eighths: filled)
            if clipped, row == plotHeight - 1 { symbol = g.arrowUp }
            buffer.fill(Rect(x: x, y: baseY - row, width: width, height: 1), symbol: symbol, style: theme.style(.series(best)))
        }
    }
}
