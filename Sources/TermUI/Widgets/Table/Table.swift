/// A scrolling, selectable table with a header row, sort arrow, display-width-correct
/// truncation and sparkline cells (ratatui's `Table` + `TableState`; htop's `Panel`).
///
/// Layout, left to right: a two-column gutter holding the ``GlyphSet/pointer`` on the selected
/// row, then the columns separated by ``columnSpacing`` blanks. Fixed columns get their width,
/// flexible ones their minimum plus an equal share of what is left; when even that does not fit,
/// columns are dropped from the right (the first column always stays, cut to the width).
///
/// - Header: ``Role/header`` across the row; the sort column shows ▲/▼ (``sortDescending``).
/// - Rows: text cut by *display* width with the ellipsis glyph and padded to the column, so CJK
///   and emoji names keep later columns aligned; right-aligned columns for numbers.
/// - Selection: ``Role/selection`` across the row (reverse in monochrome) plus the pointer glyph,
///   with cell roles kept on top of it.
/// - Overflow: when there are more rows than fit, a `first–last of total` indicator goes in the
///   bottom border of ``block`` when there is one (replacing its footer), else in the last row of
///   the area when it has room for at least three rows below the header.
///
/// Rendering corrects the ``TableState`` (clamps the selection, scrolls it into view).
public struct Table: StatefulWidget, Widget {
    /// The columns.
    public var columns: [TableColumn]
    /// The rows, in display order (the caller sorts).
    public var rows: [TableRow]
    /// Styles and glyphs.
    public var theme: Theme
    /// Index of the column the rows are sorted by, for the header arrow.
    public var sortColumn: Int?
    /// Whether the sort is descending (▼) or ascending (▲).
    public var sortDescending: Bool
    /// Whether the first row of the area is a header.
    public var showHeader: Bool
    /// An optional border box around the table; the overflow indicator goes in its bottom border.
    public var block: Block?
    /// Blank columns between neighbouring columns.
    public var columnSpacing: Int

    /// Creates a table.
    public init(
        columns: [TableColumn], rows: [TableRow], theme: Theme, sortColumn: Int? = nil,
        sortDescending: Bool = true, showHeader: Bool = true, block: Block? = nil, columnSpacing: Int = 2
    ) {
        self.columns = columns
        self.rows = rows
        self.theme = theme
        self.sortColumn = sortColumn
        self.sortDescending = sortDescending
        self.showHeader = showHeader
        self.block = block
        self.columnSpacing = max(0, columnSpacing)
    }

    /// Width of the pointer gutter (pointer glyph plus one blank).
    public var gutterWidth: Int { DisplayWidth.of(theme.glyphs.pointer) + 1 }

    /// How many data rows are visible when the table is drawn in `area` (block, header and
    /// overflow indicator taken into account) — pass this as `viewHeight` to ``TableState``.
    public func viewHeight(for area: Rect) -> Int {
        let inner = block?.inner(area) ?? area
        let body = max(0, inner.height - (showHeader && inner.height >= 2 ? 1 : 0))
        if block == nil, rows.count > body, body >= 3 { return body - 1 }
        return body
    }

    /// Cell widths of each column for a total width of `width` (0 = column hidden).
    public func columnWidths(width: Int) -> [Int] {
        let avail = max(0, width - gutterWidth)
        func need(_ count: Int) -> Int {
            columns.prefix(count).reduce(0) { sum, c in
                switch c.width {
                case .fixed(let n): sum + max(0, n)
                case .flex(let m): sum + max(0, m)
                }
            } + columnSpacing * max(0, count - 1)
        }
        var count = columns.count
        while count > 1, need(count) > avail { count -= 1 }
        var widths = columns.enumerated().map { i, c -> Int in
            guard i < count else { return 0 }
            switch c.width {
            case .fixed(let n): return max(0, n)
            case .flex(let m): return max(0, m)
            }
        }
        if count == 1, need(1) > avail { widths[0] = avail; return widths }
        let flex = (0..<count).filter { if case .flex = columns[$0].width { true } else { false } }
        var extra = avail - need(count)
        if !flex.isEmpty, extra > 0 {
            let share = extra / flex.count
            for i in flex { widths[i] += share }
            extra -= share * flex.count
            for i in flex where extra > 0 { widths[i] += 1; extra -= 1 }
        }
        return widths
    }

