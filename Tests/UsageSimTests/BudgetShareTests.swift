import Foundation
import Testing
@testable import UsageSim

/// 2026-11-24 00:00 UTC: the start of the worked example in `.coord/H3-SIM-OPTIONS.md`.
let nov24: Int64 = 1_795_478_400
/// 2026-11-01 and 2026-12-01 00:00 UTC.
let nov1: Int64 = 1_793_491_200
let dec1: Int64 = 1_796_083_200

@Suite("Budget share: month-to-date and month-end spend at chosen shares of a budget")
struct BudgetShareTests {
    static func configuration(budgetUSD: Int64, start: Double, end: Double) -> SimConfiguration {
        SimConfiguration(spendLimitUSD: 0, spendAlerts: false, projectSpendLimits: false,
                         budgetShare: SimBudgetShare(budgetCents: budgetUSD * 100, startShare: start, monthEndShare: end))
    }

    static func usd(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    @Test("month-to-date spend at the start and the month's spend are within 1 % of their shares",
          arguments: [(nov24, Int64(100), 0.45, 1.3), (testNow, Int64(500), 0.6, 1.05), (nov24 + 3_600, Int64(20), 0.8, 1.6),
                      (dec1 + 10 * day, Int64(1_000), 0.2, 0.9)])
    func shares(start: Int64, budget: Int64, startShare: Double, endShare: Double) throws {
        let org = try SimOrganization(Self.configuration(budgetUSD: budget, start: startShare, end: endShare), startTime: start)
        let monthStart = SimOrganization.monthStart(of: start)
        let mtd = Self.usd(org.billedCost(from: monthStart, to: start))
        let month = Self.usd(org.billedCost(from: monthStart, to: SimOrganization.nextMonthStart(after: start)))
        #expect(abs(mtd / (startShare * Double(budget)) - 1) < 0.01, "MTD \(mtd)")
        #expect(abs(month / (endShare * Double(budget)) - 1) < 0.01, "month \(month)")
    }

    @Test("per-key, per-project and per-line-item costs still add up to the billed total, to the cent")
    func groupingsAddUp() throws {
        let sim = try SimHarness(Self.configuration(budgetUSD: 100, start: 0.45, end: 1.3), startTime: nov24)
        let query = [("start_time", "\(nov1)"), ("end_time", "\(dec1)"), ("limit", "31")]
        let billed = Self.usd(sim.organization.billedCost(from: nov1, to: dec1))
        let now = dec1 + day
        for group in ["api_key_id", "project_id", "line_item"] {
            let results = sim.get("/costs", query + [("group_by", group)], now: now).body.results
            let sum = results.reduce(0.0) { $0 + $1.amountValue }
            #expect(abs(sum - billed) < 0.005, "\(group)")
        }
        let byKey = sim.get("/costs", query + [("group_by", "api_key_id")], now: now).body.results
        #expect(byKey.contains { $0["api_key_id"] is NSNull })
        // Billing still follows usage: a token line item's quantity is the usage endpoint's tokens.
        let range = [("start_time", "\(nov24 + day)"), ("end_time", "\(nov24 + 2 * day)")]
        let usage = sim.get("/usage/completions", range + [("group_by", "model"), ("group_by", "batch"),
                                                           ("group_by", "service_tier")], now: now).body.results
        let row = try #require(usage.first { $0.string("model") == "gpt-4.1-2025-04-14" && $0.string("service_tier") == "default" })
        let costs = sim.get("/costs", range + [("group_by", "line_item")], now: now).body.results
        let input = try #require(costs.first { $0.string("line_item") == "gpt-4.1-2025-04-14, input" })
        #expect((input["quantity"] as? NSNumber)?.int64Value == row.int("input_text_tokens"))
    }

    @Test("thresholds are crossed in order within the month; the reported minute is the first at the amount")
    func crossings() throws {
        let org = try SimOrganization(Self.configuration(budgetUSD: 100, start: 0.45, end: 1.3), startTime: nov24)
        let crossings = org.budgetCrossings(budgetCents: 10_000, after: nov24)
        #expect(crossings.map(\.percent) == [50, 75, 90, 100])
        let times = crossings.compactMap(\.time)
        #expect(times.count == 4 && times == times.sorted() && times.allSatisfy { $0 > nov24 && $0 < dec1 })
        for crossing in crossings {
            let time = try #require(crossing.time)
            let amount = Decimal(crossing.amountCents) / 100
            #expect(org.billedCost(from: nov1, to: time) >= amount)
            #expect(org.billedCost(from: nov1, to: time - 60) < amount)
        }
        // Already reached at the start: reported at the start.
        #expect(org.budgetCrossings(budgetCents: 5_000, percents: [50], after: nov24).first?.time == nov24)
    }

    @Test("the next month starts calm: its first three days bill under a tenth of the budget")
    func nextMonthCalm() throws {
        let org = try SimOrganization(Self.configuration(budgetUSD: 100, start: 0.45, end: 1.3), startTime: nov24)
        let firstDays = Self.usd(org.billedCost(from: dec1, to: dec1 + 3 * day))
        #expect(firstDays > 0 && firstDays < 10)
    }

    @Test("the flagged keys keep their traits under scaling")
    func keysKeepTraits() throws {
        let org = try SimOrganization(Self.configuration(budgetUSD: 100, start: 0.45, end: 1.3), startTime: nov24)
        let idle = try #require(org.projectKey(trait: .idle))
        let lastUsed = try #require(org.lastUsedAt(keyID: idle.id, now: nov24))
        #expect(lastUsed < nov24 - 30 * day)
        let never = try #require(org.projectKey(trait: .neverUsed))
        #expect(org.lastUsedAt(keyID: never.id, now: nov24) == nil)
        let inactive = try #require(org.projectKey(trait: .ownerInactive))
        #expect(org.completionsTotals(from: nov24 - day, to: nov24, apiKeyID: inactive.id).inputTokens > 0)
    }

    @Test("impossible settings are clear errors",
          arguments: [(Int64(0), 0.4, 1.2, nov24), (Int64(100), 0.9, 0.5, nov24), (Int64(100), -0.1, 0.5, nov24),
                      (Int64(100), 0.45, 1.3, dec1)])
    func invalid(budget: Int64, start: Double, end: Double, at time: Int64) {
        #expect(throws: SimConfigurationError.self) {
            try SimOrganization(Self.configuration(budgetUSD: budget, start: start, end: end), startTime: time)
        }
    }

