import Foundation
import UsageCore

/// Month-end spend forecast at the month-to-date pace, and the date a threshold is crossed at
/// that pace (the Limits page and the Usage page's "This month" box).
///
/// The pace is linear: `MTD / elapsed × month length`, where *elapsed* is the time since 00:00 UTC
/// on the 1st (at least one day, so a few minutes into the month do not extrapolate wildly).
/// All money stays `Decimal`; only the crossing time goes through integer seconds.
public enum Forecast {
    /// Where a threshold stands against the month-to-date pace.
    public enum Crossing: Sendable, Hashable {
        /// Spend already reached the threshold; `day` is the UTC day it happened when the daily
        /// figures show it, else `nil`.
        case crossed(day: UnixSeconds?)
        /// At this pace the threshold is reached at this time (Unix seconds UTC) this month.
        case on(UnixSeconds)
        /// At this pace the threshold is not reached before the month ends (or spend is zero).
        case notThisMonth
    }

    /// Whether less than one full day of the UTC month holding `now` has elapsed: too little
    /// to extrapolate a pace from (20 minutes of spend says nothing about a month), so the
    /// pages show `too early (first day)` instead of a forecast or a crossing date.
    ///
    /// - Parameter now: Unix seconds UTC.
    public static func isTooEarly(now: UnixSeconds) -> Bool {
        now - UTCCalendar.startOfMonth(now) < UTCCalendar.secondsPerDay
    }

    /// Seconds of the billing month holding `now` counted as elapsed: at least one day, at most
    /// the whole month.
    public static func elapsedSeconds(now: UnixSeconds) -> Int64 {
        let start = UTCCalendar.startOfMonth(now)
        let length = UTCCalendar.startOfMonth(now, offset: 1) - start
        return min(length, max(UTCCalendar.secondsPerDay, now - start))
    }

    /// Spend at the end of the UTC month holding `now` if the month-to-date pace holds, rounded to
    /// cents; never less than `monthToDate`.
    ///
    /// - Parameters:
    ///   - monthToDate: billed USD since 00:00 UTC on the 1st.
    ///   - now: Unix seconds UTC.
    public static func monthEnd(monthToDate: USD, now: UnixSeconds) -> USD {
        let start = UTCCalendar.startOfMonth(now)
        let length = UTCCalendar.startOfMonth(now, offset: 1) - start
        let elapsed = elapsedSeconds(now: now)
        let projected = USD(monthToDate.value * Decimal(length) / Decimal(elapsed)).roundedToCents
        return max(projected, monthToDate.roundedToCents)
    }

    /// When spend crosses `threshold` at the month-to-date pace.
    ///
    /// - Parameters:
    ///   - threshold: the USD amount (a limit, a spend alert's `threshold_amount`).
    ///   - monthToDate: billed USD this month so far.
    ///   - now: Unix seconds UTC.
    ///   - monthDaily: optional billed USD per day of this month (day 1 first), used to tell the
    ///     day an already crossed threshold was passed.
    public static func crossing(threshold: USD, monthToDate: USD, now: UnixSeconds, monthDaily: [USD?] = []) -> Crossing {
        let monthStart = UTCCalendar.startOfMonth(now)
        if monthToDate >= threshold {
            var running = USD.zero
            for (index, value) in monthDaily.enumerated() {
                running += value ?? .zero
                if running >= threshold {
                    return .crossed(day: monthStart + Int64(index) * UTCCalendar.secondsPerDay)
                }
            }
            return .crossed(day: nil)
        }
        guard monthToDate.value > 0 else { return .notThisMonth }
        let elapsed = elapsedSeconds(now: now)
        // Seconds after the month start at which spend reaches the threshold: elapsed × threshold / MTD.
        let offset = NSDecimalNumber(decimal: Decimal(elapsed) * threshold.value / monthToDate.value).doubleValue
        let monthEnd = UTCCalendar.startOfMonth(now, offset: 1)
        guard offset.isFinite, Double(monthStart) + offset < Double(monthEnd) else { return .notThisMonth }
        return .on(max(now, monthStart + Int64(offset)))
    }
}
