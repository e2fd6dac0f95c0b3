import Dashboard
import UsageCore

/// Snapshots for the Usage page's reconciliation, "who spent" and project filter tests: a
/// small hand-built organization whose figures are easy to check by hand, and the shared
/// ``Fixture`` with a by-user series added.
enum UsageFixture {
    static let day = UTCCalendar.secondsPerDay
    /// Nov 27, 28 and 29 2026 (today, ``Fixture/now``).
    static let days: [UnixSeconds] = (0..<3).map { UTCCalendar.startOfDay(Fixture.now) - Int64(2 - $0) * day }

    static let projects = [
        Project(id: "proj_a", name: "Alpha", createdAt: Fixture.firstDay),
        Project(id: "proj_b", name: "Beta", createdAt: Fixture.firstDay),
    ]
    static let ana = KeyOwner(kind: .user, id: "user_ana", name: "Ana", email: "ana@example.com")
    static let bob = KeyOwner(kind: .user, id: "user_bob", name: "Bob", email: "bob@example.com")
    static let svc = KeyOwner(kind: .serviceAccount, id: "svc_batch", name: "batch")

    /// Per day: `alpha-web` $4 (Ana), `alpha-batch` $2 (service account), `beta-bot` $2 (Ana),
    /// `beta-cli` $1 (Bob), and $1 no key accounts for; the bill is $10 a day.
    static let keyCents: [(id: String, name: String, project: String, owner: KeyOwner, cents: Int64)] = [
        ("key_a1", "alpha-web", "proj_a", ana, 400),
        ("key_a2", "alpha-batch", "proj_a", svc, 200),
        ("key_b1", "beta-bot", "proj_b", ana, 200),
        ("key_b2", "beta-cli", "proj_b", bob, 100),
    ]

    /// The small organization over three days: billed $30.00, ≈ $28.50 estimated, keys explain
    /// $27.00 (90.0 %), no key $3.00; Alpha billed $19.50 (its keys $18.00, 92.3 %), Beta
    /// $10.50; by user ≈ Ana $17.70, Bob $3.30, (no user) $5.40. With `unpriced`, today has
    /// 1,234,000 unpriced tokens and 340 requests of `ft:gpt-4o:acme::x1`.
    static func small(keySpend: KeySpendSource = .billed, unpriced: Bool = false, keyEstimates: Bool = false) -> DashboardSnapshot {
        let n = days.count
        let each = { (cents: Int64) in [USD?](repeating: USD(cents: cents), count: n) }
        let activity = { (cents: Int64) in [Activity?](repeating: Activity(inputUncached: cents * 100, output: cents * 10, requests: cents), count: n) }
        var series: [GroupKind: [GroupSeries]] = [:]
        series[.model] = [GroupSeries(id: "gpt-4.1", label: "gpt-4.1", cost: each(1_000), activity: activity(1_000))]
        series[.project] = [
            GroupSeries(id: "proj_a", label: "Alpha", cost: each(650), activity: activity(650)),
            GroupSeries(id: "proj_b", label: "Beta", cost: each(350), activity: activity(350)),
        ]
        series[.apiKey] = keyCents.map { k in
            GroupSeries(id: k.id, label: k.name, cost: each(k.cents), costIsEstimate: keyEstimates, activity: activity(k.cents))
        } + [GroupSeries(id: nil, label: "(no key)", cost: each(100), activity: activity(0))]
        series[.user] = [
            GroupSeries(id: "user_ana", label: "ana@example.com", cost: each(590), costIsEstimate: true, activity: activity(590)),
            GroupSeries(id: "user_bob", label: "bob@example.com", cost: each(110), costIsEstimate: true, activity: activity(110)),
            GroupSeries(id: nil, label: "", cost: each(180), costIsEstimate: true, activity: activity(180)),
        ]
        let keys = keyCents.map { k in
            KeySummary(key: APIKey(id: k.id, kind: .project, name: k.name, redactedValue: "sk-proj-...\(k.id.suffix(2))",
                                   projectID: k.project, createdAt: Fixture.firstDay, lastUsedAt: Fixture.now - 60,
                                   owner: k.owner, ownerProjectAccess: "active"),
                       projectName: projects.first { $0.id == k.project }?.displayName,
                       monthToDate: USD(cents: k.cents * 3), spendIsEstimate: keyEstimates, monthActivity: .zero,
                       last14DaysTokens: [], last14DaysSpend: [])
        }
        var snapshot = DashboardSnapshot(
            source: SourceInfo(profile: "default", host: "127.0.0.1:8787", isDemo: true), now: Fixture.now,
            sync: SyncStatus(state: .ok, lastSuccess: Fixture.now - 38, datasets: []), days: days,
            dailyTotals: days.map { DayFigures(day: $0, cost: USD(cents: 1_000), activity: Activity(inputUncached: 100_000, output: 10_000, requests: 1_000)) },
            hourlyToday: [], series: series,
            projects: projects.map { ProjectSummary(project: $0, monthToDate: nil, spendLimit: nil, spendAlerts: [], monthDaily: []) },
            keys: keys, limits: LimitsSummary(monthToDate: USD(cents: 3_000), spendLimit: nil, spendAlerts: []), monthlyTotals: [])
        snapshot.keySpend = keySpend
        snapshot.dailyEstimated = each(950)
        snapshot.dailyUnpriced = days.indices.map { i in
            unpriced && i == n - 1 ? Activity(inputUncached: 1_200_000, output: 34_000, requests: 340) : .zero
        }
        snapshot.unpricedModels = unpriced ? ["ft:gpt-4o:acme::x1"] : []
        return snapshot
    }

    /// ``Fixture/snapshot(keys:sync:limits:isDemo:)`` with a by-user series: each user-owned
    /// key's spend as a ≈ estimate under its owner, service-account keys under `(no user)`.
    static func withUsers(_ base: DashboardSnapshot = Fixture.snapshot()) -> DashboardSnapshot {
        var snapshot = base
        let keys = snapshot.series[.apiKey] ?? []
        var byUser: [String?: (label: String, cost: [USD?], activity: [Activity?])] = [:]
        for series in keys {
            let owner = snapshot.keys.first { $0.id == series.id }?.key.owner
            let id = owner?.kind == .user ? owner?.id : nil
            let label = id == nil ? "(no user)" : owner?.label ?? ""
            var entry = byUser[id] ?? (label, [USD?](repeating: nil, count: snapshot.days.count), [Activity?](repeating: nil, count: snapshot.days.count))
            for i in snapshot.days.indices {
                if i < series.cost.count, let c = series.cost[i] { entry.cost[i] = (entry.cost[i] ?? .zero) + c }
                if i < series.activity.count, let a = series.activity[i] { entry.activity[i] = (entry.activity[i] ?? .zero) + a }
            }
            byUser[id] = entry
        }
        snapshot.series[.user] = byUser.map { id, entry in
            GroupSeries(id: id, label: entry.label, cost: entry.cost, costIsEstimate: true, activity: entry.activity)
        }.sorted { $0.label < $1.label }
        return snapshot
    }
}
