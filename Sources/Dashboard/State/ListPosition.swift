/// A selection and scroll offset in a list of rows (the dashboard's own copy of a table's
/// position, kept in ``AppState`` and handed to the table widget when drawing).
///
/// Follows htop's `Panel` rule: the offset moves only as far as needed to keep the selection in view.
public struct ListPosition: Sendable, Hashable {
    /// Index of the selected row (0-based); meaningless when the list is empty.
    public var selected: Int = 0
    /// Index of the first visible row.
    public var offset: Int = 0

    /// The top of an empty list.
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection to `index`, clamped to `0..<rowCount`, and scrolls so that it is among
    /// the `viewHeight` visible rows.
    public mutating func select(_ index: Int, rowCount: Int, viewHeight: Int) {
        guard rowCount > 0 else { selected = 0; offset = 0; return }
        selected = min(max(0, index), rowCount - 1)
        clamp(rowCount: rowCount, viewHeight: viewHeight)
    }

    /// Re-clamps selection and offset after the row count or view height changed.
    public mutating func clamp(rowCount: Int, viewHeight: Int) {
        guard rowCount > 0 else { selected = 0; offset = 0; return }
        selected = min(max(0, selected), rowCount - 1)
        let h = max(1, viewHeight)
        if selected < offset { offset = selected }
        if selected >= offset + h { offset = selected - h + 1 }
        offset = min(max(0, offset), max(0, rowCount - h))
    }
}
