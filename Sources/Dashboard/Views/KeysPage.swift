import TermUI
import UsageCore

/// The API keys page (DESIGN.md §3.3): a title line (`15 keys · filter: /support · sort:
/// spend ▼`) and a sortable, filterable, scrollable table of every project and admin key.
///
/// Only the visible rows are formatted; the sorted and filtered order comes from
/// ``KeysPageState/rows``, computed when the snapshot, sort or filter changed.
struct KeysPage {
    let state: AppState
    let theme: Theme
    let layout: ScreenLayout

    /// Blank cells between neighbouring columns.
    static let spacing = 1

    /// The columns shown in a table area `width` cells wide (selection gutter included), in
    /// display order with their widths (``KeyColumnLayout``).
    func columns(width: Int, gutter: Int) -> [(spec: KeyColumnLayout.Spec, width: Int)] {
        let specs = KeyColumnLayout.specs(content: state.keys.contentWidths, sortColumn: state.keys.sortColumn,
                                          arrowWidth: max(DisplayWidth.of(theme.glyphs.sortDescending), DisplayWidth.of(theme.glyphs.sortAscending)))
        return KeyColumnLayout.layout(specs, width: max(0, width - gutter), spacing: KeysPage.spacing,
                                      sortColumn: state.keys.sortColumn)
    }

    func render(into buffer: inout ScreenBuffer) {
        let g = DashboardGlyphs(theme)
        let keys = state.snapshot.keys
        let rowsIndex = state.keys.rows
        let area = layout.keysTable
        let view = layout.keysTableRows
        var position = state.keys.position
        position.clamp(rowCount: rowsIndex.count, viewHeight: view)
        let visible = position.offset..<min(rowsIndex.count, position.offset + view)

        buffer.put(titleLine(g, visible: visible, total: rowsIndex.count),
                   in: Rect(x: layout.body.x + 1, y: layout.body.y, width: layout.body.width - 2, height: 1), theme: theme)

        let gutter = DisplayWidth.of(theme.glyphs.pointer) + 1
        let columns = self.columns(width: area.width, gutter: gutter)
        let ids = columns.map(\.spec.id)
        let rows = visible.map { row(keys[rowsIndex[$0]], facts: state.keys.facts(at: rowsIndex[$0]), columns: ids, g) }
        let sortIndex = columns.firstIndex { $0.spec.sort == state.keys.sortColumn }
        var tableState = TableState(selected: rowsIndex.isEmpty ? nil : position.selected - position.offset, offset: 0)
        let tableColumns = columns.map { TableColumn($0.spec.title, width: .fixed($0.width), alignment: $0.spec.alignment) }
        Table(columns: tableColumns, rows: rows, theme: theme, sortColumn: sortIndex,
              sortDescending: state.keys.sortDescending, columnSpacing: KeysPage.spacing)
            .render(in: Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, rows.count + 1)),
                    into: &buffer, state: &tableState)
        if rowsIndex.isEmpty {
            let message = keys.isEmpty
                ? "No keys in the cache yet."
                : "No key matches \(state.keys.activeFilter.mode == .regex ? "the regex " : "")\"\(state.keys.filter)\" (name, project, owner or key). Esc clears the filter."
            buffer.put(Line(message, role: .dim), in: Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: 1), theme: theme)
        }
    }

    /// `15 keys · filter: /sup · sort: spend ▼` (`filter: /re:^ci-/` for a regex, with a note when
    /// the text is not a valid regex) and `rows 1–19 of 214` when scrolled.
    func titleLine(_ g: DashboardGlyphs, visible: Range<Int>, total: Int) -> Line {
        let all = state.snapshot.keys.count
        var spans: [Span] = []
        spans.append(Span(total == all ? "\(all) keys" : "\(total) of \(all) keys", role: .title))
        if !state.keys.filter.isEmpty {
            spans.append(Span(" \(g.dot) filter: ", role: .dim))
            spans.append(Span("/" + state.keys.activeFilter.title, role: .keyHint))
            if let note = state.keys.activeFilter.note { spans.append(Span(" (\(note))", role: .warn)) }
        }
        let arrow = state.keys.sortDescending ? g.glyphs.sortDescending : g.glyphs.sortAscending
        spans.append(Span(" \(g.dot) sort: ", role: .dim))
        spans.append(Span("\(state.keys.sortColumn.title) \(arrow)", role: .normal))
        if total > visible.count, !visible.isEmpty {
            spans.append(Span(" \(g.dot) rows \(visible.lowerBound + 1)\(g.dash)\(visible.upperBound) of \(total)", role: .dim))
        }
        if state.keys.hasEstimates { spans.append(Span(" \(g.dot) \(g.approx) = estimated from tokens", role: .dim)) }
        if state.keys.hasUnpriced {
            spans.append(Span(" \(g.dot) \(KeyContentWidths.unpricedMark) = partly unpriced", role: .dim))
        }
        return Line(spans: spans)
    }

    /// One table row for `summary` with its derived `facts`, with cells only for `columns`.
    func row(_ summary: KeySummary, facts: KeyFacts, columns: [KeyColumnLayout.ID], _ g: DashboardGlyphs) -> TableRow {
        let key = summary.key
        let now = state.now
        let flags = facts.flags
        let cells: [TableCell] = columns.map { id in
            switch id {
            case .name:
                // An unnamed key is known by its redacted value (the Key column may be hidden when narrow).
                return TableCell(key.name.isEmpty ? key.redactedValue : key.name, role: key.name.isEmpty ? .dim : .normal)
            case .key:
                return TableCell(key.redactedValue, role: .dim)
            case .project:
                return key.kind == .admin ? TableCell(KeyContentWidths.adminProject, role: .dim) : TableCell(summary.projectName ?? g.none)
            case .owner:
                return TableCell(key.owner?.label ?? g.none, role: key.ownerLostAccess ? .warn : .normal)
            case .created:
                return TableCell(KeyContentWidths.shortDate(key.createdAt, now: now), role: .dim)
            case .lastUsed:
                let idle = flags.contains { if case .idle = $0 { true } else { $0 == .neverUsed } }
                return TableCell(RelativeTime.ago(key.lastUsedAt, now: now), role: idle ? .dim : .normal)
            case .access:
                return TableCell(key.ownerProjectAccess ?? g.none, role: key.ownerLostAccess ? .warn : .dim)
            case .spend:
                let text = KeyContentWidths.spendText(summary, glyphs: g.glyphs)
                return TableCell(text == "—" ? g.none : text,
                                 role: summary.spendIsEstimate ? .estimate : (summary.monthToDate == nil ? .missing : .normal))
            case .tokens:
                return TableCell(TokenFormat.compact(summary.monthActivity.totalTokens))
            case .requests:
                return TableCell(TokenFormat.exact(summary.monthActivity.requests))
            case .spark:
                return .spark(summary.last14DaysTokens.map { $0.map(Double.init) })
            case .budget:
                guard facts.budget != nil else { return TableCell(g.none, role: .dim) }
                let use = facts.budgetUse ?? 0
                return TableCell(KeyContentWidths.budgetText(facts.budgetUse),
                                 role: use >= 1 ? .critical : (use >= 0.75 ? .warn : .normal))
            case .flags:
                return TableCell(flags.map(\.shortText).joined(separator: ", "),
                                 role: flags.contains(where: \.isSerious) ? .warn : .dim)
            }
        }
        return TableRow(cells)
    }
}
