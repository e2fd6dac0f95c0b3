// MARK: - The simulated organization

/// The generated OpenAI organization: members, projects, keys, limits and the traffic series
/// behind every usage and cost figure.
///
/// Deterministic: the same `seed` and start time give the same organization. Its history starts
/// on 2025-06-01 UTC (or 400 days before the start time, whichever is earlier), so there are
/// always 400+ days of data. For any start on or after 2026-11-24 UTC, usage is a pure function
/// of the seed and the simulated time; for an earlier `--now` the idle key's and the archived
/// project's last activity move back so they stay 41+ / 60+ days old. The second admin key
/// expires 9 days after the start time and was created 80 days before it.
public struct SimOrganization: Sendable {
    /// Seed the organization was generated from.
    public let seed: UInt64
    /// Start of the organization's history (Unix seconds, 00:00 UTC).
    public let historyStart: Int64
    /// Organization members.
    public let users: [SimUser]
    /// Service accounts that own keys.
    public let serviceAccounts: [SimServiceAccount]
    /// Projects, archived ones included, in creation order.
    public let projects: [SimProject]
    /// Project API keys, in creation order.
    public let projectKeys: [SimProjectKey]
    /// Organization Admin API keys, in creation order.
    public let adminKeys: [SimAdminKey]
    /// Dated model snapshots that appear in usage (completions and embeddings).
    public let models: [String]
    /// Per-project rate limits, by project id.
    public let rateLimits: [String: [SimRateLimit]]
    /// The organization's monthly spend limit in US cents, `nil` when none is set.
    public let spendLimitCents: Int64?
    /// The organization's spend alerts.
    public let spendAlerts: [SimSpendAlert]
    /// Project spend alerts, by project id.
    public let projectSpendAlerts: [String: [SimSpendAlert]]

    /// Every traffic series (internal).
    let series: [SimSeries]
    /// The traffic model (internal).
    let traffic: SimTraffic
    /// Billed rows of whole days already computed (internal).
    let costCache: SimCostCache

    /// Generates the organization for `seed` as of the simulated start time `startTime`
    /// (Unix seconds). `spendLimitUSD` overrides the org spend limit (≤ 0 = none).
    public init(seed: UInt64, startTime: Int64, spendLimitUSD: Double? = nil) {
        self = SimOrganizationBuilder(seed: seed, startTime: startTime, spendLimitUSD: spendLimitUSD).build()
    }

    /// Generates the organization a configuration describes as of the simulated start time
    /// `startTime` (Unix seconds, UTC): seed, spend limit, spend alerts, project spend limits, the
    /// unpriced model and the budget share (``SimConfiguration``). Without a budget share and
    /// with the other options at their defaults this is ``init(seed:startTime:spendLimitUSD:)``.
    /// - Throws: ``SimConfigurationError/budgetShare(_:)`` when the budget share is invalid or
    ///   cannot be met at `startTime`.
    public init(_ configuration: SimConfiguration, startTime: Int64) throws(SimConfigurationError) {
        var builder = SimOrganizationBuilder(seed: configuration.seed, startTime: startTime,
                                             spendLimitUSD: configuration.spendLimitUSD)
        builder.spendAlerts = configuration.spendAlerts
        builder.projectSpendLimits = configuration.projectSpendLimits
        builder.unpricedModel = configuration.unpricedModel
        let organization = builder.build()
        guard let share = configuration.budgetShare else {
            self = organization
            return
        }
        let scale = try SimBudgetSolver(series: organization.series, traffic: organization.traffic,
                                        startTime: startTime, share: share).solve()
        self = organization.scaled(by: scale)
    }

    /// Assembles an organization from generated parts.
    init(
        seed: UInt64, historyStart: Int64, users: [SimUser], serviceAccounts: [SimServiceAccount],
        projects: [SimProject], projectKeys: [SimProjectKey], adminKeys: [SimAdminKey], models: [String],
        rateLimits: [String: [SimRateLimit]], spendLimitCents: Int64?, spendAlerts: [SimSpendAlert],
        projectSpendAlerts: [String: [SimSpendAlert]], series: [SimSeries], scale: SimBudgetScale? = nil
    ) {
        self.seed = seed
        self.historyStart = historyStart
        self.users = users
        self.serviceAccounts = serviceAccounts
        self.projects = projects
        self.projectKeys = projectKeys
        self.adminKeys = adminKeys
        self.models = models
        self.rateLimits = rateLimits
        self.spendLimitCents = spendLimitCents
        self.spendAlerts = spendAlerts
        self.projectSpendAlerts = projectSpendAlerts
        self.series = series
        self.traffic = SimTraffic(seed: seed, historyStartDay: historyStart / SimTraffic.day, scale: scale)
        self.costCache = SimCostCache()
    }

    /// This organization with its traffic scaled per day (a budget-share run), with a fresh cost cache.
    func scaled(by scale: SimBudgetScale) -> SimOrganization {
        SimOrganization(
            seed: seed, historyStart: historyStart, users: users, serviceAccounts: serviceAccounts, projects: projects,
            projectKeys: projectKeys, adminKeys: adminKeys, models: models, rateLimits: rateLimits,
            spendLimitCents: spendLimitCents, spendAlerts: spendAlerts, projectSpendAlerts: projectSpendAlerts,
            series: series, scale: scale)
    }

    // MARK: - Lookups

    /// The project with this id.
    public func project(id: String) -> SimProject? { projects.first { $0.id == id } }

    /// The user with this id.
    public func user(id: String) -> SimUser? { users.first { $0.id == id } }

    /// The service account with this id.
    public func serviceAccount(id: String) -> SimServiceAccount? { serviceAccounts.first { $0.id == id } }

    /// The first project key with this trait.
    public func projectKey(trait: SimKeyTrait) -> SimProjectKey? { projectKeys.first { $0.trait == trait } }

    // MARK: - Last use

    /// When a project key was last used at or before `now` (Unix seconds, UTC, minute
    /// resolution): the start of the last minute in which its request count grew; `nil` if never.
    public func lastUsedAt(keyID: String, now: Int64) -> Int64? {
        let indices = series.indices.filter { series[$0].value(.apiKeyID) == keyID && !series[$0].endpoint.isGauge }
        guard !indices.isEmpty else { return nil }
        let today = now / SimTraffic.day
        let earliest = indices.map { series[$0].activeFromDay }.min() ?? today
        var day = today
        while day >= earliest {
            let dayStart = day * SimTraffic.day
            let endMinute = day == today ? (now - dayStart) / 60 : 1440
            var best: Int64?
            for index in indices {
                let s = series[index]
                guard s.isActive(day: day) else { continue }
                let totals = traffic.dailyTotals(s, day: day)
                let full = traffic.cumulative(s, totals: totals, minute: endMinute)[0]
                guard full > 0 else { continue }
                // Smallest minute m with F(m) == full: the last request happened in minute m − 1.
                var lo: Int64 = 0, hi = endMinute
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if traffic.cumulative(s, totals: totals, minute: mid)[0] >= full { hi = mid } else { lo = mid + 1 }
                }
                let used = dayStart + (lo - 1) * 60
                best = max(best ?? used, used)
            }
            if let best { return best }
            day -= 1
        }
        return nil
    }
}
