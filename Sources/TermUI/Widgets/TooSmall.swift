/// The "terminal too small" screen drawn instead of the dashboard (btop's resize message):
/// `Terminal too small: 40×10, need 60×16`, centred in the area.
///
/// The current size is the area's size. When the sentence does not fit on one row it is split
/// over two, and cut with the ellipsis glyph if still too wide; it never crashes on a 1×1 area.
public struct TooSmall: Widget {
    /// Minimum columns the app needs.
    public var minWidth: Int
    /// Minimum rows the app needs.
    public var minHeight: Int
    /// Styles and glyphs.
    public var theme: Theme

    /// Creates the message.
    public init(minWidth: Int, minHeight: Int, theme: Theme) {
        self.minWidth = minWidth
        self.minHeight = minHeight
        self.theme = theme
    }

    /// The message lines for an area of `width` × `height`.
    public func message(width: Int, height: Int) -> [String] {
        let x = theme.glyphs.times
        let head = "Terminal too small:"
        let size = "\(width)\(x)\(height), need \(minWidth)\(x)\(minHeight)"
        let one = head + " " + size
        if DisplayWidth.of(one) <= width || height < 2 { return [one] }
        return [head, size]
    }

    /// Clears `area` and draws the message centred in it.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let lines = message(width: area.width, height: area.height)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, text) in lines.enumerated() where top + i < area.maxY {
            buffer.putTruncated(text, x: area.x, y: top + i, width: area.width, style: theme.style(i == 0 ? .warn : .normal),
                                alignment: .center, ellipsis: theme.glyphs.ellipsis)
        }
    }
}
