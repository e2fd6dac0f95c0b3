import Foundation
@testable import UsageCore

/// Inputs and helpers shared by the alert tests.
enum AlertFixture {
    /// An exact amount from a decimal string.
    static func usd(_ text: String) -> USD { USD(Decimal(string: text)!) }

    /// A local org budget of `dollars`.
    static func orgBudget(_ dollars: String, source: BudgetSource = .local) -> Budget {
        Budget(scope: .org, amount: usd(dollars), source: source)
    }

    /// Rules with only the threshold rule (plus the sync rules, which stay quiet while sync is ok).
    static let thresholdsOnly = AlertRules(forecast: false, spike: false)

    /// A healthy sync status whose last success is `at`.
    static func healthy(at: UnixSeconds) -> SyncStatus { SyncStatus(state: .ok, lastSuccess: at, datasets: []) }

    /// An input where the org has spent `mtd` this month, with `budgets`.
    static func org(now: UnixSeconds, mtd: String, budgets: [Budget], percents: [Int] = BudgetSettings.defaultThresholds,
                    completeDays: [USD?] = []) -> AlertInput {
        AlertInput(now: now, budgets: budgets, thresholdPercents: percents,
                   spend: [.org: ScopeSpend(label: "Organization", monthToDate: usd(mtd), completeDays: completeDays)],
                   sync: healthy(at: now))
    }

    /// Runs the engine over `inputs` in order, delivering every notification in between, and
    /// returns each evaluation.
    static func run(_ inputs: [AlertInput], rules: AlertRules, start previous: [AlertRecord] = []) -> [AlertEvaluation] {
        var records = previous
        var out: [AlertEvaluation] = []
        for input in inputs {
            let evaluation = AlertEngine.evaluate(input: input, previous: records, now: input.now, config: rules)
            records = evaluation.delivered
            out.append(evaluation)
        }
        return out
    }

    /// A temporary cache file path in a fresh folder (remove the folder when done).
    static func tempStorePath() -> (dir: String, path: String) {
        let dir = Fixture.tempDirectory()
        return (dir, dir + "/usagetop.sqlite")
    }
}