    @Test("without a budget share the configured organization is the default one")
    func defaultUnchanged() throws {
        let plain = SimOrganization(seed: 42, startTime: testNow)
        let configured = try SimOrganization(SimConfiguration(), startTime: testNow)
        #expect(plain.billedCost(from: testToday - 40 * day, to: testNow) == configured.billedCost(from: testToday - 40 * day, to: testNow))
        #expect(plain.spendAlerts == configured.spendAlerts && plain.projects == configured.projects)
    }
}

@Suite("UTC month arithmetic")
struct SimCalendarTests {
    @Test("month starts and ends, across a year end and a leap February",
          arguments: [((2026, 11, 24), (2026, 11, 1), (2026, 12, 1)), ((2026, 12, 31), (2026, 12, 1), (2027, 1, 1)),
                      ((2028, 2, 29), (2028, 2, 1), (2028, 3, 1)), ((1970, 1, 1), (1970, 1, 1), (1970, 2, 1))])
    func months(date: (Int64, Int64, Int64), start: (Int64, Int64, Int64), next: (Int64, Int64, Int64)) {
        let d = SimCalendar.dayIndex(year: date.0, month: date.1, day: date.2)
        #expect(SimCalendar.civil(day: d) == date)
        #expect(SimCalendar.monthStart(day: d) == SimCalendar.dayIndex(year: start.0, month: start.1, day: start.2))
        #expect(SimCalendar.nextMonthStart(day: d) == SimCalendar.dayIndex(year: next.0, month: next.1, day: next.2))
    }

    @Test("day indices of known dates")
    func known() {
        #expect(SimCalendar.dayIndex(year: 2026, month: 11, day: 24) * day == nov24)
        #expect(SimCalendar.dayIndex(year: 2026, month: 12, day: 1) * day == dec1)
        #expect(SimCalendar.dayIndex(year: 1970, month: 1, day: 1) == 0)
    }
}