    /// The overflow indicator (`12–30 of 214`) for `visible` rows starting at `offset`, or `nil`
    /// when every row is visible.
    public func scrollIndicator(offset: Int, visible: Int) -> String? {
        guard rows.count > visible, visible > 0 else { return nil }
        return "\(offset + 1)\(theme.glyphs.rangeDash)\(offset + visible) of \(rows.count)"
    }

    /// Draws with a throwaway state (no selection, top of the list).
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        var state = TableState()
        render(in: area, into: &buffer, state: &state)
    }

    /// Draws the table, correcting `state` so the selection is valid and visible.
    public func render(in area: Rect, into buffer: inout ScreenBuffer, state: inout TableState) {
        let view = viewHeight(for: area)
        state.clamp(rowCount: rows.count, viewHeight: view)
        let visible = state.visibleRows(rowCount: rows.count, viewHeight: view)
        let indicator = scrollIndicator(offset: visible.lowerBound, visible: visible.count)
        var inner = area
        if var block {
            if let indicator { block.footer = indicator }
            block.render(in: area, into: &buffer)
            inner = block.inner(area)
        }
        guard !inner.isEmpty else { return }
        let widths = columnWidths(width: inner.width)
        var y = inner.y
        if showHeader && inner.height >= 2 {
            drawHeader(at: y, in: inner, widths: widths, into: &buffer)
            y += 1
        }
        for index in visible {
            drawRow(rows[index], selected: index == state.selected, at: y, in: inner, widths: widths, into: &buffer)
            y += 1
        }
        if let indicator, block == nil, y < inner.maxY {
            buffer.putTruncated(indicator, x: inner.x, y: inner.maxY - 1, width: inner.width, style: theme.style(.dim),
                                alignment: .right, ellipsis: theme.glyphs.ellipsis)
        }
    }

    // MARK: - Rows

    /// The x of each column's first cell.
    private func origins(_ widths: [Int], in area: Rect) -> [Int] {
        var x = area.x + gutterWidth
        return widths.map { w in
            defer { if w > 0 { x += w + columnSpacing } }
            return x
        }
    }

    private func drawHeader(at y: Int, in area: Rect, widths: [Int], into buffer: inout ScreenBuffer) {
        let style = theme.style(.header)
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
        let g = theme.glyphs
        for (i, x) in origins(widths, in: area).enumerated() where widths[i] > 0 {
            let column = columns[i], w = min(widths[i], area.maxX - x)
            guard w > 0 else { continue }
            var title = column.title
            if i == sortColumn {
                let arrow = sortDescending ? g.sortDescending : g.sortAscending
                let room = w - 1 - DisplayWidth.of(arrow)
                title = room > 0 ? DisplayWidth.truncate(title, to: room, ellipsis: g.ellipsis) + " " + arrow : arrow
            }
            buffer.putTruncated(title, x: x, y: y, width: w, style: style, alignment: column.alignment, ellipsis: g.ellipsis)
        }
    }

    private func drawRow(_ row: TableRow, selected: Bool, at y: Int, in area: Rect, widths: [Int], into buffer: inout ScreenBuffer) {
        let selection = theme.style(.selection)
        if selected {
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: selection)
            buffer.put(theme.glyphs.pointer, x: area.x, y: y, maxWidth: min(area.width, gutterWidth), style: selection)
        }
        for (i, x) in origins(widths, in: area).enumerated() where widths[i] > 0 && i < row.cells.count {
            let cell = row.cells[i], w = min(widths[i], area.maxX - x)
            guard w > 0 else { continue }
            let role = cell.role == .normal ? (row.role ?? .normal) : cell.role
            let style = selected ? merge(role, over: selection) : theme.style(role)
            if let values = cell.sparkValues {
                let rect = Rect(x: x, y: y, width: w, height: 1)
                var spark = ScreenBuffer(width: w, height: 1)
                Sparkline(values: values, theme: theme, role: role).render(in: spark.area, into: &spark)
                if selected { spark.setStyle(spark.area, style) }
                buffer.blit(spark, x: rect.x, y: rect.y)
            } else {
                buffer.putTruncated(cell.text, x: x, y: y, width: w, style: style, alignment: columns[i].alignment,
                                    ellipsis: theme.glyphs.ellipsis)
            }
        }
    }

    /// A cell role's style shown on the selected row: the selection's background and attributes,
    /// the role's foreground and attributes on top.
    private func merge(_ role: Role, over selection: Style) -> Style {
        guard role != .normal else { return selection }
        var s = theme.style(role)
        s.bg = selection.bg
        s.attributes.formUnion(selection.attributes)
        return s
    }
}
