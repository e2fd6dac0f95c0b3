/// The immutable view model the dashboard draws: everything on every page, read from the cache
/// in one go by the snapshot builder and handed to the UI thread through its mailbox.
///
/// All money is billed dollars from `/organization/costs` unless a field says *estimate*; all
/// times are Unix seconds UTC; day arrays are aligned to ``days``.
public struct DashboardSnapshot: Sendable {
    /// Which organization and how it is reached.
    public var source: SourceInfo
    /// The clock reading the snapshot was built at (Unix seconds UTC).
    public var now: UnixSeconds
    /// Overall sync state and per-dataset freshness.
    public var sync: SyncStatus

    /// Every UTC day start the cache covers, ascending, ending with today (partial).
    public var days: [UnixSeconds]
    /// Org totals per day, aligned to ``days``: billed costs, and activity of completions plus
    /// embeddings (the same tokens every ``series`` grouping counts).
    public var dailyTotals: [DayFigures]
    /// Today's org activity per hour from 00:00 UTC to now (from `1h` completions buckets;
    /// completions only, as no hourly embeddings series is synced).
    public var hourlyToday: [HourFigures]
    /// Per-group daily series for each grouping the Usage page offers.
    public var series: [GroupKind: [GroupSeries]]

    /// Every project, archived included, with month-to-date figures and limits.
    public var projects: [ProjectSummary]
    /// Every project key and admin key, with month-to-date usage.
    public var keys: [KeySummary]
    /// Organization limits and spend alerts.
    public var limits: LimitsSummary
    /// Billed spend per calendar month the cache holds, oldest first (the current month to date).
    public var monthlyTotals: [MonthTotal]

    /// Where per-key spend comes from: billed (`/organization/costs` by `api_key_id`), or
    /// token × price estimates because the server refused that grouping (issue 4).
    public var keySpend: KeySpendSource
    /// Org-wide token × price estimate per day, aligned to ``days`` (completions and embeddings
    /// priced by ``CostEstimator``); `nil` = no usage data that day. Unpriced tokens are not in it.
    public var dailyEstimated: [USD?]
    /// Per day, aligned to ``days``: tokens and requests of models the price table does not know
    /// (shown as *unknown*, never $0).
    public var dailyUnpriced: [Activity]
    /// Models seen in the snapshot's days that have no price, sorted.
    public var unpricedModels: [String]

    /// Every alert the cache holds (open and resolved), sorted by ``AlertKey``; filled in by the
    /// app after each alert evaluation (``SnapshotBuilder`` leaves it as read from the store).
    public var alerts: [AlertRecord]
    /// Local budgets and thresholds from `config.toml` (`[budgets]`), set by the app; the Limits
    /// page shows them beside the API's limits.
    public var budgetSettings: BudgetSettings

    /// Creates a snapshot.
    public init(
        source: SourceInfo, now: UnixSeconds, sync: SyncStatus, days: [UnixSeconds],
        dailyTotals: [DayFigures], hourlyToday: [HourFigures], series: [GroupKind: [GroupSeries]],
        projects: [ProjectSummary], keys: [KeySummary], limits: LimitsSummary, monthlyTotals: [MonthTotal]
    ) {
        self.source = source
        self.now = now
        self.sync = sync
        self.days = days
        self.dailyTotals = dailyTotals
        self.hourlyToday = hourlyToday
        self.series = series
        self.projects = projects
        self.keys = keys
        self.limits = limits
        self.monthlyTotals = monthlyTotals
        self.keySpend = .none
        self.dailyEstimated = []
        self.dailyUnpriced = []
        self.unpricedModels = []
        self.alerts = []
        self.budgetSettings = BudgetSettings()
    }

    /// A snapshot with nothing in it yet (first start, empty cache).
    public static func empty(source: SourceInfo, now: UnixSeconds) -> DashboardSnapshot {
        DashboardSnapshot(
            source: source, now: now, sync: SyncStatus(state: .noData, lastSuccess: nil, datasets: []),
            days: [], dailyTotals: [], hourlyToday: [], series: [:], projects: [], keys: [],
            limits: LimitsSummary(monthToDate: nil, spendLimit: nil, spendAlerts: []), monthlyTotals: []
        )
    }
}

/// Which organization a snapshot shows.
public struct SourceInfo: Sendable, Hashable {
    /// Profile label shown in the header (`default`, or the configured profile name).
    public var profile: String
    /// Host of the base URL (`api.openai.com`, `127.0.0.1:8787`).
    public var host: String
    /// Whether this is the built-in simulated organization (`--demo`).
    public var isDemo: Bool

