/// Splits a ``Rect`` into consecutive rows or columns by ``Constraint``s.
///
/// A simple sequential allocator instead of ratatui's constraint solver
/// (`notes/tui-architecture.md` §2.1): lengths first, then percentages of the whole, then
/// minimums, then the rest to fills by weight (remainders to the earliest fills). With no fill,
/// leftover goes to `.min` segments, and otherwise stays unused at the end. Segments never
/// overlap, never leave the area, and are never negative; in a tiny area the later, lower
/// priority segments shrink to zero first.
public struct Layout: Sendable, Hashable {
    /// Which way segments are stacked.
    public enum Direction: Sendable, Hashable {
        /// Rows, top to bottom.
        case vertical
        /// Columns, left to right.
        case horizontal
    }

    /// Which way segments are stacked.
    public var direction: Direction
    /// One constraint per segment.
    public var constraints: [Constraint]
    /// Blank cells between neighbouring segments (taken before any segment is served).
    public var spacing: Int

    /// Creates a layout.
    public init(direction: Direction, constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    /// Segments stacked top to bottom.
    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(direction: .vertical, constraints: constraints, spacing: spacing)
    }

    /// Segments side by side, left to right.
    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(direction: .horizontal, constraints: constraints, spacing: spacing)
    }

    /// The segments of `area`, one per constraint, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let sizes = Layout.sizes(constraints, total: total, spacing: spacing)
        var rects: [Rect] = []
        rects.reserveCapacity(sizes.count)
        var pos = 0
        for (i, size) in sizes.enumerated() {
            if i > 0 { pos = Swift.min(total, pos + spacing) }
            let s = Swift.min(size, total - pos)
            switch direction {
            case .vertical: rects.append(Rect(x: area.x, y: area.y + pos, width: area.width, height: s))
            case .horizontal: rects.append(Rect(x: area.x + pos, y: area.y, width: s, height: area.height))
            }
            pos += s
        }
        return rects
    }

    /// The sizes (cells) of the segments for a span of `total` cells.
    public static func sizes(_ constraints: [Constraint], total: Int, spacing: Int = 0) -> [Int] {
        let n = constraints.count
        guard n > 0 else { return [] }
        let whole = Swift.max(0, total)
        var left = Swift.max(0, whole - spacing * (n - 1))
        var sizes = Array(repeating: 0, count: n)
        func take(_ want: Int) -> Int {
            let got = Swift.min(Swift.max(0, want), left)
            left -= got
            return got
        }
        for (i, c) in constraints.enumerated() { if case .length(let l) = c { sizes[i] = take(l) } }
        for (i, c) in constraints.enumerated() {
            if case .percentage(let p) = c { sizes[i] = take(whole * Swift.min(Swift.max(p, 0), 100) / 100) }
        }
        for (i, c) in constraints.enumerated() { if case .min(let m) = c { sizes[i] = take(m) } }
        var fills: [(index: Int, weight: Int)] = []
        for (i, c) in constraints.enumerated() { if case .fill(let w) = c { fills.append((i, Swift.max(w, 0))) } }
        if fills.isEmpty {
            fills = constraints.indices.compactMap { i in
                if case .min = constraints[i] { return (i, 1) } else { return nil }
            }
        }
        let weight = fills.reduce(0) { $0 + $1.weight }
        if weight > 0, left > 0 {
            let pool = left
            var given = 0
            for f in fills {
                let share = pool * f.weight / weight
                sizes[f.index] += share
                given += share
            }
            var rest = pool - given
            for f in fills where rest > 0 && f.weight > 0 {
                sizes[f.index] += 1
                rest -= 1
            }
            left = 0
        }
        return sizes
    }
}
