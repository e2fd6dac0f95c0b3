/// A run of text with one semantic ``Role`` (ratatui's `Span`).
public struct Span: Sendable, Hashable {
    /// The text; display width is measured with ``DisplayWidth``.
    public var text: String
    /// How the text is styled, resolved through a ``Theme``.
    public var role: Role

    /// Creates a span.
    public init(text: String, role: Role = .normal) {
        self.text = text
        self.role = role
    }

    /// Creates a span (unlabelled text).
    public init(_ text: String, role: Role = .normal) {
        self.init(text: text, role: role)
    }

    /// Display width in columns.
    public var width: Int { DisplayWidth.of(text) }
}

extension Span: ExpressibleByStringLiteral {
    /// A ``Role/normal`` span from a literal.
    public init(stringLiteral value: String) { self.init(text: value) }
}
