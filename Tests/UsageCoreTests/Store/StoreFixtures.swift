import Foundation
@testable import UsageCore

/// Shared values for the store, sync and snapshot tests.
enum Fixture {
    /// The organization of most test caches.
    static let owner = CacheOwner(baseURL: "https://api.openai.com/v1", profile: "default")
    /// 2026-11-15 12:00:00 UTC.
    static let now: UnixSeconds = UTCCalendar.timestamp(year: 2026, month: 11, day: 15) + 12 * 3_600
    /// 00:00 UTC on `day` of November 2026 (day may be ≤ 0 or > 30 to roll over).
    static func nov(_ day: Int) -> UnixSeconds { UTCCalendar.timestamp(year: 2026, month: 11, day: day) }
    /// One day in seconds.
    static let day: UnixSeconds = 86_400

    /// A cost record of `dollars` (a decimal string, exact) for `series` at `start`.
    static func cost(_ series: SeriesKey, _ start: UnixSeconds, _ dollars: String,
                     _ dims: [UsageCore.Dimension: String] = [:]) -> UsageRecord {
        UsageRecord(dataset: series.dataset, grouping: series.grouping, width: series.width, startTime: start,
                    endTime: start + series.width.seconds, dimensions: dims,
                    amount: USD(Decimal(string: dollars)!))
    }

    /// A completions record with the given token counts.
    static func usage(_ series: SeriesKey, _ start: UnixSeconds, input: Int64, cached: Int64 = 0, output: Int64 = 0,
                      requests: Int64 = 1, _ dims: [UsageCore.Dimension: String] = [:]) -> UsageRecord {
        UsageRecord(dataset: series.dataset, grouping: series.grouping, width: series.width, startTime: start,
                    endTime: start + series.width.seconds, dimensions: dims,
                    metrics: ["input_tokens": input, "input_cached_tokens": cached, "output_tokens": output,
                              "num_model_requests": requests])
    }

    /// A bucket of `series.width` at `start` holding `records`.
    static func bucket(_ series: SeriesKey, _ start: UnixSeconds, _ records: [UsageRecord]) -> UsageBucket {
        UsageBucket(startTime: start, endTime: start + series.width.seconds, records: records)
    }

    /// A fresh temporary folder (removed by the caller).
    static func tempDirectory() -> String {
        let path = NSTemporaryDirectory() + "usagetop-test-" + UUID().uuidString
        return path
    }
}
