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

    /// One possible column, with the sort column it shows (if any).
    struct Column {
        let id: ID
        let column: TableColumn
        let sort: KeySortColumn?

        enum ID: Int, CaseIterable { case name, key, project, owner, created, lastUsed, spend, tokens, requests, spark, flags }
    }

    static let all: [Column.ID: Column] = [
        .name: Column(id: .name, column: TableColumn("Name", width: .flex(min: 16)), sort: .name),
        .key: Column(id: .key, column: TableColumn("Key", width: .fixed(13)), sort: nil),
        .project: Column(id: .project, column: TableColumn("Project", width: .fixed(12)), sort: .project),
        .owner: Column(id: .owner, column: TableColumn("Owner", width: .flex(min: 16)), sort: .owner),
        .created: Column(id: .created, column: TableColumn("Created", width: .fixed(8)), sort: .created),
        .lastUsed: Column(id: .lastUsed, column: TableColumn("Last used", width: .fixed(10), alignment: .right), sort: .lastUsed),
        .spend: Column(id: .spend, column: TableColumn("MTD spend", width: .fixed(11), alignment: .right), sort: .spend),
        .tokens: Column(id: .tokens, column: TableColumn("Tokens", width: .fixed(6), alignment: .right), sort: .tokens),
        .requests: Column(id: .requests, column: TableColumn("Requests", width: .fixed(9), alignment: .right), sort: .requests),
        .spark: Column(id: .spark, column: TableColumn("14 days", width: .fixed(14)), sort: nil),
        .flags: Column(id: .flags, column: TableColumn("Flags", width: .flex(min: 17)), sort: nil),
    ]

    /// Columns by importance: the first ones are always shown, later ones when the width allows.
    static let priority: [Column.ID] = [.name, .spend, .lastUsed, .flags, .project, .tokens, .key, .owner, .spark, .requests, .created]

    static let spacing = 1

    /// The columns that fit in `width` cells (after the selection gutter), in display order.
    static func columns(width: Int, gutter: Int) -> [Column] {
        var chosen: Set<Column.ID> = []
        var used = 0
        for id in priority {
            guard let c = all[id] else { continue }
            let w: Int = switch c.column.width {
            case .fixed(let n): n
            case .flex(let m): m
            }
            let need = w + (chosen.isEmpty ? 0 : spacing)
            if used + need <= width - gutter {
                chosen.insert(id)
                used += need
            }
        }
        return Column.ID.allCases.filter(chosen.contains).compactMap { all[$0] }
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
        let columns = KeysPage.columns(width: area.width, gutter: gutter)
        let rows = visible.map { row(keys[rowsIndex[$0]], columns: columns, g) }
        let sortIndex = columns.firstIndex { $0.sort == state.keys.sortColumn }
        var tableState = TableState(selected: rowsIndex.isEmpty ? nil : position.selected - position.offset, offset: 0)
        Table(columns: columns.map(\.column), rows: rows, theme: theme, sortColumn: sortIndex,
              sortDescending: state.keys.sortDescending, columnSpacing: KeysPage.spacing)
            .render(in: Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, rows.count + 1)),
                    into: &buffer, state: &tableState)
        if rowsIndex.isEmpty {
            let message = keys.isEmpty
                ? "No keys in the cache yet."
                : "No key matches \"\(state.keys.filter)\" (name, project, owner or key). Esc clears the filter."
            buffer.put(Line(message, role: .dim), in: Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: 1), theme: theme)
        }
    }

    /// `15 keys · filter: /sup · sort: spend ▼` with `1–19 of 214` at the right when scrolled.
    func titleLine(_ g: DashboardGlyphs, visible: Range<Int>, total: Int) -> Line {
        let all = state.snapshot.keys.count
        var spans: [Span] = []
        spans.append(Span(total == all ? "\(all) keys" : "\(total) of \(all) keys", role: .title))
        if !state.keys.filter.isEmpty {
            spans.append(Span(" \(g.dot) filter: ", role: .dim))
            spans.append(Span("/" + state.keys.filter, role: .keyHint))
        }
        let arrow = state.keys.sortDescending ? g.glyphs.arrowDown : g.glyphs.arrowUp
        spans.append(Span(" \(g.dot) sort: ", role: .dim))
        spans.append(Span("\(state.keys.sortColumn.title) \(arrow)", role: .normal))
        if total > visible.count, !visible.isEmpty {
            spans.append(Span(" \(g.dot) rows \(visible.lowerBound + 1)\(g.dash)\(visible.upperBound) of \(total)", role: .dim))
        }
        if state.keys.hasEstimates { spans.append(Span(" \(g.dot) \(g.approx) = estimated from tokens", role: .dim)) }
        return Line(spans: spans)
    }

    /// One table row for `summary`, with cells only for `columns`.
    func row(_ summary: KeySummary, columns: [Column], _ g: DashboardGlyphs) -> TableRow {
        let key = summary.key
        let now = state.now
        let flags = KeyFlag.flags(for: key, now: now)
        let cells: [TableCell] = columns.map { c in
            switch c.id {
            case .name:
                // An unnamed key is known by its redacted value (the Key column may be hidden when narrow).
                return TableCell(key.name.isEmpty ? key.redactedValue : key.name, role: key.name.isEmpty ? .dim : .normal)
            case .key:
                return TableCell(key.redactedValue, role: .dim)
            case .project:
                return key.kind == .admin ? TableCell("admin key", role: .dim) : TableCell(summary.projectName ?? g.none)
            case .owner:
                return TableCell(key.owner?.label ?? g.none, role: key.ownerLostAccess ? .warn : .normal)
            case .created:
                return TableCell(KeysPage.shortDate(key.createdAt, now: now), role: .dim)
            case .lastUsed:
                let idle = flags.contains { if case .idle = $0 { true } else { $0 == .neverUsed } }
                return TableCell(RelativeTime.ago(key.lastUsedAt, now: now), role: idle ? .dim : .normal)
            case .spend:
                return TableCell(g.money(summary.monthToDate, estimate: summary.spendIsEstimate),
                                 role: summary.spendIsEstimate ? .estimate : (summary.monthToDate == nil ? .missing : .normal))
            case .tokens:
                return TableCell(TokenFormat.compact(summary.monthActivity.totalTokens))
            case .requests:
                return TableCell(TokenFormat.exact(summary.monthActivity.requests))
            case .spark:
                return .spark(summary.last14DaysTokens.map { $0.map(Double.init) })
            case .flags:
                let text = flags.map(\.text).joined(separator: ", ")
                let serious = flags.contains { [.ownerLostAccess, .expired].contains($0) || { if case .expiresSoon = $0 { true } else { false } }($0) }
                return TableCell(text, role: serious ? .warn : .dim)
            }
        }
        return TableRow(cells)
    }

    /// `Nov 24` this year, `Nov 2025` before.
    static func shortDate(_ t: UnixSeconds, now: UnixSeconds) -> String {
        UTCCalendar.civil(t).year == UTCCalendar.civil(now).year ? UTCDateFormat.day(t) : UTCDateFormat.monthYear(t)
    }
}
