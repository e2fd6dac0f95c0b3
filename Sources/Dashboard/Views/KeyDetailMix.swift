import TermUI
import UsageCore

/// The bottom of a key's detail page: its **model mix** (model, tokens, requests, ≈ cost, share
/// of the key's tokens) and its **service tiers** (`default`, `flex`, `priority`, `batch`) over
/// the Usage page's range, from a loaded ``KeyDetail``. Costs are token × price estimates, so
/// they carry `≈`; a model or tier no price covers says `unknown` (never `$0.00`).
///
/// Side by side when the area is at least ``sideBySideWidth`` cells wide; narrower, the tiers
/// are one line above the model mix (``tiersLine(_:_:)``).
/// `loading…` until the detail arrives.
struct KeyDetailMix {
    let detail: KeyDetail?
    let theme: Theme

    /// Most model rows shown (the rest are summed into `other models`).
    static let maxModels = 5
    /// Narrowest area that holds both tables side by side.
    static let sideBySideWidth = 100
    /// Width of the tiers table when side by side.
    static let tiersWidth = 34

    /// Rows the mix wants in an area `width` cells wide: each block's borders, header and rows.
    func height(width: Int) -> Int {
        guard let detail else { return 3 }
        let models = min(max(1, modelRows(detail).count), KeyDetailMix.maxModels + 1) + 3
        let tiers = max(1, detail.serviceTiers.count) + 3
        return KeyDetailMix.showsTiers(width: width) ? max(models, tiers) : models + 1
    }

    /// Whether an area `width` cells wide shows the service tiers table beside the model mix.
    static func showsTiers(width: Int) -> Bool { width >= sideBySideWidth }

    /// The service tiers in one line for narrow screens, share of the key's tokens:
    /// `Tiers, share of tokens: default 80% · batch 19% · flex 1%`.
    static func tiersLine(_ detail: KeyDetail, _ g: DashboardGlyphs) -> String {
        let total = sum(detail.serviceTiers.map(\.activity.totalTokens))
        guard total > 0 else { return "Tiers: no usage in this range" }
        return "Tiers, share of tokens: " + detail.serviceTiers
            .map { "\($0.name) \(g.wholePercent(Double($0.activity.totalTokens) / Double(total)))" }
            .joined(separator: " \(g.dot) ")
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let g = DashboardGlyphs(theme)
        let parts: [Rect]
        if KeyDetailMix.showsTiers(width: area.width) {
            parts = Layout.horizontal([.fill(), .length(KeyDetailMix.tiersWidth)]).split(area)
        } else {
            if let detail {
                buffer.put(Line(KeyDetailMix.tiersLine(detail, g), role: .normal), in: area.row(0), theme: theme)
            }
            parts = [Rect(x: area.x, y: area.y + (detail == nil ? 0 : 1), width: area.width,
                          height: max(0, area.height - (detail == nil ? 0 : 1)))]
        }
        guard let detail else {
            let block = Block(title: "Model mix", theme: theme)
            block.render(in: area, into: &buffer)
            buffer.put(Line(KeyDetailView.loading(g), role: .dim), in: block.inner(area).inset(dx: 1, dy: 0), theme: theme)
            return
        }
        let total = KeyDetailMix.sum(detail.models.map(\.activity.totalTokens))
        let modelTable = Table(
            columns: [
                TableColumn("Model", width: .flex(min: 12)),
                TableColumn("Tokens", width: .fixed(7), alignment: .right),
                TableColumn("Requests", width: .fixed(9), alignment: .right),
                TableColumn("\(g.approx)Cost", width: .fixed(10), alignment: .right),
                TableColumn("Share", width: .fixed(6), alignment: .right),
            ],
            rows: modelRows(detail).map { share in
                TableRow([
                    TableCell(share.name),
                    TableCell(TokenFormat.compact(share.activity.totalTokens)),
                    TableCell(TokenFormat.exact(share.activity.requests)),
                    cost(share.estimate, g),
                    TableCell(g.percent(total > 0 ? Double(share.activity.totalTokens) / Double(total) : nil)),
                ])
            },
            theme: theme, block: Block(title: "Model mix", theme: theme), columnSpacing: 1)
        draw(modelTable, empty: "No model usage in this range.", in: parts[0], into: &buffer)

        let tierTotal = KeyDetailMix.sum(detail.serviceTiers.map(\.activity.totalTokens))
        let tierTable = Table(
            columns: [
                TableColumn("Tier", width: .flex(min: 8)),
                TableColumn("Tokens", width: .fixed(7), alignment: .right),
                TableColumn("\(g.approx)Cost", width: .fixed(9), alignment: .right),
                TableColumn("Share", width: .fixed(6), alignment: .right),
            ],
            rows: detail.serviceTiers.map { share in
                TableRow([
                    TableCell(share.name),
                    TableCell(TokenFormat.compact(share.activity.totalTokens)),
                    cost(share.estimate, g),
                    TableCell(g.percent(tierTotal > 0 ? Double(share.activity.totalTokens) / Double(tierTotal) : nil)),
                ])
            },
            theme: theme, block: Block(title: "Service tiers", theme: theme), columnSpacing: 1)
        if parts.count > 1 { draw(tierTable, empty: "No usage in this range.", in: parts[1], into: &buffer) }
    }

    /// The models, biggest first, the ones past ``maxModels`` summed into `other models` (whose
    /// cost is unknown when any of them is unpriced).
    func modelRows(_ detail: KeyDetail) -> [UsageShare] {
        guard detail.models.count > KeyDetailMix.maxModels + 1 else { return detail.models }
        let rest = detail.models.dropFirst(KeyDetailMix.maxModels)
        let activity = rest.reduce(Activity.zero) { $0 + $1.activity }
        let cost: USD? = rest.allSatisfy { $0.estimate != nil } ? rest.reduce(USD.zero) { $0 + ($1.estimate ?? .zero) } : nil
        return Array(detail.models.prefix(KeyDetailMix.maxModels))
            + [UsageShare(name: "\(rest.count) other models", activity: activity, estimate: cost)]
    }

    /// The sum of token counts, saturating at `Int64.max` (bad data must not trap while drawing).
    static func sum(_ values: [Int64]) -> Int64 {
        values.reduce(Int64(0)) { total, v in
            let (r, overflow) = total.addingReportingOverflow(max(0, v))
            return overflow ? .max : r
        }
    }

    /// `≈$12.40`, or `unknown` (missing role) when no price covers the share.
    func cost(_ amount: USD?, _ g: DashboardGlyphs) -> TableCell {
        guard let amount else { return TableCell(KeyContentWidths.unknownSpend, role: .missing) }
        return TableCell(g.approx + amount.formatted, role: .estimate)
    }

    func draw(_ table: Table, empty: String, in area: Rect, into buffer: inout ScreenBuffer) {
        table.render(in: area, into: &buffer)
        if table.rows.isEmpty, let block = table.block {
            buffer.put(Line(empty, role: .dim), in: block.inner(area).inset(dx: 1, dy: 0).row(1), theme: theme)
        }
    }
}
