import Foundation
import Dashboard
import Testing
import UsageCore

@Suite("Forecast")
struct ForecastTests {
    let nov1 = UTCCalendar.timestamp(year: 2026, month: 11, day: 1)
    let day = UTCCalendar.secondsPerDay

    @Test("month-end spend is MTD over elapsed time times the month length")
    func monthEnd() {
        // 15 of 30 days elapsed, $150 spent: $300 at month end.
        #expect(Forecast.monthEnd(monthToDate: USD(150), now: nov1 + 15 * day) == USD(300))
        // 10 of 30 days: $100 → $300.
        #expect(Forecast.monthEnd(monthToDate: USD(100), now: nov1 + 10 * day) == USD(300))
        // A few minutes in counts as one day, not as a wild extrapolation.
        #expect(Forecast.monthEnd(monthToDate: USD(2), now: nov1 + 300) == USD(60))
        // At the very end the forecast is the MTD itself.
        #expect(Forecast.monthEnd(monthToDate: USD(412), now: nov1 + 30 * day - 1) == USD(Decimal(string: "412")!))
    }

    @Test("forecast keeps cents exact")
    func cents() {
        // $100.01 over 10 of 30 days → $300.03.
        #expect(Forecast.monthEnd(monthToDate: USD(cents: 10_001), now: nov1 + 10 * day) == USD(cents: 30_003))
    }

    @Test("threshold crossing at the current pace")
    func crossing() {
        // $100 in 10 days = $10/day: $250 is reached on day 25 (Nov 26 00:00).
        let c = Forecast.crossing(threshold: USD(250), monthToDate: USD(100), now: nov1 + 10 * day)
        #expect(c == .on(nov1 + 25 * day))
        // $400 would need 40 days: not this month.
        #expect(Forecast.crossing(threshold: USD(400), monthToDate: USD(100), now: nov1 + 10 * day) == .notThisMonth)
        // Zero spend never crosses.
        #expect(Forecast.crossing(threshold: USD(1), monthToDate: .zero, now: nov1 + 10 * day) == .notThisMonth)
    }

    @Test("an already crossed threshold reports the day it was passed")
    func crossed() {
        let daily: [USD?] = [USD(40), nil, USD(40), USD(40)]
        let c = Forecast.crossing(threshold: USD(100), monthToDate: USD(120), now: nov1 + 4 * day, monthDaily: daily)
        #expect(c == .crossed(day: nov1 + 3 * day))
        #expect(Forecast.crossing(threshold: USD(100), monthToDate: USD(120), now: nov1 + 4 * day) == .crossed(day: nil))
    }
}
