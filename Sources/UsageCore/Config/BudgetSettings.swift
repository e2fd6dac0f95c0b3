/// Local budgets and percentage thresholds from the `[budgets]` tables of `config.toml`
/// (DESIGN.md §4 and §6).
///
/// ```toml
/// [budgets]
/// org_usd = 500                   # USD per UTC month for the whole organization
/// thresholds = [50, 75, 90, 100]  # percent of every budget (API limits included)
/// [budgets.projects]
/// proj_abc = 120                  # USD per UTC month, keyed by project_id
/// [budgets.keys]
/// key_abc = 10                    # USD per UTC month, keyed by api_key_id
/// ```
public struct BudgetSettings: Sendable, Hashable {
    /// The default thresholds: 50, 75, 90 and 100 % of each budget.
    public static let defaultThresholds = [50, 75, 90, 100]
    /// Allowed threshold range, in percent.
    public static let thresholdRange = 1...1000

    /// `org_usd`: the organization's local budget, USD per UTC month.
    public var org: USD?
    /// `[budgets.projects]`: local budgets by `project_id`, USD per UTC month.
    public var projects: [String: USD]
    /// `[budgets.keys]`: local budgets by `api_key_id`, USD per UTC month.
    public var keys: [String: USD]
    /// `thresholds`: percent of a budget at which the threshold rule fires, ascending, unique
    /// (each in ``thresholdRange``).
    public var thresholds: [Int]

    /// Creates settings; the defaults are those of a file without `[budgets]`.
    public init(org: USD? = nil, projects: [String: USD] = [:], keys: [String: USD] = [:],
                thresholds: [Int] = BudgetSettings.defaultThresholds) {
        self.org = org
        self.projects = projects
        self.keys = keys
        self.thresholds = Array(Set(thresholds)).sorted()
    }

    /// The local budgets as ``Budget`` values (source ``BudgetSource/local``), org first, then
    /// projects and keys by id.
    public var budgets: [Budget] {
        var out: [Budget] = []
        if let org { out.append(Budget(scope: .org, amount: org, source: .local)) }
        for (id, amount) in projects.sorted(by: { $0.key < $1.key }) {
            out.append(Budget(scope: .project(id), amount: amount, source: .local))
        }
        for (id, amount) in keys.sorted(by: { $0.key < $1.key }) {
            out.append(Budget(scope: .key(id), amount: amount, source: .local))
        }
        return out
    }
}
