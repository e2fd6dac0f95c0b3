/// The characters widgets draw chrome with: box drawing, bar levels, gauge blocks, arrows.
///
/// Two sets exist: ``unicode`` (UTF-8 locales) and ``ascii`` (any other codeset, or `--ascii`),
/// as htop switches its graph and tree characters on `nl_langinfo(CODESET)`
/// (`notes/tui-architecture.md` §2.2, §4.2). Every glyph is one column wide in both sets, so
/// layouts do not change between them.
public struct GlyphSet: Sendable, Hashable {
    // MARK: - Box drawing

    /// Horizontal border line (`─` / `-`).
    public var horizontal: String
    /// Vertical border line (`│` / `|`).
    public var vertical: String
    /// Top-left corner (`┌` / `+`).
    public var topLeft: String
    /// Top-right corner (`┐` / `+`).
    public var topRight: String
    /// Bottom-left corner (`└` / `+`).
    public var bottomLeft: String
    /// Bottom-right corner (`┘` / `+`).
    public var bottomRight: String

    // MARK: - Charts

    /// Nine vertical bar levels, index 0 empty to index 8 full (ratatui's `NINE_LEVELS`):
    /// `" ▁▂▃▄▅▆▇█"` / `" _,:-=+*#"` (the ASCII levels avoid `.`, the missing glyph).
    public var barLevels: [String]
    /// A missing sample in a sparkline or chart (`·` / `.`); distinct from zero.
    public var sparkMissing: String
    /// Fill glyphs for stacked segments in monochrome, by series index (cycled):
    /// `█ ▓ ▒ ░` / `# = + -` (htop's distinct bar characters, so a stack reads without colour).
    public var seriesFill: [String]
    /// Y-axis tick next to a value label (`┤` / `|`).
    public var axisTick: String
    /// The y-axis line (`│` / `|`).
    public var axisVertical: String
    /// Where the axes meet (`┼` / `+`).
    public var axisOrigin: String

    // MARK: - Gauges

    /// A full gauge cell (`█` / `#`).
    public var gaugeFull: String
    /// Partial gauge cells from 1/8 to 7/8 (`▏▎▍▌▋▊▉`); empty for ASCII (no partial cells).
    public var gaugePartial: [String]
    /// An empty gauge cell (`" "`).
    public var gaugeEmpty: String
    /// A threshold marker (`│` / `|`).
    public var marker: String

    // MARK: - Symbols

    /// The selected-row pointer (`▶` / `>`).
    public var pointer: String
    /// Truncation mark (`…` / `~`).
    public var ellipsis: String
    /// Ascending / "up" arrow (`▲` / `^`).
    public var arrowUp: String
    /// Descending / "down" arrow (`▼` / `v`).
    public var arrowDown: String
    /// The descending-sort marker (`▼` / `\/`): in ASCII not `v`, which reads as the `v` key.
    public var sortDescending: String
    /// The ascending-sort marker (`▲` / `/\`).
    public var sortAscending: String
    /// A status dot (`●` / `*`).
    public var bullet: String
    /// "Approximately" for estimates (`≈` / `~`).
    public var approx: String
    /// A range dash, as in `12–30 of 214` (`–` / `-`).
    public var rangeDash: String
    /// The "by" sign in sizes, as in `80×24` (`×` / `x`).
    public var times: String

    /// Creates a glyph set from explicit glyphs; prefer ``unicode`` and ``ascii``. The sort
    /// markers default to the arrows.
    public init(
        horizontal: String, vertical: String, topLeft: String, topRight: String,
        bottomLeft: String, bottomRight: String, barLevels: [String], sparkMissing: String,
        seriesFill: [String], axisTick: String, axisVertical: String, axisOrigin: String,
        gaugeFull: String, gaugePartial: [String], gaugeEmpty: String, marker: String,
        pointer: String, ellipsis: String, arrowUp: String, arrowDown: String, bullet: String,
        approx: String, rangeDash: String, times: String, sortDescending: String? = nil, sortAscending: String? = nil
    ) {
        self.sortDescending = sortDescending ?? arrowDown
        self.sortAscending = sortAscending ?? arrowUp
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.barLevels = barLevels
        self.sparkMissing = sparkMissing
        self.seriesFill = seriesFill
        self.axisTick = axisTick
        self.axisVertical = axisVertical
        self.axisOrigin = axisOrigin
        self.gaugeFull = gaugeFull
        self.gaugePartial = gaugePartial
        self.gaugeEmpty = gaugeEmpty
        self.marker = marker
        self.pointer = pointer
        self.ellipsis = ellipsis
        self.arrowUp = arrowUp
        self.arrowDown = arrowDown
        self.bullet = bullet
        self.approx = approx
        self.rangeDash = rangeDash
        self.times = times
    }

    /// Glyphs for UTF-8 terminals.
    public static let unicode = GlyphSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        barLevels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], sparkMissing: "·",
        seriesFill: ["█", "▓", "▒", "░"], axisTick: "┤", axisVertical: "│", axisOrigin: "┼",
        gaugeFull: "█", gaugePartial: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], gaugeEmpty: " ", marker: "│",
        pointer: "▶", ellipsis: "…", arrowUp: "▲", arrowDown: "▼", bullet: "●", approx: "≈",
        rangeDash: "–", times: "×"
    )

    /// Pure 7-bit ASCII glyphs, for non-UTF-8 locales.
    public static let ascii = GlyphSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        barLevels: [" ", "_", ",", ":", "-", "=", "+", "*", "#"], sparkMissing: ".",
        seriesFill: ["#", "=", "+", "-"], axisTick: "|", axisVertical: "|", axisOrigin: "+",
        gaugeFull: "#", gaugePartial: [], gaugeEmpty: " ", marker: "|",
        pointer: ">", ellipsis: ".", arrowUp: "^", arrowDown: "v", bullet: "*", approx: "~",
        rangeDash: "-", times: "x", sortDescending: "\\/", sortAscending: "/\\"
    )

    /// The bar glyph for a fill of `eighths` (0…8, clamped) eighths of a cell.
    public func barLevel(eighths: Int) -> String {
        barLevels[min(max(eighths, 0), barLevels.count - 1)]
    }

    /// The monochrome fill glyph of stack series `index` (cycled; negative indexes use 0).
    public func seriesGlyph(_ index: Int) -> String {
        seriesFill[max(index, 0) % seriesFill.count]
    }
}
