/// An in-memory grid of ``Cell``s that widgets draw into; the presenter copies it to the
/// terminal and tests read it back as text (ratatui's `Buffer`).
///
/// No widget touches the terminal. Coordinates are absolute cells; writes outside ``area`` are
/// clipped.
public struct ScreenBuffer: Sendable, Hashable {
    /// The buffer's extent (origin is always 0,0).
    public private(set) var area: Rect
    /// Cells, row-major, `area.width * area.height` of them.
    public private(set) var cells: [Cell]

    /// A blank buffer of `width` × `height`.
    public init(width: Int, height: Int) {
        area = Rect(width: width, height: height)
        cells = Array(repeating: .blank, count: area.area)
    }

    /// Width in columns.
    public var width: Int { area.width }
    /// Height in rows.
    public var height: Int { area.height }

    /// The cell at column `x`, row `y` (must be inside).
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * area.width + x] }
        set { cells[y * area.width + x] = newValue }
    }

    /// One row of cells.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * area.width)..<((y + 1) * area.width)]
    }

    /// Fills `rect` (clipped) with `symbol` in `style`.
    public mutating func fill(_ rect: Rect, symbol: String = " ", style: Style = .plain) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            // Do not leave half of a wide glyph dangling at either edge of the filled run.
            if self[r.x, y].isContinuation, r.x > 0 { self[r.x - 1, y].symbol = " " }
            if r.maxX < area.width, self[r.maxX, y].isContinuation { self[r.maxX, y].symbol = " " }
            for x in r.x..<r.maxX { self[x, y] = Cell(symbol, style: style) }
        }
    }

    /// Sets the style of every cell in `rect` (clipped), keeping the symbols.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y].style = style }
        }
    }

    /// Writes `text` at column `x`, row `y`, in at most `maxWidth` columns (default: to the right
    /// edge), and returns the number of columns written.
    ///
    /// Follows ratatui's `set_stringn`: control characters become `?`, zero-width graphemes are
    /// skipped, writing stops before a grapheme that would not fit, and the cell after a wide
    /// grapheme becomes a continuation cell. A wide glyph half-overwritten is blanked.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < area.height, x < area.width, area.width > 0 else { return 0 }
        // Columns left of the buffer still count: `maxWidth` is measured from `x`.
        let limit = min(maxWidth ?? Int.max, area.width - x)
        var col = x
        var used = 0
        for ch in text {
            var w = DisplayWidth.of(ch)
            var symbol = String(ch)
            if w < 0 { symbol = "?"; w = 1 }
            if w == 0 { continue }
            if used + w > limit { break }
            if col >= 0 {
                clearWideNeighbours(x: col, y: y, width: w)
                self[col, y] = Cell(symbol, style: style)
                if w == 2, col + 1 < area.width { self[col + 1, y] = Cell("", style: style) }
            } else if col + w > 0 {
                // A wide glyph cut by the left edge: its visible half becomes a blank.
                clearWideNeighbours(x: 0, y: y, width: 1)
                self[0, y] = Cell(" ", style: style)
            }
            col += w
            used += w
        }
        return used
    }

    /// Copies `other` into this buffer with its origin at (`x`, `y`), clipped.
    public mutating func blit(_ other: ScreenBuffer, x: Int, y: Int) {
        for oy in 0..<other.height where y + oy >= 0 && y + oy < height {
            for ox in 0..<other.width where x + ox >= 0 && x + ox < width {
                self[x + ox, y + oy] = other[ox, oy]
            }
        }
    }

    /// The text of row `y` with continuation cells removed.
    public func line(_ y: Int) -> String {
        var s = ""
        for c in row(y) where !c.isContinuation { s += c.symbol }
        return s
    }

    /// The whole buffer as text, one line per row, each wrapped in `|…|` so trailing spaces show
    /// (the form snapshot files use).
    public var textDump: String {
        (0..<height).map { "|" + line($0) + "|" }.joined(separator: "\n")
    }

    /// The whole buffer as plain lines with trailing spaces trimmed (for `contains` checks).
    public var plainText: String {
        (0..<height).map { l -> String in
            var s = line(l)
            while s.last == " " { s.removeLast() }
            return s
        }.joined(separator: "\n")
    }

    // A glyph written over half of a wide glyph would leave the other half dangling.
    private mutating func clearWideNeighbours(x: Int, y: Int, width w: Int) {
        if self[x, y].isContinuation, x > 0 { self[x - 1, y].symbol = " " }
        let after = x + w
        if after < area.width, self[after, y].isContinuation { self[after, y].symbol = " " }
    }
}
