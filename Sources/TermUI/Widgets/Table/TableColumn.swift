/// How wide a table column is.
public enum ColumnWidth: Sendable, Hashable {
    /// Exactly `n` columns.
    case fixed(Int)
    /// At least `min` columns; flexible columns share the leftover width equally.
    case flex(min: Int)
}

/// A table column: its header title, width rule and alignment.
public struct TableColumn: Sendable, Hashable {
    /// Header text (a sort arrow is added by the table on the sort column).
    public var title: String
    /// Width rule.
    public var width: ColumnWidth
    /// Placement of cell text; numbers and money are `.right`.
    public var alignment: Alignment

    /// Creates a column.
    public init(title: String, width: ColumnWidth, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// Creates a column (unlabelled title).
    public init(_ title: String, width: ColumnWidth, alignment: Alignment = .left) {
        self.init(title: title, width: width, alignment: alignment)
    }
}
