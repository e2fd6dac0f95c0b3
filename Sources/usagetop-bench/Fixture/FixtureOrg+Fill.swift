import Foundation
import UsageCore

// MARK: - Writing the warm cache

extension FixtureOrg {
    /// Writes the organization into `store` through its public writers — the ones
    /// `SyncService` uses after a fetch: `replaceProjects`, `replaceAPIKeys`, `setSpendLimit`,
    /// `replaceBuckets` (one call per series per day, as a poll writes a day's bucket), then
    /// freshness and sync state as after a successful poll at ``now``.
    ///
    /// Series written: every ``SyncPlan/default`` series (the estimates one only with
    /// ``includeEstimates``); hourly completions for today only. A daily series of the plan this
    /// fixture has no figures for gets empty (zero) buckets.
    /// - Returns: the number of usage/cost records written.
    /// - Throws: ``StoreError``.
    @discardableResult
    func fill(_ store: UsageStore) throws -> Int {
        try store.replaceProjects(projects())
        for p in 0..<projectCount { try store.replaceAPIKeys(projectID: projectID(p), keys(ofProject: p)) }
        try store.setSpendLimit(projectID: nil, SpendLimit(projectID: nil, threshold: USD(5_000), enforcement: "enforcing"))

        var written = 0
        var todayTotal = FixtureUsage.zero
        for d in 0..<days {
            let day = try writeDay(d, into: store)
            written += day.records
            if d == days - 1 { todayTotal = day.total }
        }
        written += try writeHours(todayTotal, into: store)

        for series in SyncPlan.default.series {
            try store.saveFreshness(DatasetFreshness(name: series.key.name, lastSuccess: now, lastAttempt: now))
        }
        try store.saveSyncState(.ok, retryAt: nil, lastSuccess: now)
        return written
    }

    /// Writes day `d`'s bucket of every daily series; returns the records written and the day's
    /// ungrouped completions.
    private func writeDay(_ d: Int, into store: UsageStore) throws -> (records: Int, total: FixtureUsage) {
        let start = firstDay + UnixSeconds(d) * UTCCalendar.secondsPerDay
        let end = start + UTCCalendar.secondsPerDay
        var rows = DayRows(start: start, end: end)

        var total = FixtureUsage.zero
        var byProject = [FixtureUsage](repeating: .zero, count: projectCount)
        var byModel: [String: FixtureUsage] = [:]
        var byModelTier: [String: FixtureUsage] = [:]
        var embeddingsTotal = FixtureUsage.zero
        var embeddingsByProject: [Int: FixtureUsage] = [:]
        for i in 0..<keyCount {
            let model = Self.models[i % Self.models.count]
            if let usage = keyDay(i, day: d) {
                total = total + usage
                byProject[i % projectCount] = byProject[i % projectCount] + usage
                byModel[model, default: .zero] = byModel[model, default: .zero] + usage
                rows.add(SyncPlan.completionsByAPIKey, [.apiKeyID: keyID(i)], activity: usage)
                rows.add(SyncPlan.costsByAPIKey, [.apiKeyID: keyID(i)], nanos: usage.nanos)
                if includeEstimates {
                    let second = Self.models[(i + 1) % Self.models.count]
                    let minor = FixtureUsage(input: usage.input / 5, cached: usage.cached / 5, output: usage.output / 5,
                                             requests: usage.requests / 5)
                    let major = FixtureUsage(input: usage.input - minor.input, cached: usage.cached - minor.cached,
                                             output: usage.output - minor.output, requests: usage.requests - minor.requests)
                    for (name, part) in [(model, major), (second, minor)] {
                        rows.add(SyncPlan.completionsForEstimates,
                                 [.apiKeyID: keyID(i), .model: name, .batch: "false", .serviceTier: "default"], activity: part)
                        byModelTier[name, default: .zero] = byModelTier[name, default: .zero] + part
                    }
                }
            }
            if let embeddings = embeddingsDay(i, day: d) {
                rows.add(SyncPlan.embeddingsByAPIKey, [.apiKeyID: keyID(i), .model: Self.embeddingsModel], activity: embeddings)
                embeddingsTotal = embeddingsTotal + embeddings
                embeddingsByProject[i % projectCount, default: .zero] = embeddingsByProject[i % projectCount, default: .zero] + embeddings
            }
        }
        for (p, usage) in byProject.enumerated() where usage.requests > 0 {
            rows.add(SyncPlan.completionsByProject, [.projectID: projectID(p)], activity: usage)
            rows.add(SyncPlan.costsByProject, [.projectID: projectID(p)], nanos: usage.nanos)
        }
        for (model, usage) in byModel.sorted(by: { $0.key < $1.key }) {
            rows.add(SyncPlan.completionsByModel, [.model: model], activity: usage)
            let parts = usage.lineItemNanos
            rows.add(SyncPlan.costsByLineItem, [.lineItem: "\(model), input"], nanos: parts.input)
            rows.add(SyncPlan.costsByLineItem, [.lineItem: "\(model), cached input"], nanos: parts.cached)
            rows.add(SyncPlan.costsByLineItem, [.lineItem: "\(model), output"], nanos: parts.output)
        }
        for (model, usage) in byModelTier.sorted(by: { $0.key < $1.key }) {
            rows.add(SyncPlan.completionsByModelTier, [.model: model, .batch: "false", .serviceTier: "default"], activity: usage)
        }
        for (p, usage) in embeddingsByProject.sorted(by: { $0.key < $1.key }) {
            rows.add(SyncPlan.embeddingsByProject, [.projectID: projectID(p)], activity: usage)
        }
        rows.add(SyncPlan.embeddingsTotal, [:], activity: embeddingsTotal)
        rows.add(SyncPlan.completionsTotal, [:], activity: total)
        rows.add(SyncPlan.costsTotal, [:], nanos: total.nanos)

        var written = 0
        for series in SyncPlan.default.series where series.key.width == .day {
            guard includeEstimates || ![SyncPlan.completionsForEstimates, SyncPlan.completionsByModelTier].contains(series.key) else { continue }
            let bucket = UsageBucket(startTime: start, endTime: end, records: rows.records[series.key] ?? [])
            written += try store.replaceBuckets(series.key, [bucket], fetchedAt: now)
        }
        return (written, total)
    }

