/// One row of styled text: a sequence of ``Span``s (ratatui's `Line`).
public struct Line: Sendable, Hashable {
    /// The spans, left to right.
    public var spans: [Span]
    /// Where the line sits when it is narrower than its area.
    public var alignment: Alignment

    /// Creates a line from spans.
    public init(spans: [Span], alignment: Alignment = .left) {
        self.spans = spans
        self.alignment = alignment
    }

    /// Creates a line from spans.
    public init(_ spans: [Span], alignment: Alignment = .left) {
        self.init(spans: spans, alignment: alignment)
    }

    /// A line of one span.
    public init(_ text: String, role: Role = .normal, alignment: Alignment = .left) {
        self.init(spans: [Span(text: text, role: role)], alignment: alignment)
    }

    /// An empty line.
    public static let empty = Line(spans: [])

    /// Display width in columns.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// The concatenated text, without styles.
    public var plainText: String { spans.map(\.text).joined() }
}

extension Line: ExpressibleByStringLiteral {
    /// A ``Role/normal`` line from a literal.
    public init(stringLiteral value: String) { self.init(value) }
}
