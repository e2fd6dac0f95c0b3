import TermUI
import UsageCore

/// The Alerts page (DESIGN.md §3.4): every alert, firing first, then snoozed, acknowledged and
/// resolved, newest first within each group; two rows each — state and message, then scope,
/// period and times:
///
/// ```
/// ▶ ● FIRING    Organization spend $380.00 passed 75 % of $500.00 API limit
///               Organization · Nov 2026 · fired Nov 24 09:12 UTC
/// ```
struct AlertsPage {
    /// Rows each alert takes.
    static let rowsPerAlert = 2
    /// Width of the state column (`◌ RESOLVED` plus a space).
    static let stateWidth = 11

    let state: AppState
    let theme: Theme
    let layout: ScreenLayout

    func render(into buffer: inout ScreenBuffer) {
        let area = layout.body
        guard !area.isEmpty else { return }
        let g = DashboardGlyphs(theme)
        let page = state.alertsPage
        buffer.put(title(g), in: area.row(0).inset(left: 1, right: 1), theme: theme)
        guard !page.ordered.isEmpty else {
            if area.height > 2 {
                buffer.put(Line("No alerts yet. Thresholds, forecasts, spikes and sync problems appear here when they fire.", role: .dim),
                           in: area.row(2).inset(left: 2, right: 1), theme: theme)
            }
            return
        }
        let text = AlertText(snapshot: state.snapshot, now: state.now, g: g)
        let view = layout.alertItems
        var position = page.position
        position.clamp(rowCount: page.ordered.count, viewHeight: view)
        let visible = position.offset..<min(page.ordered.count, position.offset + view)
        var y = area.y + 1
        for index in visible where y + AlertsPage.rowsPerAlert <= area.maxY {
            draw(page.ordered[index], selected: index == position.selected, at: y, width: area.width, text, g, into: &buffer)
            y += AlertsPage.rowsPerAlert
        }
        if visible.count < page.ordered.count {
            let more = "\(visible.lowerBound + 1)\(g.dash)\(visible.upperBound) of \(page.ordered.count)"
            buffer.put(Line(more, role: .dim, alignment: .right), in: area.row(0).inset(right: 1), theme: theme)
        }
    }

    /// `4 Alerts · 2 firing · 1 snoozed · 1 acknowledged · 3 resolved` (zero counts left out).
    func title(_ g: DashboardGlyphs) -> Line {
        let all = state.alertsPage.ordered
        var spans = [Span("Alerts", role: .title)]
        let groups: [(String, (AlertState) -> Bool, Role)] = [
            ("firing", { $0 == .firing }, .critical),
            ("snoozed", { if case .snoozed = $0 { true } else { false } }, .warn),
            ("acknowledged", { if case .acknowledged = $0 { true } else { false } }, .normal),
            ("resolved", { if case .resolved = $0 { true } else { false } }, .dim),
        ]
        for (name, test, role) in groups {
            let n = all.reduce(0) { $0 + (test($1.state) ? 1 : 0) }
            if n > 0 { spans += [Span(" \(g.dot) ", role: .dim), Span("\(n) \(name)", role: role)] }
        }
        if all.isEmpty { spans.append(Span(" \(g.dot) none", role: .dim)) }
        return Line(spans: spans)
    }

    func draw(_ record: AlertRecord, selected: Bool, at y: Int, width: Int, _ text: AlertText, _ g: DashboardGlyphs,
              into buffer: inout ScreenBuffer) {
        let label = text.stateLabel(record.state)
        let pointer = selected ? g.glyphs.pointer : " "
        let indent = 2 + AlertsPage.stateWidth
        let first = Line(spans: [Span(pointer + " ", role: selected ? .selection : .normal),
                                 Span(label.text.padding(toWidth: AlertsPage.stateWidth), role: label.role),
                                 Span(record.message, role: record.state.isOpen ? .normal : .dim)])
        let second = Line(spans: [Span(String(repeating: " ", count: indent)),
                                  Span("\(text.scope(record.key.scope)) \(g.dot) \(text.period(record.key)) \(g.dot) \(text.times(record))", role: .dim)])
        buffer.put(first, in: Rect(x: 0, y: y, width: width - 1, height: 1), theme: theme)
        buffer.put(second, in: Rect(x: 0, y: y + 1, width: width - 1, height: 1), theme: theme)
        if selected {
            buffer.setStyle(Rect(x: 0, y: y, width: width, height: 1), theme.style(.selection))
        }
    }
}

private extension String {
    /// The string padded with spaces to `width` display cells.
    func padding(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
