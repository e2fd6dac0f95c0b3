/// A rectangle of terminal cells: origin column `x`, row `y`, and a size, all in cells.
///
/// Rows grow downwards. An empty rect (zero width or height) is valid and draws nothing.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    /// Leftmost column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Width in cells (≥ 0).
    public var width: Int
    /// Height in rows (≥ 0).
    public var height: Int

    /// Creates a rect; negative sizes are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rect at the origin of `width` × `height`.
    public init(width: Int, height: Int) { self.init(x: 0, y: 0, width: width, height: height) }

    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    /// Whether the rect holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// Number of cells.
    public var area: Int { width * height }

    /// The rect shrunk by `dx` columns on the left and right and `dy` rows on top and bottom.
    public func inset(dx: Int = 1, dy: Int = 1) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The overlap of two rects (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let nx = max(x, other.x), ny = max(y, other.y)
        return Rect(x: nx, y: ny, width: min(maxX, other.maxX) - nx, height: min(maxY, other.maxY) - ny)
    }

    /// Whether column `cx`, row `cy` lies inside.
    public func contains(x cx: Int, y cy: Int) -> Bool { cx >= x && cx < maxX && cy >= y && cy < maxY }

    /// The row `index` rows below the top, one row high.
    public func row(_ index: Int) -> Rect { Rect(x: x, y: y + index, width: width, height: index < height ? 1 : 0) }

    public var description: String { "\(width)x\(height)+\(x)+\(y)" }
}
