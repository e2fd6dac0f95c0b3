/// The cached series a ``ReportGrouping`` reads, and by which of their dimensions
/// (DESIGN.md §2: each grouping is its own series; ``SyncPlan`` names them).
struct ReportSources: Sendable {
    /// One series summed by one of its dimensions.
    struct Read: Sendable {
        var series: SeriesKey
        var dimension: Dimension
    }

    /// Costs read for `billed_usd`; `nil` when the grouping has none (`user_id`).
    var billed: Read?
    /// Maps a costs group value to the row's group (`line_item` → model for `model`).
    var billedGroup: @Sendable (String?) -> String?
    /// Usage series whose token and request sums are added up (completions + embeddings).
    var activity: [Read]
    /// Usage series whose records are priced for `estimated_usd`.
    var estimates: [Read]

    /// The sources of `grouping`.
    init(_ grouping: ReportGrouping) {
        billedGroup = { $0 }
        switch grouping {
        case .model:
            billed = Read(series: SyncPlan.costsByLineItem, dimension: .lineItem)
            billedGroup = { $0.map { LineItem(parsing: $0).modelGroup } }
            activity = [Read(series: SyncPlan.completionsByModel, dimension: .model),
                        Read(series: SyncPlan.embeddingsByAPIKey, dimension: .model)]
            estimates = [Read(series: SyncPlan.completionsForEstimates, dimension: .model),
                         Read(series: SyncPlan.embeddingsByAPIKey, dimension: .model)]
        case .apiKeyID:
            billed = Read(series: SyncPlan.costsByAPIKey, dimension: .apiKeyID)
            activity = [Read(series: SyncPlan.completionsByAPIKey, dimension: .apiKeyID),
                        Read(series: SyncPlan.embeddingsByAPIKey, dimension: .apiKeyID)]
            estimates = [Read(series: SyncPlan.completionsForEstimates, dimension: .apiKeyID),
                         Read(series: SyncPlan.embeddingsByAPIKey, dimension: .apiKeyID)]
        case .projectID:
            billed = Read(series: SyncPlan.costsByProject, dimension: .projectID)
            activity = [Read(series: SyncPlan.completionsByProject, dimension: .projectID),
                        Read(series: SyncPlan.embeddingsByProject, dimension: .projectID)]
            estimates = []
        case .lineItem:
            billed = Read(series: SyncPlan.costsByLineItem, dimension: .lineItem)
            activity = []
            estimates = []
        case .userID:
            billed = nil
            activity = [Read(series: SyncPlan.completionsByUser, dimension: .userID)]
            estimates = [Read(series: SyncPlan.completionsByUser, dimension: .userID)]
        }
    }

    /// Every series read, each once, plus the ungrouped costs total (for the reconciliation).
    var allSeries: [SeriesKey] {
        let all = [SyncPlan.costsTotal] + [billed?.series].compactMap(\.self) + activity.map(\.series) + estimates.map(\.series)
        var seen: [SeriesKey] = []
        for key in all where !seen.contains(key) { seen.append(key) }
        return seen
    }
}
