/// A terminal colour: the terminal's default, one of the 8 ANSI colours, or a 256-colour index.
///
/// The presenter maps it down to what the terminal supports (8 colours, monochrome).
public enum Color: Sendable, Hashable {
    /// The terminal's own foreground or background (after `use_default_colors`).
    case `default`
    /// ANSI colour 0–7.
    case black, red, green, yellow, blue, magenta, cyan, white
    /// xterm-256 palette index.
    case indexed(UInt8)

    /// The ANSI number 0–7 of the 8 basic colours, `nil` for default/indexed.
    public var ansi: Int? {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        default: nil
        }
    }
}

/// Text attributes (bold, dim, reverse, underline), combinable.
public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold / bright.
    public static let bold = Attributes(rawValue: 1 << 0)
    /// Dim.
    public static let dim = Attributes(rawValue: 1 << 1)
    /// Reverse video.
    public static let reverse = Attributes(rawValue: 1 << 2)
    /// Underline.
    public static let underline = Attributes(rawValue: 1 << 3)
}

/// Foreground, background and attributes of a cell.
public struct Style: Sendable, Hashable {
    /// Foreground colour.
    public var fg: Color
    /// Background colour.
    public var bg: Color
    /// Attributes.
    public var attributes: Attributes

    /// Creates a style.
    public init(fg: Color = .default, bg: Color = .default, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style with `attrs` added.
    public func adding(_ attrs: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(attrs)
        return s
    }
}
