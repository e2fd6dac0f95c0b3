/// A ``Report`` as JSON (`usagetop report --format json`), in the Admin API's list shape:
///
/// ```
/// {"object": "list",
///  "range": {"range": "2026-10", "from": "2026-10-01", "to": "2026-10-31",
///            "start_time": 1790812800, "end_time": 1793491200, "complete": true},
///  "group_by": "api_key_id",
///  "billed_total_usd": 1234.56,
///  "data": [{"object": "usagetop.report.row", "group": "key_…", "label": "ci-runner",
///            "billed_usd": 12.34, "estimated_usd": 12.3, "unpriced_tokens": 0, "unpriced_requests": 0,
///            "unpriced_models": [], "input_tokens": …, "input_cached_tokens": …, "output_tokens": …,
///            "num_model_requests": …}, …],
///  "gaps": [{"series": "costs:api_key_id:1d", "from": "2026-09-01", "to": "2026-09-30", "days": 30}],
///  "notes": ["…"]}
/// ```
///
/// `from`/`to` are the UTC days asked for (both included); `start_time`/`end_time` the Unix
/// seconds (UTC) actually read, `end_time` exclusive and never after the end of today.
/// `complete` is false when `gaps` is not empty or the range runs past today. Dollars are exact
/// decimal numbers; a figure the grouping or cache does not have is `null`, never `0`.
/// `billed_total_usd` is the ungrouped costs total of the range (the invoice), for checking.
public enum ReportJSON {
    /// The document.
    public static func render(_ report: Report) -> String { value(report).rendered }

    /// The document as a value.
    public static func value(_ report: Report) -> JSONText {
        let w = report.window
        return .object([
            ("object", .string("list")),
            ("range", .object([
                ("range", .string(report.range.description)),
                ("from", .string(UTCCalendar.dayKey(w.firstDay))),
                ("to", .string(UTCCalendar.dayKey(w.lastDay))),
                ("start_time", .int(w.startTime)),
                ("end_time", .int(w.endTime)),
                ("complete", .bool(report.isComplete)),
            ])),
            ("group_by", .string(report.grouping.rawValue)),
            ("billed_total_usd", .usd(report.billedTotal, places: ReportDecimal.billedPlaces)),
            ("data", .array(report.rows.map(row))),
            ("gaps", .array(report.gaps.map { gap in
                .object([("series", .string(gap.series)), ("from", .string(UTCCalendar.dayKey(gap.firstDay))),
                         ("to", .string(UTCCalendar.dayKey(gap.lastDay))), ("days", .int(Int64(gap.days)))])
            })),
            ("notes", .array(report.notes.map(JSONText.string))),
        ])
    }

    /// One row.
    static func row(_ row: ReportRow) -> JSONText {
        let a = row.activity
        return .object([
            ("object", .string("usagetop.report.row")),
            ("group", .string(row.group)),
            ("label", .string(row.label)),
            ("billed_usd", .usd(row.billed, places: ReportDecimal.billedPlaces)),
            ("estimated_usd", .usd(row.estimatedUSD, places: ReportDecimal.estimatePlaces)),
            ("unpriced_tokens", .int(row.estimate?.unpricedTokens)),
            ("unpriced_requests", .int(row.estimate?.unpricedRequests)),
            ("unpriced_models", row.estimate.map { .array($0.unpricedModels.sorted().map(JSONText.string)) } ?? .null),
            ("input_tokens", .int(row.inputTokens)),
            ("input_cached_tokens", .int(a?.inputCached)),
            ("output_tokens", .int(a?.output)),
            ("num_model_requests", .int(a?.requests)),
        ])
    }
}
