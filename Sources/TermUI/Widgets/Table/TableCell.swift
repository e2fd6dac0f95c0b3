/// One table cell: preformatted text in a role, or a sparkline.
public struct TableCell: Sendable, Hashable {
    /// The text, cut by display width with the ellipsis glyph when the column is narrower.
    public var text: String
    /// Style role of the text (or of the sparkline bars).
    public var role: Role
    /// When set, the cell draws these samples as a ``Sparkline`` instead of text.
    public var sparkValues: [Double?]?

    /// Creates a text cell.
    public init(text: String, role: Role = .normal) {
        self.text = text
        self.role = role
        self.sparkValues = nil
    }

    /// Creates a text cell.
    public init(_ text: String, role: Role = .normal) {
        self.init(text: text, role: role)
    }

    /// A cell drawing `values` (oldest first, `nil` missing) as a sparkline.
    public static func spark(_ values: [Double?], role: Role = .normal) -> TableCell {
        var cell = TableCell(text: "", role: role)
        cell.sparkValues = values
        return cell
    }
}

extension TableCell: ExpressibleByStringLiteral {
    /// A ``Role/normal`` text cell from a literal.
    public init(stringLiteral value: String) { self.init(text: value) }
}

/// One table row: cells by column index (missing cells are blank, extra cells ignored).
public struct TableRow: Sendable, Hashable {
    /// The cells, left to right.
    public var cells: [TableCell]
    /// Role applied to every ``Role/normal`` cell of the row (e.g. `.dim` for archived rows).
    public var role: Role?

    /// Creates a row.
    public init(cells: [TableCell], role: Role? = nil) {
        self.cells = cells
        self.role = role
    }

    /// Creates a row.
    public init(_ cells: [TableCell], role: Role? = nil) {
        self.init(cells: cells, role: role)
    }
}
