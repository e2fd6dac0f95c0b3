import Foundation

/// Month-end spend forecasts for one scope and the time each threshold is crossed
/// (Limits page, forecast rule; DESIGN.md §3–§4).
///
/// Two forecasts of the spend at the end of the UTC month holding ``now``:
/// - **month-to-date pace**: `MTD / elapsed × month length`, where *elapsed* is measured in
///   seconds since 00:00 UTC on the 1st (at least one day, so a few minutes into a month do not
///   extrapolate wildly; this matches the Dashboard's `Forecast`);
/// - **trailing 7 days**: the mean daily spend of the last (up to) 7 complete UTC days with data
///   × the days left in the month (fractional, from ``now``) + MTD.
///
/// Money stays `Decimal`; only the crossing time is converted to whole seconds. Results are
/// rounded to cents and never below the month-to-date spend.
public struct SpendForecast: Sendable, Hashable {
    /// Where a threshold stands against the month-to-date pace.
    public enum Crossing: Sendable, Hashable {
        /// Spend already reached it; `day` is the UTC day it happened when the daily figures show it.
        case crossed(day: UnixSeconds?)
        /// At the month-to-date pace it is reached at this time (Unix seconds UTC) this month.
        case on(UnixSeconds)
        /// At the month-to-date pace it is not reached before the month ends (or spend is zero).
        case notThisMonth
    }

    /// Days the trailing forecast averages over (7).
    public static let trailingWindow = 7

    /// The clock reading (Unix seconds UTC).
    public var now: UnixSeconds
    /// Billed USD since 00:00 UTC on the 1st.
    public var monthToDate: USD
    /// Month-end spend at the month-to-date pace (USD, cents).
    public var atMonthToDatePace: USD
    /// Month-end spend at the trailing pace (USD, cents); `nil` when no complete day has data.
    public var atTrailingPace: USD?
    /// How many complete days the trailing pace averages (0…7).
    public var trailingDays: Int

    /// Forecasts from `monthToDate` at `now`.
    /// - Parameters:
    ///   - monthToDate: billed USD since 00:00 UTC on the 1st of the month holding `now`.
    ///   - now: Unix seconds UTC.
    ///   - completeDays: billed USD of the complete UTC days before today, oldest first, `nil` =
    ///     no data; only the last 7 with data are used (they may reach into the previous month).
    public init(monthToDate: USD, now: UnixSeconds, completeDays: [USD?] = []) {
        self.now = now
        self.monthToDate = monthToDate
        let start = UTCCalendar.startOfMonth(now)
        let end = UTCCalendar.startOfMonth(now, offset: 1)
        let elapsed = SpendForecast.elapsedSeconds(now: now)
        let paced = USD(monthToDate.value * Decimal(end - start) / Decimal(elapsed)).roundedToCents
        atMonthToDatePace = max(paced, monthToDate.roundedToCents)
        let window = completeDays.compactMap { $0 }.suffix(SpendForecast.trailingWindow)
        trailingDays = window.count
        if window.isEmpty {
            atTrailingPace = nil
        } else {
            let mean = window.reduce(Decimal(0)) { $0 + $1.value } / Decimal(window.count)
            let remainingDays = Decimal(max(0, end - now)) / Decimal(UTCCalendar.secondsPerDay)
            atTrailingPace = max(USD(monthToDate.value + mean * remainingDays).roundedToCents, monthToDate.roundedToCents)
        }
    }

    /// Seconds of the UTC month holding `now` counted as elapsed: `now − 00:00 UTC on the 1st`,
    /// at least one day and at most the whole month.
    public static func elapsedSeconds(now: UnixSeconds) -> Int64 {
        let start = UTCCalendar.startOfMonth(now)
        let length = UTCCalendar.startOfMonth(now, offset: 1) - start
        return min(length, max(UTCCalendar.secondsPerDay, now - start))
    }

    /// When spend reaches `threshold` (USD) at the month-to-date pace.
    /// - Parameter monthDaily: billed USD per day of this month (day 1 first), used only to tell
    ///   the day an already reached threshold was passed.
    public func crossing(_ threshold: USD, monthDaily: [USD?] = []) -> Crossing {
        let monthStart = UTCCalendar.startOfMonth(now)
        if monthToDate >= threshold {
            var running = USD.zero
            for (index, value) in monthDaily.enumerated() {
                running += value ?? .zero
                if running >= threshold { return .crossed(day: monthStart + Int64(index) * UTCCalendar.secondsPerDay) }
            }
            return .crossed(day: nil)
        }
        guard monthToDate.value > 0 else { return .notThisMonth }
        // Seconds after the month start at which spend reaches the threshold: elapsed × threshold / MTD.
        var offset = Decimal(SpendForecast.elapsedSeconds(now: now)) * threshold.value / monthToDate.value
        var whole = Decimal()
        NSDecimalRound(&whole, &offset, 0, .up)
        let monthEnd = UTCCalendar.startOfMonth(now, offset: 1)
        guard whole < Decimal(monthEnd - monthStart) else { return .notThisMonth }
        let seconds = Int64(NSDecimalNumber(decimal: whole).int64Value)
        return .on(max(now, monthStart + seconds))
    }

    /// Whether spend reaches `threshold` before the month ends at the month-to-date pace, without
    /// having reached it yet.
    public func willCross(_ threshold: USD) -> Bool {
        if case .on = crossing(threshold) { return true }
        return false
    }
}
