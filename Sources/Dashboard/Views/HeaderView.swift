import TermUI
import UsageCore

/// The top row: `usagetop · default [DEMO]`, the page tabs, and the sync status at the right.
struct HeaderView {
    let state: AppState
    let theme: Theme

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let g = DashboardGlyphs(theme)
        let source = state.snapshot.source
        var title: [Span] = [Span("usagetop \(g.dot) ", role: .title), Span(source.profile, role: .title)]
        if source.isDemo { title += [Span(" "), Span("[DEMO]", role: .demo)] }
        let titles = Page.allCases.map { $0.tabTitle(in: state) }
        let tabs = Tabs(titles: titles, selected: state.page.rawValue, theme: theme)
        let tabsWidth = titles.reduce(0) { $0 + DisplayWidth.of($1) + 4 }
        let status = SyncLabel(sync: state.snapshot.sync, now: state.now, pollInterval: state.pollInterval, glyphs: g)

        // Title, then tabs, then the status right-aligned in what is left. When narrow, the
        // title loses "usagetop · ", then goes (so a status of up to 30 cells shows whole);
        // the status is cut last.
        let statusWidth = DisplayWidth.of(status.text)
        var titleWidth = Line(spans: title).width
        if titleWidth + 2 + tabsWidth + 2 + statusWidth > area.width {
            title = [Span(source.profile, role: .title)] + (source.isDemo ? [Span(" "), Span("[DEMO]", role: .demo)] : [])
            titleWidth = Line(spans: title).width
        }
        if titleWidth + 2 + tabsWidth + 2 + min(statusWidth, 30) > area.width { titleWidth = 0 }
        var x = area.x
        if titleWidth > 0 {
            buffer.put(Line(spans: title), in: Rect(x: x, y: area.y, width: titleWidth, height: 1), theme: theme)
            x += titleWidth + 2
        }
        let tabsRect = Rect(x: x, y: area.y, width: min(tabsWidth, area.maxX - x), height: 1)
        tabs.render(in: tabsRect, into: &buffer)
        x = tabsRect.maxX + 2
        let room = area.maxX - x
        if room > 0 {
            buffer.put(Line(status.text, role: status.role, alignment: .right),
                       in: Rect(x: x, y: area.y, width: room, height: 1), theme: theme)
        }
    }
}
