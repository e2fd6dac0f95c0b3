/// How much of a split a segment asks for (ratatui's `Constraint`, solved sequentially).
///
/// ``Layout`` serves lengths first, then percentages, then minimums, then shares what is left
/// among fills by weight; no segment is ever negative.
public enum Constraint: Sendable, Hashable {
    /// Exactly `n` cells (fewer if the area runs out).
    case length(Int)
    /// `p` percent of the whole area (rounded down), 0…100.
    case percentage(Int)
    /// At least `n` cells; also takes leftover space when there is no fill.
    case min(Int)
    /// A share of the leftover space proportional to the weight (default 1).
    case fill(Int = 1)
}
