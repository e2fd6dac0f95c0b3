/// A ``Report`` as an aligned text table for the terminal (`usagetop report`, the default
/// format): one line per group and a total line (table only; CSV and JSON have none).
///
/// Billed dollars as `$1,234.56`; estimates marked `≈` (`≈$12.40`); tokens with thousands
/// separators; `—` where the grouping or the cache has no figure. Columns are aligned by
/// display width (`width`, e.g. `DisplayWidth.of` from TermUI, so CJK and emoji labels line up).
public enum ReportTable {
    /// The table, one `\n`-terminated line per row, header first, total last.
    /// - Parameters:
    ///   - report: the report.
    ///   - width: the display width of a string in terminal cells (default: one per character).
    public static func render(_ report: Report, width: (String) -> Int = { $0.count }) -> String {
        guard !report.rows.isEmpty else { return "(the cache holds no data for \(report.range) by \(report.grouping))\n" }
        let hasID = report.grouping != .model && report.grouping != .lineItem
        let head = hasID ? [title(report.grouping), "ID"] : [title(report.grouping)]
        var lines = report.rows.map { row in
            (hasID ? [row.label, row.group ?? ""] : [row.label]) + cells(billed: row.billed, estimate: row.estimatedUSD, activity: row.activity)
        }
        let estimate = report.rowsEstimateTotal.flatMap { $0.pricedTokens > 0 || $0.pricedRequests > 0 ? $0.cost : nil }
        lines.append((hasID ? ["Total", ""] : ["Total"])
                     + cells(billed: report.rowsBilledTotal, estimate: estimate, activity: report.rowsActivityTotal))
        let table = TextTable(header: head + ["Billed", "≈ Estimate", "Input", "Cached", "Output", "Requests"],
                              rightAligned: Set(head.count..<(head.count + 6)), rows: lines, ruleBefore: lines.count - 1)
        return table.render(width: width)
    }

    /// The first column's title.
    static func title(_ grouping: ReportGrouping) -> String {
        switch grouping {
        case .model: "Model"
        case .projectID: "Project"
        case .apiKeyID: "API key"
        case .lineItem: "Line item"
        case .userID: "User"
        }
    }

    /// The figure cells of one line.
    static func cells(billed: USD?, estimate: USD?, activity: Activity?) -> [String] {
        let dash = "—"
        return [
            billed?.formatted ?? dash,
            estimate.map { "≈" + $0.formatted } ?? dash,
            activity.map { TextTable.grouped($0.inputUncached + $0.inputCached) } ?? dash,
            activity.map { TextTable.grouped($0.inputCached) } ?? dash,
            activity.map { TextTable.grouped($0.output) } ?? dash,
            activity.map { TextTable.grouped($0.requests) } ?? dash,
        ]
    }
}
