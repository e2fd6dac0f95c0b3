// MARK: - Configuration

/// How to run the simulated OpenAI organization and its Admin API server.
///
/// All fields have defaults; `seed` fixes the organization and its traffic, `now`/`speed` drive
/// the ``SimClock``, `rejectCostsKeyGrouping`/`rateLimitEvery`/`failEvery` inject faults seen on
/// the live API (`notes/openai-admin-api.md` §2 quirk, §4), `spendLimitUSD`/`spendAlerts`/
/// `projectSpendLimits` shape the API's own limits and alerts (§5), `unpricedModel` adds a model
/// no price list has, and `budgetShare` scales traffic to chosen shares of a budget (issue 3).
public struct SimConfiguration: Sendable {
    /// Seed of the generated organization and its traffic.
    public var seed: UInt64
    /// Simulated Unix time (seconds, UTC) at start; `nil` uses the wall clock.
    public var now: Int64?
    /// Simulated seconds per real second; 0 stops the clock.
    public var speed: Double
    /// Answer `/organization/costs` with `group_by` containing `api_key_id` by HTTP 400, as the
    /// live endpoint did in July 2026.
    public var rejectCostsKeyGrouping: Bool
    /// Every Nth request answers 429 with `Retry-After: 1` (`nil` or 0 = never).
    public var rateLimitEvery: Int?
    /// Every Nth request answers 500 (`nil` or 0 = never).
    public var failEvery: Int?
    /// The organization's monthly spend limit in USD (`nil` = the generated default); a value
    /// ≤ 0 means the organization has no spend limit (GET answers 404).
    public var spendLimitUSD: Double?
    /// Serve the generated organization and project spend alerts (`false`: every spend-alert list
    /// is empty), so a test that configures only a local budget sees no API thresholds.
    public var spendAlerts: Bool
    /// Serve the generated project spend limits (`false`: every project's spend limit answers 404).
    public var projectSpendLimits: Bool
    /// Add traffic of a model no public price table knows (``SimConfiguration/unpricedModelID``),
    /// billed by the simulator at its own rate, so a client's estimator must call it unknown.
    public var unpricedModel: Bool
    /// Scale traffic so month-to-date and month-end spend sit at chosen shares of a budget
    /// (`nil` = the natural organization).
    public var budgetShare: SimBudgetShare?

    /// The model id of the unpriced traffic (`unpricedModel`): an internal preview no price list has.
    public static let unpricedModelID = "gpt-9-internal-preview"

    /// Creates a configuration; every parameter has a default.
    public init(
        seed: UInt64 = 42,
        now: Int64? = nil,
        speed: Double = 1,
        rejectCostsKeyGrouping: Bool = false,
        rateLimitEvery: Int? = nil,
        failEvery: Int? = nil,
        spendLimitUSD: Double? = nil,
        spendAlerts: Bool = true,
        projectSpendLimits: Bool = true,
        unpricedModel: Bool = false,
        budgetShare: SimBudgetShare? = nil
    ) {
        self.seed = seed
        self.now = now
        self.speed = speed
        self.rejectCostsKeyGrouping = rejectCostsKeyGrouping
        self.rateLimitEvery = rateLimitEvery
        self.failEvery = failEvery
        self.spendLimitUSD = spendLimitUSD
        self.spendAlerts = spendAlerts
        self.projectSpendLimits = projectSpendLimits
        self.unpricedModel = unpricedModel
        self.budgetShare = budgetShare
    }
}
