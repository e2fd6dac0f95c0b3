import TermUI

extension Block {
    /// Draws only this block's footer text into the bottom border of `area` (over an already
    /// drawn border), e.g. a scroll position `12–30 of 214`.
    func renderFooterOnly(in area: Rect, into buffer: inout ScreenBuffer) {
        guard let footer, !footer.isEmpty, area.width >= 6, area.height >= 2 else { return }
        let room = area.width - 4
        let text = DisplayWidth.truncate(footer, to: room, ellipsis: theme.glyphs.ellipsis)
        let w = DisplayWidth.of(text)
        let x = area.maxX - 2 - w
        let y = area.maxY - 1
        let border = theme.style(.border)
        buffer.put(" " + text + " ", x: x - 1, y: y, maxWidth: w + 2, style: border)
    }
}
