/// A bordered box with a title in its top border: `┌ Title ────┐` (ratatui's `Block`).
///
/// The border uses ``Role/border`` (``Role/title`` when focused, so the focused box shows in
/// monochrome as bold); the title uses ``Role/title``. An optional footer is drawn right-aligned
/// in the bottom border (tables put their `12–30 of 214` scroll indicator there). Areas smaller
/// than 2×2 draw nothing.
public struct Block: Widget {
    /// Title text, truncated by display width to fit the top border.
    public var title: String?
    /// Styles and glyphs.
    public var theme: Theme
    /// Whether this box has the keyboard focus.
    public var focused: Bool
    /// Text drawn right-aligned in the bottom border.
    public var footer: String?

    /// Creates a block.
    public init(title: String?, theme: Theme, focused: Bool = false, footer: String? = nil) {
        self.title = title
        self.theme = theme
        self.focused = focused
        self.footer = footer
    }

    /// The area inside the border (one cell in from each side; empty for tiny areas).
    public func inner(_ area: Rect) -> Rect { area.inset(dx: 1, dy: 1) }

    /// Draws the border, title and footer.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        let g = theme.glyphs
        let border = theme.style(focused ? .title : .border)
        let top = area.y, bottom = area.maxY - 1, left = area.x, right = area.maxX - 1
        buffer.fill(Rect(x: left + 1, y: top, width: area.width - 2, height: 1), symbol: g.horizontal, style: border)
        buffer.fill(Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1), symbol: g.horizontal, style: border)
        buffer.fill(Rect(x: left, y: top + 1, width: 1, height: area.height - 2), symbol: g.vertical, style: border)
        buffer.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), symbol: g.vertical, style: border)
        buffer.fill(Rect(x: left, y: top, width: 1, height: 1), symbol: g.topLeft, style: border)
        buffer.fill(Rect(x: right, y: top, width: 1, height: 1), symbol: g.topRight, style: border)
        buffer.fill(Rect(x: left, y: bottom, width: 1, height: 1), symbol: g.bottomLeft, style: border)
        buffer.fill(Rect(x: right, y: bottom, width: 1, height: 1), symbol: g.bottomRight, style: border)
        // " Title " between the corners, keeping one border cell on each side.
        let room = area.width - 4
        if let title, !title.isEmpty, room >= 1 {
            let text = DisplayWidth.truncate(title, to: room, ellipsis: g.ellipsis)
            let w = DisplayWidth.of(text)
            let clip = area.intersection(buffer.area)
            let titleStyle = theme.style(.title)
            if left + 1 < clip.maxX { buffer.put(" ", x: left + 1, y: top, maxWidth: 1, style: border) }
            buffer.put(text, x: left + 2, y: top, maxWidth: room, style: titleStyle)
            if left + 2 + w < right { buffer.put(" ", x: left + 2 + w, y: top, maxWidth: 1, style: border) }
        }
        if let footer, !footer.isEmpty, room >= 1 {
            let text = DisplayWidth.truncate(footer, to: room, ellipsis: g.ellipsis)
            let w = DisplayWidth.of(text)
            let x = right - 1 - w
            buffer.put(" ", x: x - 1, y: bottom, maxWidth: 1, style: border)
            buffer.put(text, x: x, y: bottom, maxWidth: w, style: border)
            buffer.put(" ", x: right - 1, y: bottom, maxWidth: 1, style: border)
        }
    }
}
