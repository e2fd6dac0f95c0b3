import TermUI
import UsageCore

/// The `z` chooser, a small box centred over the page:
///
/// ```
/// ┌ Snooze: Organization spend $421.03 passed 75 % … ┐
/// │ ▶ 1  1 hour              until Nov 29 11:30 UTC  │
/// │   2  4 hours             until Nov 29 14:30 UTC  │
/// │   3  1 day               until Nov 30 10:30 UTC  │
/// │   4  rest of the month   until Dec 1 00:00 UTC   │
/// └ 1-4 or ↑↓ Enter · Esc cancel ────────────────────┘
/// ```
struct AlertSnoozeChooserView {
    let chooser: AlertsPageState.SnoozeChooser
    let now: UnixSeconds
    let theme: Theme

    /// The entry lines (without the pointer column).
    func entries(_ g: DashboardGlyphs) -> [(choice: AlertSnoozeChoice, text: String)] {
        AlertSnoozeChoice.allCases.map { choice in
            let until = choice.until(now: now, rule: chooser.rule)
            let label = choice.label(rule: chooser.rule)
            let when = until >= AlertSnoozeChoice.untilResolved ? "" : "until \(UTCDateFormat.dayTime(until, relativeTo: now))"
            return (choice, "\(choice.number)  \(label)" + String(repeating: " ", count: max(1, 20 - DisplayWidth.of(label))) + when)
        }
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let g = DashboardGlyphs(theme)
        let rows = entries(g)
        let footer = "1-4 or \(g.ascii ? "up/down" : "↑↓") Enter \(g.dot) Esc cancel"
        let contentWidth = max(rows.map { DisplayWidth.of($0.text) + 2 }.max() ?? 0, DisplayWidth.of(footer) + 2)
        let width = min(area.width, contentWidth + 4)
        let height = min(area.height, rows.count + 2)
        guard width >= 12, height >= 3 else { return }
        let box = area.centered(width: width, height: height)
        buffer.fill(box)
        let block = Block(title: "Snooze: " + chooser.message, theme: theme, footer: footer)
        block.render(in: box, into: &buffer)
        let inner = block.inner(box)
        for (i, entry) in rows.enumerated() where i < inner.height {
            let selected = entry.choice == chooser.selected
            let line = Line(spans: [Span((selected ? g.glyphs.pointer : " ") + " "), Span(entry.text)])
            let row = Rect(x: inner.x + 1, y: inner.y + i, width: inner.width - 1, height: 1)
            buffer.put(line, in: row, theme: theme)
            if selected { buffer.setStyle(row, theme.style(.selection)) }
        }
    }
}
