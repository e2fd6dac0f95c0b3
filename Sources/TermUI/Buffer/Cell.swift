/// One terminal cell: a grapheme and its style.
///
/// A wide (two-column) grapheme occupies its cell and the next; the next cell then holds the
/// empty string as a continuation marker and is skipped by the presenter.
public struct Cell: Sendable, Hashable {
    /// The grapheme drawn in the cell; `" "` when blank, `""` for the right half of a wide glyph.
    public var symbol: String
    /// The cell's style.
    public var style: Style

    /// Creates a cell.
    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    /// A blank cell in the default style.
    public static let blank = Cell()

    /// Whether this cell is the right half of a wide glyph.
    public var isContinuation: Bool { symbol.isEmpty }
}
