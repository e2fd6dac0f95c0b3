import TermUI
import UsageCore

/// One key's detail (Enter on the API keys page; Esc goes back): every field the snapshot has
/// for it, exact token counts, and its tokens per day over the last 14 UTC days.
struct KeyDetailView {
    let key: KeySummary
    let state: AppState
    let theme: Theme

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let g = DashboardGlyphs(theme)
        let k = key.key
        let block = Block(title: "Key \(g.dot) \(k.name.isEmpty ? k.redactedValue : k.name)", theme: theme, focused: true,
                          footer: "Esc back")
        block.render(in: area, into: &buffer)
        let inner = block.inner(area).inset(dx: 1, dy: 0)
        guard !inner.isEmpty else { return }
        let now = state.now
        let a = key.monthActivity
        var facts: [(String, String, Role)] = [
            ("Key", k.redactedValue, .normal),
            ("Kind", k.kind == .admin ? "admin key" : "project key", .normal),
            ("Project", k.kind == .admin ? g.none : (key.projectName ?? k.projectID ?? g.none), .normal),
            ("Owner", (k.owner?.label ?? g.none) + (k.owner?.role.map { " (\($0))" } ?? ""), .normal),
        ]
        if let access = k.ownerProjectAccess {
            facts.append(("Owner access", access == "inactive" ? "inactive: the owner lost access" : access,
                          k.ownerLostAccess ? .warn : .normal))
        }
        facts += [
            ("Created", UTCDateFormat.dayTime(k.createdAt, relativeTo: now), .normal),
            ("Last used", k.lastUsedAt.map { "\(UTCDateFormat.dayTime($0, relativeTo: now)) (\(RelativeTime.ago($0, now: now)))" } ?? "never", .normal),
        ]
        if let expires = k.expiresAt {
            facts.append(("Expires", "\(UTCDateFormat.dayTime(expires, relativeTo: now)) (\(RelativeTime.ago(expires, now: now)))",
                          expires - now < KeyFlag.expiryWarningDays * UTCCalendar.secondsPerDay ? .warn : .normal))
        }
        let month = UTCDateFormat.month(now)
        facts += [
            ("Spend, \(month) MTD", g.money(key.monthToDate, estimate: key.spendIsEstimate) + (key.spendIsEstimate ? " (estimated from tokens)" : ""),
             .title),
            ("Input, uncached", TokenFormat.exact(a.inputUncached), .normal),
            ("Input, cached", TokenFormat.exact(a.inputCached), .normal),
            ("Output", TokenFormat.exact(a.output), .normal),
            ("Requests", TokenFormat.exact(a.requests), .normal),
        ]
        let flags = KeyFlag.flags(for: k, now: now)
        if !flags.isEmpty { facts.append(("Flags", flags.map(\.text).joined(separator: ", "), .warn)) }

        // Facts on the left; charts on the right when wide, else below.
        let labelWidth = facts.map { DisplayWidth.of($0.0) }.max() ?? 0
        let valueWidth = facts.map { DisplayWidth.of($0.1) }.max() ?? 0
        let factsWidth = min(inner.width, labelWidth + 2 + valueWidth)
        let wide = inner.width - factsWidth - 2 >= 26
        for (i, f) in facts.enumerated() where i < inner.height {
            buffer.putTruncated(f.0, x: inner.x, y: inner.y + i, width: labelWidth, style: theme.style(.dim))
            buffer.putTruncated(f.1, x: inner.x + labelWidth + 2, y: inner.y + i, width: factsWidth - labelWidth - 2,
                                style: theme.style(f.2), ellipsis: theme.glyphs.ellipsis)
        }
        let chartsArea = wide
            ? Rect(x: inner.x + factsWidth + 2, y: inner.y, width: inner.width - factsWidth - 2, height: inner.height)
            : Rect(x: inner.x, y: inner.y + facts.count + 1, width: inner.width, height: inner.maxY - (inner.y + facts.count + 1))
        guard chartsArea.height >= 4 else { return }
        let first = UTCCalendar.startOfDay(now) - 13 * UTCCalendar.secondsPerDay
        let label = { (i: Int) in UsagePage.dayLabel(first + Int64(i) * UTCCalendar.secondsPerDay) }
        let tokens = key.last14DaysTokens.enumerated().map { i, v in
            v.map { BarColumn(segments: [Double($0)], label: label(i)) } ?? .missing(label: label(i))
        }
        let spend = key.last14DaysSpend.enumerated().map { i, v in
            v.map { BarColumn(segments: [$0.doubleValue], label: label(i)) } ?? .missing(label: label(i))
        }
        let both = chartsArea.height >= 12
        let parts = Layout.vertical(both ? [.fill(), .fill()] : [.fill()]).split(chartsArea)
        drawChart(title: "Tokens per day, UTC", columns: tokens, label: UsagePage.tokens, note: "no usage yet",
                  in: parts[0], into: &buffer)
        if both {
            drawChart(title: (key.spendIsEstimate ? "\(g.approx)" : "") + "Spend per day, USD", columns: spend,
                      label: { UsagePage.dollars($0) }, note: "no spend yet", in: parts[1], into: &buffer)
        }
    }

    func drawChart(title: String, columns: [BarColumn], label: @escaping (Double) -> String, note: String, in area: Rect,
                   into buffer: inout ScreenBuffer) {
        let block = Block(title: title, theme: theme)
        block.render(in: area, into: &buffer)
        if columns.allSatisfy(\.isMissing) {
            buffer.put(Line("No data for this key.", role: .dim, alignment: .center),
                       in: block.inner(area).row(block.inner(area).height / 2), theme: theme)
            return
        }
        StackedBarChart(columns: columns, theme: theme, valueLabel: label, emptyNote: note).render(in: block.inner(area), into: &buffer)
    }
}
