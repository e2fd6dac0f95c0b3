import Foundation

/// Builds a ``Report`` from the cache: pure apart from reading the store, no network and no
/// clock (the caller passes `now`). Works over any range the cache holds, however old.
public enum ReportBuilder {
    /// Reads the report of `range` by `grouping`.
    ///
    /// Billed dollars are summed exactly (nano-dollars) from the grouping's own costs series
    /// (``ReportGrouping`` lists the sources); the `null` group is its own row, so billed figures
    /// add up to the billed total. Estimates price each cached usage record with
    /// ``CostEstimator`` (`notes/pricing.md` §4.2). Days the cache lacks become ``Report/gaps``
    /// and a note, never zeros.
    /// - Parameters:
    ///   - store: the cache.
    ///   - range: the days (`--range`).
    ///   - grouping: the breakdown (`--group-by`).
    ///   - now: the clock reading (Unix seconds UTC); "today" is its UTC day.
    ///   - prices: the price table for estimates (default the bundled one).
    /// - Throws: ``ReportRangeError`` when the range starts after today; ``StoreError`` when the
    ///   cache cannot be read.
    public static func build(store: UsageStore, range: ReportRange, grouping: ReportGrouping, now: UnixSeconds,
                             prices: PriceTable = .bundled) throws -> Report {
        let window = try range.window(now: now)
        let sources = ReportSources(grouping)
        let (from, to) = (window.startTime, window.endTime)

        // Which series hold buckets over the window.
        var cached: [SeriesKey: Set<UnixSeconds>] = [:]
        for series in sources.allSeries {
            cached[series] = Set(try store.bucketStarts(series, from: from, to: to).map(UTCCalendar.startOfDay))
        }
        func holds(_ series: SeriesKey) -> Bool { !(cached[series] ?? []).isEmpty }

        let refused = try sources.billed.map { try store.isSeriesRejected($0.series) } ?? false
        let billedRead = sources.billed.flatMap { refused || !holds($0.series) ? nil : $0 }
        let activityReads = sources.activity.filter { holds($0.series) }
        let estimateReads = sources.estimates.filter { holds($0.series) }

        var rows: [String?: Accumulator] = [:]
        if let read = billedRead {
            for sum in try store.sums(read.series, by: read.dimension, from: from, to: to) {
                rows[sources.billedGroup(sum.group), default: Accumulator()].billed += sum.amount ?? .zero
            }
        }
        for read in activityReads {
            for sum in try store.sums(read.series, by: read.dimension, from: from, to: to) {
                rows[sum.group, default: Accumulator()].activity.add(sum.activity)
            }
        }
        let estimator = CostEstimator(prices: prices)
        for read in estimateReads {
            for bucket in try store.buckets(read.series, from: from, to: to) {
                for record in bucket.records {
                    rows[record.dimensions[read.dimension], default: Accumulator()].estimate.add(estimator.estimate(record))
                }
            }
        }

        let labels = try ReportLabels(store: store, grouping: grouping)
        let reportRows = rows.map { group, acc in
            ReportRow(group: group, label: labels.label(group),
                      billed: billedRead == nil ? nil : acc.billed,
                      estimate: estimateReads.isEmpty ? nil : acc.estimate,
                      activity: activityReads.isEmpty ? nil : acc.activity)
        }.sorted(by: ReportBuilder.order)

        let billedTotal: USD? = try holds(SyncPlan.costsTotal)
            ? store.sums(SyncPlan.costsTotal, from: from, to: to).compactMap(\.amount).reduce(USD.zero, +) : nil
        let days = window.days
        let gaps = sources.allSeries
            .filter { !(refused && $0 == sources.billed?.series) }
            .flatMap { ReportGap.gaps(series: $0, days: days, cached: cached[$0] ?? []) }

        var report = Report(range: range, window: window, grouping: grouping, rows: reportRows, billedTotal: billedTotal,
                            hasBilled: billedRead != nil, hasEstimates: !estimateReads.isEmpty,
                            hasActivity: !activityReads.isEmpty, gaps: gaps, notes: [])
        report.notes = ReportNotes.make(report, billedRefused: refused, seriesRead: sources.allSeries.map(\.name))
        return report
    }

    /// Running sums of one group.
    struct Accumulator {
        var billed = USD.zero
        var estimate = EstimateTotal()
        var activity = Activity.zero
    }

    /// Billed descending, then estimate, then tokens (all descending), then label and group.
    static func order(_ a: ReportRow, _ b: ReportRow) -> Bool {
        let (ab, bb) = (a.billed?.value ?? -1, b.billed?.value ?? -1)
        if ab != bb { return ab > bb }
        let (ae, be) = (a.estimatedUSD?.value ?? -1, b.estimatedUSD?.value ?? -1)
        if ae != be { return ae > be }
        let (at, bt) = (a.activity?.totalTokens ?? -1, b.activity?.totalTokens ?? -1)
        if at != bt { return at > bt }
        if a.label != b.label { return a.label < b.label }
        return (a.group ?? "") < (b.group ?? "")
    }
}

private extension Activity {
    /// Adds `other` (tokens and requests).
    mutating func add(_ other: Activity) { self = self + other }
}
