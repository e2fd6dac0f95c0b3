/// One budget on the Limits page: its scope's spend, the month-end forecasts, and where each
/// threshold stands (reached on a day, reached at a time at the current pace, or not this month).
public struct BudgetOutlook: Sendable, Hashable {
    /// One threshold of the budget and when it is (or was) crossed at the month-to-date pace.
    public struct Mark: Sendable, Hashable {
        /// The threshold.
        public var threshold: Threshold
        /// Crossed on a UTC day, crossed at a time this month, or not this month.
        public var crossing: SpendForecast.Crossing

        /// Creates a mark.
        public init(threshold: Threshold, crossing: SpendForecast.Crossing) {
            self.threshold = threshold
            self.crossing = crossing
        }
    }

    /// The budget.
    public var budget: Budget
    /// The scope's spend; `nil` when there is no data for it.
    public var spend: ScopeSpend?
    /// The forecasts; `nil` when there is no data.
    public var forecast: SpendForecast?
    /// Every threshold of the budget, ascending; crossings are `.notThisMonth` without data.
    public var marks: [Mark]

    /// Creates an outlook.
    public init(budget: Budget, spend: ScopeSpend?, forecast: SpendForecast?, marks: [Mark]) {
        self.budget = budget
        self.spend = spend
        self.forecast = forecast
        self.marks = marks
    }

    /// The used share of the budget (1.0 = 100 %), for gauges only; `nil` without data.
    public var usedFraction: Double? { spend.flatMap { $0.monthToDate.ratio(to: budget.amount) } }

    /// The outlook of every budget in `input` at `input.now`, in the order of ``AlertInput/budgets``.
    public static func all(_ input: AlertInput) -> [BudgetOutlook] {
        input.budgets.map { budget in
            let spend = input.spend[budget.scope]
            let forecast = spend?.forecast(now: input.now)
            let marks = budget.thresholds(percents: input.thresholdPercents).map { threshold in
                Mark(threshold: threshold,
                     crossing: forecast?.crossing(threshold.amount, monthDaily: spend?.monthDaily ?? []) ?? .notThisMonth)
            }
            return BudgetOutlook(budget: budget, spend: spend, forecast: forecast, marks: marks)
        }
    }
}
