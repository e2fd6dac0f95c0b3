/// Spend and usage over a range of UTC days, broken down by one grouping, read from the cache
/// (``ReportBuilder``); rendered by ``ReportCSV``, ``ReportJSON`` and ``ReportTable``.
///
/// Billed dollars and estimates are separate columns and never mixed. The row whose group is
/// `null` is kept, so ``billedTotal`` of the rows equals the billed total of the range.
public struct Report: Sendable, Hashable {
    /// The range as asked (`--range`).
    public var range: ReportRange
    /// The UTC days it resolved to.
    public var window: ReportWindow
    /// The grouping (`--group-by`).
    public var grouping: ReportGrouping
    /// One row per group: billed spend descending, then estimate, then tokens, then label.
    public var rows: [ReportRow]
    /// Billed USD of the range from the ungrouped costs series; `nil` when none is cached.
    public var billedTotal: USD?
    /// Whether the rows carry billed dollars (the grouping has a costs series, the server
    /// allows it, and the cache holds some of it over the range).
    public var hasBilled: Bool
    /// Whether the rows carry estimates (``ReportGrouping`` `model`, `api_key_id`, `user_id`).
    public var hasEstimates: Bool
    /// Whether the rows carry tokens and requests (all groupings but `line_item`).
    public var hasActivity: Bool
    /// Days of the range the cache holds no bucket for, per series read.
    public var gaps: [ReportGap]
    /// Plain-English caveats: gaps, a refused grouping, days after today, unpriced models.
    public var notes: [String]

    /// Creates a report; see the properties.
    public init(range: ReportRange, window: ReportWindow, grouping: ReportGrouping, rows: [ReportRow], billedTotal: USD?,
                hasBilled: Bool, hasEstimates: Bool, hasActivity: Bool, gaps: [ReportGap], notes: [String]) {
        self.range = range
        self.window = window
        self.grouping = grouping
        self.rows = rows
        self.billedTotal = billedTotal
        self.hasBilled = hasBilled
        self.hasEstimates = hasEstimates
        self.hasActivity = hasActivity
        self.gaps = gaps
        self.notes = notes
    }

    /// Whether the cache holds every day of the range (up to today) for every series read.
    public var isComplete: Bool { gaps.isEmpty && !window.extendsPastToday }

    /// Sum of the rows' billed USD (`nil` without billed figures).
    public var rowsBilledTotal: USD? {
        hasBilled ? rows.compactMap(\.billed).reduce(USD.zero, +) : nil
    }

    /// Sum of the rows' estimates (`nil` without estimates).
    public var rowsEstimateTotal: EstimateTotal? {
        hasEstimates ? rows.compactMap(\.estimate).reduce(EstimateTotal(), +) : nil
    }

    /// Sum of the rows' activity (`nil` without activity).
    public var rowsActivityTotal: Activity? {
        hasActivity ? rows.compactMap(\.activity).reduce(Activity.zero, +) : nil
    }
}
