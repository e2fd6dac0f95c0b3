import UsageCore

/// The Limits page's numbers for one snapshot: every budget's outlook
/// (``BudgetOutlook/all(_:)`` over ``AlertInput/from(snapshot:budgets:)``) and each scope's
/// month-end forecasts, grouped by scope. Computed once per snapshot (``AppState``), never per frame.
struct LimitsData: Sendable {
    /// One scope (the organization, a project or a key) with its spend and budgets.
    struct Scope: Sendable {
        /// What it is.
        var scope: AlertScope
        /// `Organization`, the project's name, the key's name.
        var label: String
        /// Month-to-date spend and daily figures; `nil` without data.
        var spend: ScopeSpend?
        /// Month-end forecasts (month-to-date pace and trailing 7 days); `nil` without data.
        var forecast: SpendForecast?
        /// The scope's budgets: API limit, API spend alerts, local budget (in ``Budget/all(snapshot:local:)`` order).
        var outlooks: [BudgetOutlook]
        /// Whether the project is archived (listed last, dimmed).
        var isArchived = false
        /// When the project was archived (Unix seconds UTC), if known.
        var archivedAt: UnixSeconds?
        /// `sk-proj-…9f2c` for a key; `nil` otherwise.
        var detail: String?

        /// The budgets drawn as gauges: the API limit and the local budget; or, with neither,
        /// the largest API spend alert (the spend alerts are markers on the gauges).
        var gauges: [BudgetOutlook] {
            let main = outlooks.filter { $0.budget.source != .apiSpendAlert }
            if !main.isEmpty { return main }
            return outlooks.max { $0.budget.amount < $1.budget.amount }.map { [$0] } ?? []
        }

        /// The scope's API spend alerts, ascending.
        var spendAlerts: [BudgetOutlook] {
            outlooks.filter { $0.budget.source == .apiSpendAlert }.sorted { $0.budget.amount < $1.budget.amount }
        }
    }

    /// The organization.
    var org = Scope(scope: .org, label: "Organization", spend: nil, forecast: nil, outlooks: [])
    /// Every project: active ones by month-to-date spend (highest first), then archived ones.
    var projects: [Scope] = []
    /// Every key with a local budget, by month-to-date spend (highest first).
    var keys: [Scope] = []
    /// The threshold percentages applied to API limits and local budgets.
    var thresholdPercents: [Int] = BudgetSettings.defaultThresholds

    /// Nothing to show.
    init() {}

    /// The numbers for `snapshot` with its local ``DashboardSnapshot/budgetSettings``.
    init(snapshot: DashboardSnapshot) {
        let input = AlertInput.from(snapshot: snapshot, budgets: snapshot.budgetSettings)
        let outlooks = Dictionary(grouping: BudgetOutlook.all(input), by: \.budget.scope)
        thresholdPercents = input.thresholdPercents
        func scope(_ s: AlertScope, _ label: String) -> Scope {
            let spend = input.spend[s]
            return Scope(scope: s, label: label, spend: spend, forecast: spend?.forecast(now: input.now),
                         outlooks: outlooks[s] ?? [])
        }
        org = scope(.org, "Organization")
        let spendOrder: (Scope, Scope) -> Bool = {
            ($0.spend?.monthToDate ?? .zero, $1.label) > ($1.spend?.monthToDate ?? .zero, $0.label)
        }
        let all = snapshot.projects.map { p in
            var s = scope(.project(p.id), p.project.displayName)
            s.isArchived = p.project.isArchived
            s.archivedAt = p.project.archivedAt
            return s
        }
        projects = all.filter { !$0.isArchived }.sorted(by: spendOrder) + all.filter(\.isArchived)
        keys = snapshot.keys.compactMap { summary -> Scope? in
            let id = AlertScope.key(summary.key.id)
            guard outlooks[id] != nil else { return nil }
            var s = scope(id, summary.key.name.isEmpty ? summary.key.redactedValue : summary.key.name)
            s.detail = summary.key.redactedValue
            return s
        }.sorted(by: spendOrder)
    }
}
