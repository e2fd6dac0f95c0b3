/// What the sync service fetches and when (DESIGN.md §2, "Incremental"): the bucketed series,
/// the backfill depth, the settle window for yesterday, the slower organization refresh and the
/// backoff bounds. A value type; ``SyncPlan/default`` serves ``DashboardSnapshot``.
public struct SyncPlan: Sendable, Hashable {
    /// One polled series.
    public struct Series: Sendable, Hashable {
        /// Dataset, grouping and width.
        public var key: SeriesKey
        /// Whether the server may refuse the grouping with HTTP 400 (costs `group_by=api_key_id`,
        /// `notes/openai-admin-api.md` §2 quirk); the refusal is remembered in the cache and the
        /// series is not asked for again.
        public var mayBeRejected: Bool

        /// Creates a planned series.
        public init(_ key: SeriesKey, mayBeRejected: Bool = false) {
            self.key = key
            self.mayBeRejected = mayBeRejected
        }
    }

    /// The series polled, in order (money first).
    public var series: [Series]
    /// How many UTC months the first run fetches, the current one included (default 2: this
    /// month and the previous one).
    public var backfillMonths: Int
    /// How long after 00:00 UTC yesterday's buckets are still re-fetched (seconds; default 6 h).
    public var settleWindow: UnixSeconds
    /// How often projects, keys, users, spend limits and alerts are refreshed (seconds; default 15 min).
    public var organizationRefreshInterval: UnixSeconds
    /// First retry delay of the exponential backoff (seconds; default 30).
    public var backoffBase: UnixSeconds
    /// Longest backoff delay (seconds; default 15 min).
    public var backoffCap: UnixSeconds

    /// Creates a plan.
    public init(series: [Series], backfillMonths: Int = 2, settleWindow: UnixSeconds = 6 * 3_600,
                organizationRefreshInterval: UnixSeconds = 900, backoffBase: UnixSeconds = 30,
                backoffCap: UnixSeconds = 900) {
        self.series = series
        self.backfillMonths = max(1, backfillMonths)
        self.settleWindow = settleWindow
        self.organizationRefreshInterval = organizationRefreshInterval
        self.backoffBase = backoffBase
        self.backoffCap = backoffCap
    }

    // MARK: - The default series

    /// Costs `1d`: ungrouped (the invoice total).
    public static let costsTotal = SeriesKey(.costs)
    /// Costs `1d` by `project_id`.
    public static let costsByProject = SeriesKey(.costs, Grouping([.projectID]))
    /// Costs `1d` by `line_item` (also the source of cost by model).
    public static let costsByLineItem = SeriesKey(.costs, Grouping([.lineItem]))
    /// Costs `1d` by `api_key_id` (may be refused with 400).
    public static let costsByAPIKey = SeriesKey(.costs, Grouping([.apiKeyID]))
    /// Completions `1d`: ungrouped.
    public static let completionsTotal = SeriesKey(.completions)
    /// Completions `1d` by `model`.
    public static let completionsByModel = SeriesKey(.completions, Grouping([.model]))
    /// Completions `1d` by `project_id`.
    public static let completionsByProject = SeriesKey(.completions, Grouping([.projectID]))
    /// Completions `1d` by `api_key_id`.
    public static let completionsByAPIKey = SeriesKey(.completions, Grouping([.apiKeyID]))
    /// Completions `1d` by `api_key_id, model, batch, service_tier` (for per-key estimates).
    public static let completionsForEstimates = SeriesKey(.completions, Grouping([.apiKeyID, .model, .batch, .serviceTier]))
    /// Completions `1d` by `model, batch, service_tier`: the org-wide token × price estimate and
    /// unpriced usage (a few rows per day, where the per-key series has one per key).
    public static let completionsByModelTier = SeriesKey(.completions, Grouping([.model, .batch, .serviceTier]))
    /// Completions `1d` by `user_id, model, batch, service_tier` ("who spent": activity and
    /// estimates per user; the API attributes only some usage to a user).
    public static let completionsByUser = SeriesKey(.completions, Grouping([.userID, .model, .batch, .serviceTier]))
    /// Completions `1h`, ungrouped: today by hour.
    public static let completionsHourly = SeriesKey(.completions, .none, .hour)
    /// Embeddings `1d` by `api_key_id, model` (key and model tokens).
    public static let embeddingsByAPIKey = SeriesKey(.embeddings, Grouping([.apiKeyID, .model]))
    /// Embeddings `1d`: ungrouped (added to the org totals, so they agree with the key and model
    /// groupings, which include embeddings).
    public static let embeddingsTotal = SeriesKey(.embeddings)
    /// Embeddings `1d` by `project_id` (added to project activity).
    public static let embeddingsByProject = SeriesKey(.embeddings, Grouping([.projectID]))

