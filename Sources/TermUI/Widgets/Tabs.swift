/// One row of page tabs, ` 1 Usage  2 Limits  3 API keys `, the selected one highlighted.
///
/// Each tab is drawn as ` N Title ` (number prefix when ``numbered``); the selected tab uses
/// ``Role/tabActive`` (reverse + bold in monochrome), the others ``Role/tabInactive``. When the
/// row is too narrow the unselected tabs shrink to their number, so the selected title stays
/// readable; what still does not fit is clipped.
public struct Tabs: Widget {
    /// Tab titles in order (`"Usage"`, `"Alerts(2)"` …).
    public var titles: [String]
    /// Index of the selected tab (out of range: none highlighted).
    public var selected: Int
    /// Styles and glyphs.
    public var theme: Theme
    /// Whether each title is prefixed with its 1-based number (the key that selects it).
    public var numbered: Bool

    /// Creates a tab row.
    public init(titles: [String], selected: Int, theme: Theme, numbered: Bool = true) {
        self.titles = titles
        self.selected = selected
        self.theme = theme
        self.numbered = numbered
    }

    /// The text of each tab cell (with its one-space padding), full or compact.
    func labels(compact: Bool) -> [String] {
        titles.enumerated().map { i, t in
            let number = numbered ? "\(i + 1)" : ""
            if compact && i != selected && numbered { return " \(number) " }
            return " " + (numbered ? number + " " : "") + t + " "
        }
    }

    /// Draws the tabs in the first row of `area`.
    public func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        var labels = labels(compact: false)
        if labels.reduce(0, { $0 + DisplayWidth.of($1) }) > area.width { labels = self.labels(compact: true) }
        var x = area.x
        for (i, label) in labels.enumerated() {
            let room = area.maxX - x
            guard room > 0 else { break }
            let style = theme.style(i == selected ? .tabActive : .tabInactive)
            x += buffer.putTruncated(label, x: x, y: area.y, width: room, style: style, ellipsis: theme.glyphs.ellipsis)
        }
    }
}