    /// Writes today's hourly completions (00:00 UTC to the current hour), `today` spread evenly.
    private func writeHours(_ today: FixtureUsage, into store: UsageStore) throws -> Int {
        let hours = Int((UTCCalendar.startOfHour(now) - self.today) / UTCCalendar.secondsPerHour) + 1
        let n = Int64(hours)
        let buckets = (0..<hours).map { h in
            let start = self.today + UnixSeconds(h) * UTCCalendar.secondsPerHour
            var rows = DayRows(start: start, end: start + UTCCalendar.secondsPerHour)
            rows.add(SyncPlan.completionsHourly, [:], activity: FixtureUsage(
                input: today.input / n, cached: today.cached / n, output: today.output / n, requests: today.requests / n))
            return UsageBucket(startTime: start, endTime: start + UTCCalendar.secondsPerHour,
                               records: rows.records[SyncPlan.completionsHourly] ?? [])
        }
        return try store.replaceBuckets(SyncPlan.completionsHourly, buckets, fetchedAt: now)
    }
}

// MARK: - Building records

/// The records of one bucket period, per series, shaped as the client decodes API results.
private struct DayRows {
    /// Bucket start (Unix seconds UTC).
    let start: UnixSeconds
    /// Bucket end (Unix seconds UTC).
    let end: UnixSeconds
    /// Records per series.
    var records: [SeriesKey: [UsageRecord]] = [:]

    init(start: UnixSeconds, end: UnixSeconds) {
        self.start = start
        self.end = end
    }

    /// Adds a usage result: `input_tokens`, `input_cached_tokens`, `output_tokens`,
    /// `num_model_requests` and the audio token counts (zero), as the completions endpoint returns.
    mutating func add(_ series: SeriesKey, _ dimensions: [UsageCore.Dimension: String], activity u: FixtureUsage) {
        let metrics: [String: Int64] = [
            "input_tokens": u.input, "input_cached_tokens": u.cached, "output_tokens": u.output,
            "num_model_requests": u.requests, "input_audio_tokens": 0, "output_audio_tokens": 0,
        ]
        records[series, default: []].append(UsageRecord(
            dataset: series.dataset, grouping: series.grouping, width: series.width, startTime: start, endTime: end,
            dimensions: dimensions, metrics: metrics))
    }

    /// Adds a costs result of `nanos` nano-dollars (USD, exact).
    mutating func add(_ series: SeriesKey, _ dimensions: [UsageCore.Dimension: String], nanos: Int64) {
        let amount = USD(Decimal(sign: .plus, exponent: -9, significand: Decimal(nanos)))
        records[series, default: []].append(UsageRecord(
            dataset: series.dataset, grouping: series.grouping, width: series.width, startTime: start, endTime: end,
            dimensions: dimensions, amount: amount))
    }
}
