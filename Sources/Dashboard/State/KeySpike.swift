import UsageCore

/// The per-key spike rule of DESIGN.md §4, as the API keys page flags it: today's spend (USD,
/// UTC day) is at least ``AlertEngine/spikeMinimum`` ($1) and at least
/// ``AlertEngine/spikeFactor`` (3) × the key's median daily spend over the previous
/// ``AlertEngine/spikeHistoryDays`` (14) days, counting only days with data since the key was
/// created, and only when at least ``AlertEngine/spikeMinimumHistoryDays`` (7) such days exist.
///
/// The rule is UsageCore's ``SpikeRule`` (shared with the spike alerts); this reads the same
/// numbers as the alert engine (`AlertInput.from(snapshot:budgets:)`) — the key's daily cost
/// from `snapshot.series[.apiKey]`, or its `last14DaysSpend` when the series has no row for it —
/// to tell the detail page today's spend and the median it is compared with.
enum KeySpike {
    /// Today's spend and the median it is compared with, in USD.
    struct Reading: Sendable, Hashable {
        /// USD spent today (UTC) so far.
        var today: USD
        /// The median daily USD over the previous days with data.
        var median: USD
    }

    /// Daily cost series of every key in `snapshot`, by `api_key_id`, cut to the previous
    /// ``AlertEngine/spikeHistoryDays`` days plus today (oldest first, today last); computed once
    /// per snapshot.
    static func dailySpend(_ snapshot: DashboardSnapshot, now: UnixSeconds) -> [String: [USD?]] {
        let today = UTCCalendar.startOfDay(now)
        guard let dayIndex = snapshot.days.firstIndex(of: today) else { return [:] }
        var out: [String: [USD?]] = [:]
        for series in snapshot.series[.apiKey] ?? [] {
            guard let id = series.id, out[id] == nil, series.cost.count > dayIndex else { continue }
            out[id] = Array(series.cost[max(0, dayIndex - AlertEngine.spikeHistoryDays)...dayIndex])
        }
        return out
    }

    /// The spike reading of a key whose daily spend is `daily` (previous days oldest first, today
    /// last) and which was created at `createdAt`, at `now` (Unix seconds UTC); `nil` when today
    /// is not a spike. The rule itself is UsageCore's ``SpikeRule`` (shared with the alerts).
    static func reading(daily: [USD?], createdAt: UnixSeconds, now: UnixSeconds) -> Reading? {
        var previous = daily
        let today = previous.popLast() ?? nil
        let spend = KeyDailySpend(keyID: "", label: "", createdAt: createdAt, today: today, previousDays: previous)
        return SpikeRule.evaluate(spend, now: now).map { Reading(today: $0.today, median: $0.median) }
    }
}
