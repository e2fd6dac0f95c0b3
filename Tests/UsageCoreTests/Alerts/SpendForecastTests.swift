import Foundation
import Testing
@testable import UsageCore

@Suite("SpendForecast")
struct SpendForecastTests {
    @Test("month-to-date pace uses the seconds elapsed; trailing pace the mean of the last 7 complete days")
    func paces() {
        // Nov 15 12:00 UTC: 14.5 of 30 days elapsed.
        let now = Fixture.nov(15) + 12 * 3_600
        let days: [USD?] = [AlertFixture.usd("100"), nil] + Array(repeating: AlertFixture.usd("10"), count: 7)
        let f = SpendForecast(monthToDate: AlertFixture.usd("145"), now: now, completeDays: days)
        #expect(f.atMonthToDatePace == AlertFixture.usd("300"))
        // 145 + 10 × 15.5 days left (Nov 15 12:00 → Dec 1 00:00).
        #expect(f.atTrailingPace == AlertFixture.usd("300"))
        #expect(f.trailingDays == 7)
        let uneven = SpendForecast(monthToDate: AlertFixture.usd("145"), now: now,
                                   completeDays: [AlertFixture.usd("1"), AlertFixture.usd("2")])
        #expect(uneven.atTrailingPace == AlertFixture.usd("168.25"))
        #expect(uneven.trailingDays == 2)
        #expect(SpendForecast(monthToDate: .zero, now: now).atTrailingPace == nil)
    }

    @Test("the first hours of a month count as one day, and a month's end does not extrapolate")
    func bounds() {
        let f = SpendForecast(monthToDate: AlertFixture.usd("3"), now: Fixture.nov(1) + 600)
        #expect(f.atMonthToDatePace == AlertFixture.usd("90"))
        let end = SpendForecast(monthToDate: AlertFixture.usd("412.37"), now: Fixture.nov(31) - 1)
        #expect(end.atMonthToDatePace == AlertFixture.usd("412.37"))
    }

    @Test("threshold crossing dates at the month-to-date pace",
          arguments: [
            ("100", SpendForecast.Crossing.crossed(day: Fixture.nov(3))),
            ("200", .on(Fixture.nov(21))),
            ("300", .notThisMonth),
          ])
    func crossing(threshold: String, expected: SpendForecast.Crossing) {
        let now = Fixture.nov(15) + 12 * 3_600
        let f = SpendForecast(monthToDate: AlertFixture.usd("145"), now: now)
        let daily: [USD?] = [AlertFixture.usd("40"), AlertFixture.usd("50"), AlertFixture.usd("20")]
        #expect(f.crossing(AlertFixture.usd(threshold), monthDaily: daily) == expected)
    }
}

@Suite("BudgetOutlook")
struct BudgetOutlookTests {
    @Test("each budget gets its forecast and the crossing of every threshold")
    func outlook() {
        let now = Fixture.nov(15) + 12 * 3_600
        let daily: [USD?] = Array(repeating: AlertFixture.usd("10"), count: 14) + [AlertFixture.usd("5")]
        let input = AlertInput(
            now: now, budgets: [AlertFixture.orgBudget("200"), Budget(scope: .project("proj_x"), amount: USD(9), source: .local)],
            thresholdPercents: [50, 100],
            spend: [.org: ScopeSpend(label: "Organization", monthToDate: AlertFixture.usd("145"),
                                     completeDays: Array(daily.dropLast()), monthDaily: daily)])
        let outlooks = BudgetOutlook.all(input)
        #expect(outlooks.count == 2)
        #expect(outlooks[0].forecast?.atMonthToDatePace == AlertFixture.usd("300"))
        #expect(outlooks[0].marks.map(\.crossing) == [.crossed(day: Fixture.nov(10)), .on(Fixture.nov(21))])
        #expect(outlooks[0].usedFraction == 0.725)
        #expect(outlooks[1].spend == nil)
        #expect(outlooks[1].marks.map(\.crossing) == [.notThisMonth, .notThisMonth])
    }
}
