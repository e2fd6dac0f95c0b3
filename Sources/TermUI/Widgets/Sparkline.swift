/// A one-row bar sparkline: one cell per value with nine levels (`" ▁▂▃▄▅▆▇█"`).
///
/// `nil` (no data) is drawn as ``GlyphSet/sparkMissing`` in ``Role/missing``, distinct from zero
/// (a blank) — ratatui's absent-value rule. Any positive value shows at least the lowest bar, so
/// "tiny" never looks like "none". Negative and non-finite values count as zero and missing
/// respectively. When there are more values than columns the most recent (last) ones are shown;
/// fewer values are drawn from the left.
public struct Sparkline: Widget {
    /// Samples, oldest first; `nil` is a missing sample.
    public var values: [Double?]
    /// Styles and glyphs.
    public var theme: Theme
    /// Role of the bars.
    public var role: Role
    /// The value drawn as a full cell; defaults to the largest value shown.
    public var maxValue: Double?

    /// Creates a sparkline.
    public init(values: [Double?], theme: Theme, role: Role = .normal, maxValue: Double? = nil) {
        self.values = values
        self.theme = theme
        self.role = role
        self.maxValue = maxValue
    }

    /// The glyphs the sparkline draws for `width` columns (at most `width` of them).
    public func glyphs(width: Int) -> [(symbol: String, missing: Bool)] {
        guard width > 0 else { return [] }
        let shown = values.suffix(width).map { v -> Double? in
            guard let v, v.isFinite else { return nil }
            return max(0, v)
        }
        let top = maxValue.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? (shown.compactMap { $0 }.max() ?? 0)
        let levels = theme.glyphs.barLevels
        return shown.map { v in
            guard let v else { return (theme.glyphs.sparkMissing, true) }
            guard v > 0, top > 0 else { return (levels[0], false) }
            let level = Int((min(v, top) / top * Double(levels.count - 1)).rounded())
            return (levels[max(1, min(level, levels.count - 1))], false)
        }
    }

    /// Draws the sparkline in the first row of `area`.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let bar = theme.style(role), missing = theme.style(.missing)
        for (i, g) in glyphs(width: area.width).enumerated() {
            buffer.put(g.symbol, x: area.x + i, y: area.y, maxWidth: 1, style: g.missing ? missing : bar)
        }
    }
}
