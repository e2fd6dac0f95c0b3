/// A ``Report`` as CSV (`usagetop report --format csv`): a header row, then one row per group,
/// and no total row, so summing a column gives the total.
///
/// Columns: `group` (the API value; empty for the `null` group), `label`, `billed_usd`,
/// `estimated_usd`, `input_tokens`, `input_cached_tokens`, `output_tokens`, `num_model_requests`,
/// `unpriced_tokens`, `unpriced_requests`. Dollars are plain decimals (``ReportDecimal``): billed
/// to the nano-dollar, estimates to the micro-dollar. A figure the grouping or the cache does
/// not have is an empty field, never `0`. RFC 4180 quoting (``CSVText``).
public enum ReportCSV {
    /// The header row's column names.
    public static let columns = ["group", "label", "billed_usd", "estimated_usd", "input_tokens", "input_cached_tokens",
                                 "output_tokens", "num_model_requests", "unpriced_tokens", "unpriced_requests"]

    /// The whole document.
    public static func render(_ report: Report) -> String {
        var out = CSVText.record(columns)
        for row in report.rows {
            let activity = row.activity
            out += CSVText.record([
                row.group ?? "",
                row.label,
                row.billed.map { ReportDecimal.plain($0, places: ReportDecimal.billedPlaces) } ?? "",
                row.estimatedUSD.map { ReportDecimal.plain($0, places: ReportDecimal.estimatePlaces) } ?? "",
                row.inputTokens.map(String.init) ?? "",
                activity.map { String($0.inputCached) } ?? "",
                activity.map { String($0.output) } ?? "",
                activity.map { String($0.requests) } ?? "",
                row.estimate.map { String($0.unpricedTokens) } ?? "",
                row.estimate.map { String($0.unpricedRequests) } ?? "",
            ])
        }
        return out
    }
}
