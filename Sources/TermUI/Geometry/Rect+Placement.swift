// MARK: - Placement helpers

extension Rect {
    /// A rect of at most `width` × `height` centred in this one (odd leftovers go right/down),
    /// clipped to this rect.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = Swift.min(Swift.max(0, w), width), ch = Swift.min(Swift.max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// The rect shrunk by separate amounts on each side (never negative).
    public func inset(left: Int = 0, right: Int = 0, top: Int = 0, bottom: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }
}