    /// Creates a source description.
    public init(profile: String, host: String, isDemo: Bool) {
        self.profile = profile
        self.host = host
        self.isDemo = isDemo
    }
}

/// The sync service's state as the status line shows it.
public struct SyncStatus: Sendable, Hashable {
    /// Overall state.
    public var state: SyncState
    /// The last time every dataset of a poll succeeded (Unix seconds UTC).
    public var lastSuccess: UnixSeconds?
    /// Freshness per dataset.
    public var datasets: [DatasetFreshness]

    /// Creates a status.
    public init(state: SyncState, lastSuccess: UnixSeconds?, datasets: [DatasetFreshness]) {
        self.state = state
        self.lastSuccess = lastSuccess
        self.datasets = datasets
    }
}

/// Figures for one UTC day. `cost` is `nil` when the cache has no costs bucket for the day
/// (*no data*), which is different from `.zero`.
public struct DayFigures: Sendable, Hashable {
    /// Day start (Unix seconds UTC).
    public var day: UnixSeconds
    /// Billed USD for the day from `/organization/costs`; `nil` = no data.
    public var cost: USD?
    /// Activity for the day: completions plus embeddings (embeddings `input_tokens` as uncached
    /// input); `nil` = no data in either dataset.
    public var activity: Activity?

    /// Creates a day.
    public init(day: UnixSeconds, cost: USD?, activity: Activity?) {
        self.day = day
        self.cost = cost
        self.activity = activity
    }
}

/// Figures for one UTC hour of today.
public struct HourFigures: Sendable, Hashable {
    /// Hour start (Unix seconds UTC).
    public var hour: UnixSeconds
    /// Completions activity in the hour (embeddings are not fetched by hour).
    public var activity: Activity

    /// Creates an hour.
    public init(hour: UnixSeconds, activity: Activity) {
        self.hour = hour
        self.activity = activity
    }
}

/// Token and request counts, split as the Activity view shows them (tokens, requests).
///
/// `inputUncached + inputCached (+ cache writes)` = the API's `input_tokens`.
public struct Activity: Sendable, Hashable {
    /// Input tokens billed at the full rate: `input_tokens − input_cached_tokens` (cache writes included).
    public var inputUncached: Int64
    /// `input_cached_tokens`.
    public var inputCached: Int64
    /// `output_tokens`.
    public var output: Int64
    /// `num_model_requests`.
    public var requests: Int64

    /// Creates an activity figure.
    public init(inputUncached: Int64 = 0, inputCached: Int64 = 0, output: Int64 = 0, requests: Int64 = 0) {
        self.inputUncached = inputUncached
        self.inputCached = inputCached
        self.output = output
        self.requests = requests
    }

    /// All tokens (input + output).
    public var totalTokens: Int64 { inputUncached + inputCached + output }

    public static func + (a: Activity, b: Activity) -> Activity {
        Activity(inputUncached: a.inputUncached + b.inputUncached, inputCached: a.inputCached + b.inputCached,
                 output: a.output + b.output, requests: a.requests + b.requests)
    }

    /// No activity.
    public static let zero = Activity()
}

/// The groupings the Usage page can break spend and activity down by.
public enum GroupKind: String, Sendable, Hashable, CaseIterable {
    /// By model: cost from the model part of `line_item`, activity from completions `group_by=model`
    /// plus embeddings `group_by=api_key_id,model` summed over keys.
    case model
    /// By `project_id`.
    case project
    /// By `api_key_id`.
    case apiKey = "api_key"
    /// By `line_item` (cost only).
    case lineItem = "line_item"
    /// By `user_id` (completions attributed to a user; cost is a token × price estimate, ≈).
    case user = "user_id"
}

/// Where the snapshot's per-key spend comes from (issue 4, `notes/openai-admin-api.md` §2 quirk).
public enum KeySpendSource: Sendable, Hashable {
    /// No per-key spend data at all yet.
    case none
    /// Billed dollars from `/organization/costs` grouped by `api_key_id`.
    case billed
    /// Token × price estimates (≈), because the server answered 400 to costs grouped by
    /// `api_key_id`; `reason` is the server's message.
    case estimated(reason: String)
}

/// One group's daily series (a model, project, key or line item).
public struct GroupSeries: Sendable, Hashable, Identifiable {
    /// The group value (`gpt-4.1-2025-04-14`, `proj_…`, `key_…`); `nil` for spend or usage the
    /// API attributes to no group (e.g. `api_key_id: null`).
    public var id: String?
    /// Display label (project name, key name, model id, line item).
    public var label: String
    /// Billed USD per day aligned to ``DashboardSnapshot/days``; `nil` entries = no data.
    public var cost: [USD?]
    /// Whether ``cost`` is a token × price estimate rather than billed dollars (shown with ≈).
    public var costIsEstimate: Bool
    /// Activity per day aligned to ``DashboardSnapshot/days``; `nil` entries = no data.
    public var activity: [Activity?]

