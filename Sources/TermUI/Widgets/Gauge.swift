/// A threshold marker on a ``Gauge``: a ratio of the limit and its short label (`"75"`).
public struct GaugeMarker: Sendable, Hashable {
    /// Position as a ratio of the limit (0.75 = 75 %).
    public var ratio: Double
    /// Label drawn just left of the marker when there is room (`"75"`).
    public var label: String

    /// Creates a marker.
    public init(ratio: Double, label: String) {
        self.ratio = ratio
        self.label = label
    }
}

extension GaugeMarker {
    /// The limit itself (ratio 1, labelled `100%`), drawn by an over-limit ``Gauge``.
    public static let limit = GaugeMarker(ratio: 1, label: "100%")
}

/// A horizontal bar gauge with threshold markers: `[█████▌   50│  75│ ] 62%` (htop's bar meter).
///
/// - The fill has eighth-cell resolution (ASCII: whole cells) and takes ``Role/ok`` below 0.75,
///   ``Role/warn`` from 0.75 and ``Role/critical`` from 0.9 of the limit.
/// - The scale runs to `max(1, ratio)`: when over the limit the bar is full, critical, a limit
///   marker is drawn at the 100 % point (labelled `100%` when it fits, its label placed before
///   any other) so the limit stays visible, and the label gets ` OVER` appended (unless the
///   caller's label already says OVER) — never wrapped or capped silently.
/// - Markers are drawn at their ratios in ``Role/marker``, each label just left of its marker when
///   the cells are free.
/// - The label (preformatted by the caller, e.g. `"82%"`) follows the bar, in the fill's role from
///   the warning threshold up (plain below). Too narrow for a bar of
///   three cells: only the label is drawn. Negative or non-finite ratios draw as empty.
public struct Gauge: Widget {
    /// Value ÷ limit (1.0 = at the limit; may exceed 1).
    public var ratio: Double
    /// Text after the bar, e.g. `"82%"`.
    public var label: String
    /// Threshold markers.
    public var markers: [GaugeMarker]
    /// Styles and glyphs.
    public var theme: Theme

    /// Creates a gauge.
    public init(ratio: Double, label: String, markers: [GaugeMarker] = [], theme: Theme) {
        self.ratio = ratio
        self.label = label
        self.markers = markers
        self.theme = theme
    }

    /// The ratio used for drawing: non-finite or negative values become 0.
    var safeRatio: Double { ratio.isFinite ? max(0, ratio) : 0 }

    /// Whether the value is over the limit.
    public var isOver: Bool { safeRatio > 1 }

    /// The markers as drawn: the caller's, plus ``GaugeMarker/limit`` at the 100 % point when
    /// over the limit (unless the caller already marks a ratio of 1).
    public var drawnMarkers: [GaugeMarker] {
        guard isOver, !markers.contains(where: { $0.ratio == 1 }) else { return markers }
        return markers + [GaugeMarker.limit]
    }

    /// The role of the fill for this ratio.
    public var fillRole: Role {
        let r = safeRatio
        return r >= 0.9 ? .critical : r >= 0.75 ? .warn : .ok
    }

    /// The label as drawn (with ` OVER` when over the limit).
    public var displayLabel: String {
        if isOver, !label.uppercased().contains("OVER") { return label.isEmpty ? "OVER" : label + " OVER" }
        return label
    }

    /// Draws the gauge in the first row of `area`.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let g = theme.glyphs
        let text = displayLabel
        let labelWidth = DisplayWidth.of(text)
        let barWidth = area.width - 2 - (labelWidth > 0 ? labelWidth + 1 : 0)
        let labelStyle = theme.style(safeRatio >= 0.75 ? fillRole : .normal)
        guard barWidth >= 3 else {
            buffer.putTruncated(text, x: area.x, y: area.y, width: area.width, style: labelStyle, ellipsis: g.ellipsis)
            return
        }
        let y = area.y, x0 = area.x + 1
        buffer.put("[", x: area.x, y: y, maxWidth: 1)
        buffer.put("]", x: x0 + barWidth, y: y, maxWidth: 1)
        if labelWidth > 0 { buffer.put(text, x: x0 + barWidth + 2, y: y, maxWidth: labelWidth, style: labelStyle) }

        // Fill, in eighths of a cell.
        let scale = max(1, safeRatio)
        let eighths = g.gaugePartial.isEmpty ? 1 : 8
        let units = Int((safeRatio / scale * Double(barWidth * eighths)).rounded(.down))
        let full = min(barWidth, units / eighths), part = units % eighths
        let fill = theme.style(fillRole), empty = theme.style(.gaugeEmpty)
        for i in 0..<barWidth {
            let symbol: String
            if i < full { symbol = g.gaugeFull } else if i == full && part > 0 { symbol = g.gaugePartial[part - 1] } else { symbol = g.gaugeEmpty }
            buffer.put(symbol, x: x0 + i, y: y, maxWidth: 1, style: i < full || (i == full && part > 0) ? fill : empty)
        }

        // Markers: the marker sits on the last cell at or below its ratio; labels go just left.
        var taken = Array(repeating: false, count: barWidth)
        var labelled = Array(repeating: false, count: barWidth)
        let placed = drawnMarkers.compactMap { m -> (Int, GaugeMarker)? in
            guard m.ratio.isFinite, m.ratio >= 0 else { return nil }
            let pos = Int((m.ratio / scale * Double(barWidth)).rounded()) - 1
            return (min(max(pos, 0), barWidth - 1), m)
        }.sorted { $0.0 < $1.0 }
        let markerStyle = theme.style(.marker)
        for (pos, _) in placed {
            buffer.put(g.marker, x: x0 + pos, y: y, maxWidth: 1, style: markerStyle)
            taken[pos] = true
        }
        // The limit's label first (it matters most), then the others left to right.
        let labelOrder = placed.filter { $0.1 == GaugeMarker.limit } + placed.filter { $0.1 != GaugeMarker.limit }
        for (pos, m) in labelOrder {
            let w = DisplayWidth.of(m.label)
            let start = pos - w
            // Free cells, and not touching another label (`5075│` would misread).
            guard w > 0, start >= 0, (start..<pos).allSatisfy({ !taken[$0] }),
                  start == 0 || !labelled[start - 1] else { continue }
            buffer.put(m.label, x: x0 + start, y: y, maxWidth: w, style: markerStyle)
            for i in start..<pos { taken[i] = true; labelled[i] = true }
        }
    }
}
