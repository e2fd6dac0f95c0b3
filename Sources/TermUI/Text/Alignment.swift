/// Horizontal placement of text inside a column or area.
public enum Alignment: Sendable, Hashable {
    /// Flush left (text, names).
    case left
    /// Flush right (numbers, money).
    case right
    /// Centred; an odd leftover column goes to the right.
    case center
}