    /// Creates a series.
    public init(id: String?, label: String, cost: [USD?], costIsEstimate: Bool = false, activity: [Activity?]) {
        self.id = id
        self.label = label
        self.cost = cost
        self.costIsEstimate = costIsEstimate
        self.activity = activity
    }
}

/// A project with its month-to-date spend and limits (Limits page).
public struct ProjectSummary: Sendable, Hashable, Identifiable {
    /// The project.
    public var project: Project
    /// Billed USD this UTC month so far; `nil` = no data.
    public var monthToDate: USD?
    /// The project's spend limit, when the API has one.
    public var spendLimit: SpendLimit?
    /// The project's spend alerts.
    public var spendAlerts: [SpendAlert]
    /// Billed USD per day over the current month so far (for the forecast), aligned to the month's days.
    public var monthDaily: [USD?]

    public var id: String { project.id }

    /// Creates a summary.
    public init(project: Project, monthToDate: USD?, spendLimit: SpendLimit?, spendAlerts: [SpendAlert], monthDaily: [USD?]) {
        self.project = project
        self.monthToDate = monthToDate
        self.spendLimit = spendLimit
        self.spendAlerts = spendAlerts
        self.monthDaily = monthDaily
    }
}

/// A key with its month-to-date usage (API keys page).
public struct KeySummary: Sendable, Hashable, Identifiable {
    /// The key (redacted value only).
    public var key: APIKey
    /// The key's project name, when it has a project.
    public var projectName: String?
    /// Spend this UTC month so far; `nil` = no data.
    public var monthToDate: USD?
    /// Whether ``monthToDate`` is a token × price estimate (≈) rather than billed dollars.
    public var spendIsEstimate: Bool
    /// Completions and embeddings activity this month so far (embeddings count as uncached input).
    public var monthActivity: Activity
    /// Tokens per day over the last 14 UTC days (oldest first, today last); `nil` = no data.
    public var last14DaysTokens: [Int64?]
    /// Spend per day over the last 14 UTC days (oldest first, today last); `nil` = no data.
    public var last14DaysSpend: [USD?]
    /// Tokens this month of models with no price (``spendIsEstimate`` only; 0 for billed spend):
    /// when non-zero, ``monthToDate`` is the priced part only and the key's spend is *incomplete*
    /// (shown as unknown beyond the estimate, never as $0).
    public var unpricedTokens: Int64 = 0
    /// Requests this month of models with no price (see ``unpricedTokens``).
    public var unpricedRequests: Int64 = 0
    /// Whether today's spend is a spike by DESIGN.md §4's rule (``SpikeRule``) over the key's
    /// daily spend (billed, or estimated when ``spendIsEstimate``).
    public var isSpiking: Bool = false

    public var id: String { key.id }

    /// Creates a summary.
    public init(key: APIKey, projectName: String?, monthToDate: USD?, spendIsEstimate: Bool, monthActivity: Activity,
                last14DaysTokens: [Int64?], last14DaysSpend: [USD?]) {
        self.key = key
        self.projectName = projectName
        self.monthToDate = monthToDate
        self.spendIsEstimate = spendIsEstimate
        self.monthActivity = monthActivity
        self.last14DaysTokens = last14DaysTokens
        self.last14DaysSpend = last14DaysSpend
    }
}

/// Organization-level month-to-date spend, limit and spend alerts.
public struct LimitsSummary: Sendable, Hashable {
    /// Billed USD this UTC month so far; `nil` = no data.
    public var monthToDate: USD?
    /// The organization's spend limit, when set.
    public var spendLimit: SpendLimit?
    /// The organization's spend alerts, ascending by threshold.
    public var spendAlerts: [SpendAlert]

    /// Creates a summary.
    public init(monthToDate: USD?, spendLimit: SpendLimit?, spendAlerts: [SpendAlert]) {
        self.monthToDate = monthToDate
        self.spendLimit = spendLimit
        self.spendAlerts = spendAlerts
    }
}

/// Billed spend of one calendar month.
public struct MonthTotal: Sendable, Hashable {
    /// Month start (Unix seconds UTC).
    public var month: UnixSeconds
    /// Billed USD for the month (to date for the current one).
    public var total: USD
    /// Whether the month is still running.
    public var isCurrent: Bool

    /// Creates a month total.
    public init(month: UnixSeconds, total: USD, isCurrent: Bool) {
        self.month = month
        self.total = total
        self.isCurrent = isCurrent
    }
}
