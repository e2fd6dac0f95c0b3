/// Scroll and selection of a ``Table``: kept by the app between frames (ratatui's `TableState`).
///
/// `offset` is the first visible row; `selected` the selected row index, if any. Every mutation
/// keeps the selection inside `0..<rowCount` and visible in a viewport of `viewHeight` rows
/// (htop's `Panel` scroll rule); ``Table`` applies the same correction when it renders, since the
/// real viewport height is only known then.
public struct TableState: Sendable, Hashable {
    /// Index of the selected row, or `nil`.
    public var selected: Int?
    /// Index of the first visible row (≥ 0).
    public var offset: Int

    /// Creates a state.
    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = max(0, offset)
    }

    /// Selects row `index` (clamped to the rows; `nil` clears) and scrolls so it is visible.
    public mutating func select(_ index: Int?, rowCount: Int, viewHeight: Int) {
        guard rowCount > 0 else { selected = nil; offset = 0; return }
        selected = index.map { min(max($0, 0), rowCount - 1) }
        clamp(rowCount: rowCount, viewHeight: viewHeight)
    }

    /// Moves the selection by `delta` rows (negative: up), clamped at the ends; with no selection
    /// it selects the first row (moving down) or the last (moving up).
    public mutating func move(by delta: Int, rowCount: Int, viewHeight: Int) {
        guard rowCount > 0 else { select(nil, rowCount: 0, viewHeight: viewHeight); return }
        let target = selected.map { $0 + delta } ?? (delta >= 0 ? 0 : rowCount - 1)
        select(target, rowCount: rowCount, viewHeight: viewHeight)
    }

    /// Moves by a page: `viewHeight - 1` rows down (`pages` > 0) or up (< 0), keeping one row of
    /// context.
    public mutating func page(_ pages: Int, rowCount: Int, viewHeight: Int) {
        move(by: pages * max(1, viewHeight - 1), rowCount: rowCount, viewHeight: viewHeight)
    }

    /// Selects the first row.
    public mutating func selectFirst(rowCount: Int, viewHeight: Int) { select(0, rowCount: rowCount, viewHeight: viewHeight) }

    /// Selects the last row.
    public mutating func selectLast(rowCount: Int, viewHeight: Int) { select(rowCount - 1, rowCount: rowCount, viewHeight: viewHeight) }

    /// Makes `offset` valid for `rowCount` rows in a viewport of `viewHeight` rows, scrolling the
    /// least needed to keep `selected` visible, and never leaving blank rows below the end.
    public mutating func clamp(rowCount: Int, viewHeight: Int) {
        let view = max(1, viewHeight)
        if let s = selected {
            if s >= rowCount { selected = rowCount > 0 ? rowCount - 1 : nil }
            if s < 0 { selected = rowCount > 0 ? 0 : nil }
        }
        if let s = selected {
            if s < offset { offset = s }
            if s >= offset + view { offset = s - view + 1 }
        }
        offset = min(max(0, offset), max(0, rowCount - view))
    }

    /// The visible row indexes for `rowCount` rows and a viewport of `viewHeight` rows.
    public func visibleRows(rowCount: Int, viewHeight: Int) -> Range<Int> {
        let start = min(offset, rowCount)
        return start..<min(rowCount, start + max(0, viewHeight))
    }
}
