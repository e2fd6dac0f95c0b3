import TermUI

/// Which columns the API keys table shows at a given width, and how wide each one is (terminal
/// cells): pure, so the choice can be tested without drawing.
///
/// Every column has a *natural* width (its widest value from ``KeyContentWidths``, or its
/// header with the sort arrow, whichever is wider) and a *floor*:
/// - The **Key** never shrinks: the redacted value (`sk-svcacct-...Kq3d`) is how a person
///   recognises a key, so it is shown whole (up to ``keyCap`` cells).
/// - **Name**, **Project**, **Owner** and **Flags** shrink (to ``nameFloor``, ``projectFloor``,
///   ``ownerFloor``, ``flagsFloor``) and grow to fill the width.
/// - The other columns (dates, money, counts, the 14-day sparkline) are fixed.
///
/// Layout: columns are admitted in ``priority`` order while every admitted column still fits at
/// its floor (the sort column right after the first six, so the sorted figure stays on
/// screen); then each starts at its natural width and columns give up cells in ``shrinkOrder``
/// until the row fits; any width left over is shared by the growing columns.
/// At 120 columns every column of the DESIGN.md §3.3 sketch (and Created, and Budget when a key
/// has a local budget) fits; at 80 the first six: Name, Key, Last used, MTD spend, Tokens,
/// Flags; from about 140 all thirteen (Access and Requests last).
struct KeyColumnLayout {
    /// The table's columns, in display order.
    enum ID: Int, CaseIterable, Sendable {
        case name, key, project, owner, created, lastUsed, access, spend, tokens, requests, spark, budget, flags
    }

    /// One column's header, alignment, sort column and width rule.
    struct Spec: Sendable {
        let id: ID
        let title: String
        let alignment: Alignment
        let sort: KeySortColumn?
        /// Cells wanted: the widest value or the header, whichever is wider.
        let natural: Int
        /// Cells it may shrink to (``natural`` for fixed columns).
        let floor: Int
        /// Whether it takes a share of leftover width.
        let grows: Bool
    }

    /// Columns by importance: the first six are always wanted; later ones when the width allows.
    static let priority: [ID] = [.name, .key, .lastUsed, .spend, .tokens, .flags, .spark, .budget, .project, .owner, .created,
                                 .access, .requests]
    /// How many of ``priority`` come before the sort column's promoted place.
    static let essentialCount = 6
    /// Which columns give up width first when the row is too wide: Project and Owner (widest
    /// first), then Flags, then Name — the name is how a key is known, so it is cut last.
    static let shrinkOrder: [Set<ID>] = [[.project, .owner], [.flags], [.name]]

    static let nameFloor = 12
    static let projectFloor = 7
    static let ownerFloor = 9
    static let flagsFloor = 10
    /// The widest a redacted key value is shown (real ones are under 20 cells).
    static let keyCap = 32
    /// Cells of the 14-day sparkline (one per day).
    static let sparkDays = 14
    /// `59 min ago`, `1234 d ago`.
    static let lastUsedWidth = 10
    /// `999.9M`, the widest compact token count.
    static let tokensWidth = 6

    /// The column specs for `content`, with the sort arrow (`arrowWidth` cells plus a blank)
    /// reserved in the header of the column sorted by `sortColumn`.
    static func specs(content: KeyContentWidths, sortColumn: KeySortColumn, arrowWidth: Int) -> [Spec] {
        func spec(_ id: ID, _ title: String, _ alignment: Alignment = .left, sort: KeySortColumn? = nil,
                  content: Int, floor: Int? = nil, grows: Bool = false) -> Spec {
            let header = DisplayWidth.of(title) + (sort != nil && sort == sortColumn ? 1 + arrowWidth : 0)
            let natural = max(header, content)
            return Spec(id: id, title: title, alignment: alignment, sort: sort, natural: natural,
                        floor: floor.map { max(min(natural, $0), min(header, natural)) } ?? natural, grows: grows)
        }
        var specs = [
            spec(.name, "Name", sort: .name, content: content.name, floor: nameFloor, grows: true),
            spec(.key, "Key", sort: .key, content: min(content.key, keyCap)),
            spec(.project, "Project", sort: .project, content: content.project, floor: projectFloor, grows: true),
            spec(.owner, "Owner", sort: .owner, content: content.owner, floor: ownerFloor, grows: true),
            spec(.created, "Created", sort: .created, content: content.created),
            spec(.lastUsed, "Last used", .right, sort: .lastUsed, content: lastUsedWidth),
            spec(.access, "Access", sort: .access, content: content.access),
            spec(.spend, "MTD spend", .right, sort: .spend, content: content.spend),
            spec(.tokens, "Tokens", .right, sort: .tokens, content: tokensWidth),
            spec(.requests, "Requests", .right, sort: .requests, content: content.requests),
            spec(.spark, "14 days", sort: .trend, content: sparkDays),
            spec(.budget, "Budget", .right, sort: .budget, content: content.budget),
            spec(.flags, "Flags", sort: .flags, content: content.flags, floor: flagsFloor, grows: true),
        ]
        // No key has a local budget: no Budget column (unless it is the sorted one).
        if content.budget == 0 && sortColumn != .budget { specs.removeAll { $0.id == .budget } }
        return specs
    }

    /// The columns shown in `width` cells with `spacing` blanks between neighbours, in display
    /// order, each with its width; their widths and spacing add up to exactly `width` (the
    /// first column alone is cut to `width` when even it does not fit at its floor).
    static func layout(_ specs: [Spec], width: Int, spacing: Int, sortColumn: KeySortColumn) -> [(spec: Spec, width: Int)] {
        let byID = Dictionary(uniqueKeysWithValues: specs.map { ($0.id, $0) })
        var order = priority
        if let sorted = specs.first(where: { $0.sort == sortColumn })?.id,
           let at = order.firstIndex(of: sorted), at > essentialCount {
            order.remove(at: at)
            order.insert(sorted, at: essentialCount)
        }

        // 1. Admit columns by priority while all admitted ones fit at their floors.
        var chosen: Set<ID> = []
        var used = 0
        for id in order {
            guard let s = byID[id] else { continue }
            let need = s.floor + (chosen.isEmpty ? 0 : spacing)
            if used + need <= width {
                chosen.insert(id)
                used += need
            }
        }
        let shown = ID.allCases.filter(chosen.contains).compactMap { byID[$0] }
        guard !shown.isEmpty else {
            return specs.first.map { [($0, max(0, width))] } ?? []
        }

        // 2. Natural widths, then shrink, in ``shrinkOrder``, the widest column of the first group
        //    that can still give up a cell, until the row fits.
        var widths = shown.map(\.natural)
        var total = widths.reduce(0, +) + spacing * (shown.count - 1)
        for group in shrinkOrder {
            while total > width {
                let candidates = shown.indices.filter { group.contains(shown[$0].id) && widths[$0] > shown[$0].floor }
                guard let i = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[i] -= 1
                total -= 1
            }
        }

        // 3. Share what is left among the growing columns, left to right.
        let growing = shown.indices.filter { shown[$0].grows }
        if total < width, !growing.isEmpty {
            var extra = width - total
            let share = extra / growing.count
            for i in growing { widths[i] += share }
            extra -= share * growing.count
            for i in growing where extra > 0 { widths[i] += 1; extra -= 1 }
        }
        return zip(shown, widths).map { ($0, $1) }
    }
}
