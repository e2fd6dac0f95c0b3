import Foundation

/// Where a budget comes from: the Admin API (a spend limit or a spend alert) or the local
/// configuration (`[budgets]` in `config.toml`). The Limits page shows both when both exist and
/// says which is which (DESIGN.md §3, Limits).
public enum BudgetSource: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A spend limit from `GET /organization/spend_limit` or `…/projects/{id}/spend_limit`.
    case apiLimit = "api_limit"
    /// A spend alert from `GET /organization/spend_alerts` or `…/projects/{id}/spend_alerts`:
    /// an absolute amount that is its own single threshold.
    case apiSpendAlert = "api_spend_alert"
    /// A local budget from `config.toml` (`[budgets]`, `[budgets.projects]`, `[budgets.keys]`).
    case local

    /// How the source is named on screen and in alert messages.
    public var label: String {
        switch self {
        case .apiLimit: "API limit"
        case .apiSpendAlert: "API spend alert"
        case .local: "local budget"
        }
    }

    /// Declaration order: API limit, API spend alert, local.
    public static func < (a: BudgetSource, b: BudgetSource) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A monthly spend budget of one scope: an amount of USD per UTC month, and where it comes from.
///
/// API amounts arrive in integer cents (``SpendLimit/threshold``, ``SpendAlert/threshold``) and
/// local ones in dollars; both are ``USD`` here.
public struct Budget: Sendable, Hashable {
    /// The organization, a project or a key.
    public var scope: AlertScope
    /// USD per UTC month.
    public var amount: USD
    /// API spend limit, API spend alert, or local.
    public var source: BudgetSource
    /// For an API limit: whether the API enforces it (`enforcement == "enforcing"`).
    public var isEnforcing: Bool

    /// Creates a budget.
    public init(scope: AlertScope, amount: USD, source: BudgetSource, isEnforcing: Bool = false) {
        self.scope = scope
        self.amount = amount
        self.source = source
        self.isEnforcing = isEnforcing
    }

    /// Whether percentage thresholds and the forecast rule apply: true for spend limits and local
    /// budgets; an API spend alert is a single absolute threshold.
    public var takesPercentThresholds: Bool { source != .apiSpendAlert }

    /// The thresholds of this budget: one per entry of `percents` (each 1…1000 % of ``amount``),
    /// or, for an API spend alert, its own amount.
    public func thresholds(percents: [Int]) -> [Threshold] {
        guard takesPercentThresholds else { return [Threshold(budget: self, percent: nil)] }
        return Array(Set(percents)).sorted().map { Threshold(budget: self, percent: $0) }
    }

    /// Every budget in `snapshot` (the organization's and each project's spend limit and spend
    /// alerts, `notes/openai-admin-api.md` §2) plus the local ones in `local`, sorted by scope,
    /// source and amount. Zero and negative API amounts are skipped (no budget).
    public static func all(snapshot: DashboardSnapshot, local: BudgetSettings) -> [Budget] {
        var budgets: [Budget] = []
        func addLimit(_ limit: SpendLimit?, _ scope: AlertScope) {
            guard let limit, limit.threshold > .zero else { return }
            budgets.append(Budget(scope: scope, amount: limit.threshold, source: .apiLimit, isEnforcing: limit.isEnforcing))
        }
        func addAlerts(_ alerts: [SpendAlert], _ scope: AlertScope) {
            for alert in alerts where alert.threshold > .zero {
                budgets.append(Budget(scope: scope, amount: alert.threshold, source: .apiSpendAlert))
            }
        }
        addLimit(snapshot.limits.spendLimit, .org)
        addAlerts(snapshot.limits.spendAlerts, .org)
        for project in snapshot.projects {
            addLimit(project.spendLimit, .project(project.id))
            addAlerts(project.spendAlerts, .project(project.id))
        }
        budgets += local.budgets
        return Array(Set(budgets)).sorted {
            ($0.scope, $0.source, $0.amount) < ($1.scope, $1.source, $1.amount)
        }
    }
}

/// One level at which a budget alerts: a percentage of a budget (`75 %` of a `$500.00` limit) or
/// the absolute amount of an API spend alert.
public struct Threshold: Sendable, Hashable {
    /// The budget the threshold belongs to.
    public var budget: Budget
    /// Percent of ``Budget/amount`` (1…1000); `nil` for an API spend alert's own amount.
    public var percent: Int?

    /// Creates a threshold.
    public init(budget: Budget, percent: Int?) {
        self.budget = budget
        self.percent = percent
    }

    /// The USD amount at which spend reaches the threshold (exact; not rounded).
    public var amount: USD {
        guard let percent else { return budget.amount }
        return USD(budget.amount.value * Decimal(percent) / 100)
    }

    /// The stable identity stored in `alert.threshold`: `<source>:<percent>%:<budget>` or
    /// `<source>:<amount>` with plain decimal dollars, e.g. `local:75%:500`,
    /// `api_spend_alert:400`. A changed budget amount is a new threshold (a new alert).
    public var code: String {
        let dollars = budget.amount.value.description
        if let percent { return "\(budget.source.rawValue):\(percent)%:\(dollars)" }
        return "\(budget.source.rawValue):\(dollars)"
    }

    /// Human text: `75 % of $500.00 API limit`, `$400.00 API spend alert`.
    public var label: String {
        if let percent { return "\(percent) % of \(budget.amount.formatted) \(budget.source.label)" }
        return "\(budget.amount.formatted) \(budget.source.label)"
    }
}