    /// The plan the dashboard needs: the fourteen series above, 2 months of backfill.
    ///
    /// Each embeddings grouping is its own series (``embeddingsTotal``, ``embeddingsByProject``,
    /// ``embeddingsByAPIKey``), so every Usage-page grouping and the org totals count the same
    /// tokens without adding rows of two groupings together. Embeddings are not fetched by hour:
    /// ``DashboardSnapshot/hourlyToday`` stays completions only (one request fewer per poll).
    public static let `default` = SyncPlan(series: [
        Series(costsTotal), Series(costsByProject), Series(costsByLineItem),
        Series(costsByAPIKey, mayBeRejected: true),
        Series(completionsTotal), Series(completionsByModel), Series(completionsByProject),
        Series(completionsByAPIKey), Series(completionsForEstimates), Series(completionsByModelTier), Series(completionsByUser), Series(completionsHourly),
        Series(embeddingsByAPIKey), Series(embeddingsTotal), Series(embeddingsByProject),
    ])

    // MARK: - Windows

    /// The start of the oldest month the backfill covers (00:00 UTC on its first day).
    public func backfillStart(now: UnixSeconds) -> UnixSeconds {
        UTCCalendar.startOfMonth(now, offset: -(backfillMonths - 1))
    }

    /// The oldest day bucket that may still change at `t`: today, or yesterday within
    /// ``settleWindow`` after 00:00 UTC.
    public func oldestMutableDay(at t: UnixSeconds) -> UnixSeconds {
        UTCCalendar.startOfDay(t - settleWindow)
    }

    /// The `start_time` of the next fetch of a series of `width` whose last full success was
    /// `lastSuccess` (`nil` = never): the backfill start on the first run; later, the oldest
    /// bucket that may have changed since — today, yesterday right after midnight, or the day of
    /// the last success after a gap — never before the backfill start. Hourly series always
    /// start at 00:00 UTC today. The query has no `end_time` (up to now, never in the future).
    public func startTime(width: BucketWidth, lastSuccess: UnixSeconds?, now: UnixSeconds) -> UnixSeconds {
        switch width {
        case .hour, .minute:
            return UTCCalendar.startOfDay(now)
        case .day:
            let backfill = backfillStart(now: now)
            guard let lastSuccess else { return backfill }
            let start = min(oldestMutableDay(at: now), oldestMutableDay(at: min(lastSuccess, now)))
            return max(start, backfill)
        }
    }

    /// The delay before the next attempt after `failures` consecutive failures (1 = first),
    /// exponential from ``backoffBase`` up to ``backoffCap``, with "equal jitter":
    /// half the delay fixed, half scaled by `randomUnit` in `[0, 1)`. Seconds, at least 1.
    public func backoffDelay(failures: Int, randomUnit: Double) -> UnixSeconds {
        let exponent = min(max(failures - 1, 0), 30)
        let raw = min(backoffCap, backoffBase * (UnixSeconds(1) << UnixSeconds(exponent)))
        let half = Double(raw) / 2
        return max(1, UnixSeconds((half + half * min(max(randomUnit, 0), 1)).rounded(.down)))
    }

    /// Whether a wait until `retryAt` is still running at `now`. A wait further ahead than
    /// `max(backoffCap, 1 h)` is treated as over: it can only come from a clock that moved back
    /// (e.g. a cache reused with an earlier `--now`), and must not stall polling for days.
    public func isWaiting(until retryAt: UnixSeconds?, now: UnixSeconds) -> Bool {
        guard let retryAt, now < retryAt else { return false }
        return retryAt - now <= max(backoffCap, 3_600)
    }
}
