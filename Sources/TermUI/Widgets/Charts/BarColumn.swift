/// One column of a ``StackedBarChart``: stacked segment values and an optional x label.
public struct BarColumn: Sendable, Hashable {
    /// Segment values by series index, bottom first (same unit as the chart's value labels).
    /// Negative and non-finite values count as zero.
    public var segments: [Double]
    /// Label under the axis (e.g. `"24"`), drawn when it fits without overlapping.
    public var label: String?
    /// Whether the column has no data (drawn with the missing glyph, not as zero).
    public var isMissing: Bool

    /// Creates a column.
    public init(segments: [Double], label: String? = nil, isMissing: Bool = false) {
        self.segments = segments
        self.label = label
        self.isMissing = isMissing
    }

    /// A column with no data.
    public static func missing(label: String? = nil) -> BarColumn {
        BarColumn(segments: [], label: label, isMissing: true)
    }

    /// The sum of the (non-negative, finite) segments.
    public var total: Double {
        segments.reduce(0) { $0 + ($1.isFinite ? max(0, $1) : 0) }
    }
}
