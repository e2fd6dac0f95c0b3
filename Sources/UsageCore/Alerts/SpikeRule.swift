import Foundation

/// DESIGN.md §4's per-key spike rule as a pure function, shared by the alert engine
/// (``AlertEngine``'s spike alerts) and the API keys page's `!spike` flag
/// (``KeySummary/isSpiking``), so both always agree.
///
/// A key spikes when its spend today (UTC) is at least ``AlertEngine/spikeMinimum`` (USD 1) and
/// at least ``AlertEngine/spikeFactor`` (3) × its median daily spend over the previous
/// ``AlertEngine/spikeHistoryDays`` (14) days, counting only days with data since the key was
/// created, and only when there are at least ``AlertEngine/spikeMinimumHistoryDays`` (7) of them.
public enum SpikeRule {
    /// Why a key's day is a spike.
    public struct Finding: Sendable, Hashable {
        /// USD spent today.
        public var today: USD
        /// Median USD per day over the history days.
        public var median: USD
        /// How many previous days with data the median was taken over.
        public var historyDays: Int

        /// Creates a finding.
        public init(today: USD, median: USD, historyDays: Int) {
            self.today = today
            self.median = median
            self.historyDays = historyDays
        }
    }

    /// The spike of `spend` on the UTC day holding `now`, or `nil` when it is not one.
    /// - Parameters:
    ///   - spend: the key's spend today and on the previous days (oldest first, yesterday last;
    ///     billed or estimated USD).
    ///   - now: the clock reading (Unix seconds UTC).
    public static func evaluate(_ spend: KeyDailySpend, now: UnixSeconds) -> Finding? {
        guard let spent = spend.today, spent >= AlertEngine.spikeMinimum else { return nil }
        let today = UTCCalendar.startOfDay(now)
        let created = UTCCalendar.startOfDay(spend.createdAt)
        let window = spend.previousDays.suffix(AlertEngine.spikeHistoryDays)
        let history: [Decimal] = window.enumerated().compactMap { offset, value in
            let day = today - Int64(window.count - offset) * UTCCalendar.secondsPerDay
            return day >= created ? value?.value : nil
        }
        guard history.count >= AlertEngine.spikeMinimumHistoryDays else { return nil }
        let typical = AlertEngine.median(history)
        guard spent.value >= AlertEngine.spikeFactor * typical else { return nil }
        return Finding(today: spent, median: USD(typical), historyDays: history.count)
    }

    /// Whether `spend` is a spike on the UTC day holding `now` (``evaluate(_:now:)`` is not `nil`).
    public static func isSpike(_ spend: KeyDailySpend, now: UnixSeconds) -> Bool {
        evaluate(spend, now: now) != nil
    }
}
