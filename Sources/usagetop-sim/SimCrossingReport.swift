import Foundation
import UsageSim

// MARK: - Crossing report

/// The human-readable table of when a budget-share run crosses its thresholds and the month
/// boundary, in simulated UTC time and in real seconds after start at `--speed`.
enum SimCrossingReport {
    /// One line per threshold (50/75/90/100 %) and one for the month boundary, e.g.
    /// `budget 75% ($75.00) at 2026-11-25T20:14:00Z  +38.9 s real at --speed 3600`.
    /// Empty without a budget share.
    static func lines(_ organization: SimOrganization, config: SimConfiguration, start: Int64) -> [String] {
        guard let share = config.budgetShare else { return [] }
        let monthStart = SimOrganization.monthStart(of: start)
        let spent = organization.billedCost(from: monthStart, to: start)
        let budget = Decimal(share.budgetCents) / 100
        var out = ["start \(iso(start)): month-to-date $\(dollars(spent)) of budget $\(dollars(budget))"
            + " (\(percent(spent / budget)))"]
        for crossing in organization.budgetCrossings(budgetCents: share.budgetCents, after: start) {
            let label = "budget \(crossing.percent)% ($\(dollars(Decimal(crossing.amountCents) / 100)))"
            guard let time = crossing.time else {
                out.append("\(label) not reached this month")
                continue
            }
            out.append("\(label) at \(iso(time))  \(real(time - start, speed: config.speed))")
        }
        let next = SimOrganization.nextMonthStart(after: start)
        out.append("month ends at \(iso(next))  \(real(next - start, speed: config.speed))")
        return out
    }

    private static func iso(_ time: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(time)))
    }

    private static func dollars(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        return String(format: "%.2f", NSDecimalNumber(decimal: rounded).doubleValue)
    }

    private static func percent(_ ratio: Decimal) -> String {
        String(format: "%.1f%%", NSDecimalNumber(decimal: ratio * 100).doubleValue)
    }

    private static func real(_ simulated: Int64, speed: Double) -> String {
        guard speed > 0 else { return "(clock stopped: --speed 0)" }
        return String(format: "+%.1f s real at --speed %g", Double(simulated) / speed, speed)
    }
}
