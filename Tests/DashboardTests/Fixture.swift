import Dashboard
import UsageCore

/// A realistic, deterministic organization for dashboard tests: five projects (one archived),
/// fifteen keys (never used, idle, owner without access, an admin key expiring in 9 days, a
/// CJK name), 60 days of series (Oct 1 – Nov 29 2026 UTC), a $500 enforcing spend limit with
/// three spend alerts. All amounts are integer cents, so every total is exact.
enum Fixture {
    /// 2026-11-29 10:30 UTC.
    static let now: UnixSeconds = UTCCalendar.timestamp(year: 2026, month: 11, day: 29) + 10 * 3_600 + 30 * 60
    static let day = UTCCalendar.secondsPerDay
    static let firstDay = UTCCalendar.timestamp(year: 2026, month: 10, day: 1)
    static let days: [UnixSeconds] = (0..<60).map { firstDay + Int64($0) * day }
    static let monthStartIndex = 31  // Nov 1

    // MARK: - Models

    static let models: [(id: String, weight: Int64)] = [
        ("gpt-4.1", 52), ("gpt-4.1-mini", 18), ("o4-mini", 14), ("gpt-4o", 9), ("text-embedding-3-small", 7),
    ]

    /// Billed cents of model `m` on day index `d` (today is partial: 10.5 of 24 hours).
    static func modelCents(_ m: Int, _ d: Int) -> Int64 {
        let dayStart = days[d]
        let weekday = ((dayStart / day) + 4) % 7  // 0 = Sunday
        let weekend = weekday == 0 || weekday == 6
        // A gentle upward trend with a deterministic wobble, about $14 a day in total.
        var total: Int64 = 1_050 + Int64(d) * 9 + Int64((d * 37 + m * 11) % 23) * 17
        if weekend { total = total * 6 / 10 }
        if d == 52 { total *= 2 }  // a spike on Nov 22
        var cents = total * models[m].weight / 100
        if d == days.count - 1 { cents = cents * 21 / 48 }
        return cents
    }

    static func activity(cents: Int64) -> Activity {
        // Linear in cents, so grouped rows add up exactly to the daily totals (one request per cent).
        Activity(inputUncached: cents * 1_100, inputCached: cents * 420, output: cents * 160, requests: cents)
    }

    // MARK: - Projects

    static let projects: [Project] = [
        Project(id: "proj_search", name: "Search backend", createdAt: firstDay - 300 * day, status: "active"),
        Project(id: "proj_support", name: "Support bot", createdAt: firstDay - 200 * day, status: "active"),
        Project(id: "proj_data", name: "Data pipeline", createdAt: firstDay - 150 * day, status: "active"),
        Project(id: "proj_tools", name: "Internal tools", createdAt: firstDay - 90 * day, status: "active"),
        Project(id: "proj_legacy", name: "legacy-batch", createdAt: firstDay - 400 * day,
                archivedAt: firstDay + 14 * day, status: "archived"),
    ]
    /// Share of each day's spend per project, in percent (legacy only until it was archived).
    static func projectShare(_ p: Int, _ d: Int) -> Int64 {
        let live: [Int64] = [55, 25, 14, 6, 0]
        let early: [Int64] = [50, 22, 12, 6, 10]
        return d < 14 ? early[p] : live[p]
    }

    // MARK: - Keys

    struct KeySpec {
        var key: APIKey
        var project: String?
        var weight: Int64  // share of its project's spend, in percent
    }

    static func user(_ email: String) -> KeyOwner { KeyOwner(kind: .user, id: "user_" + email.prefix(3), name: nil, email: email, role: "member") }
    static func service(_ name: String) -> KeyOwner { KeyOwner(kind: .serviceAccount, id: "svc_" + name, name: name, role: "member") }

    static let keySpecs: [KeySpec] = [
        spec("key_support", "support-bot", "sk-proj-...9f2c", "proj_support", user("ana@example.com"), created: -180 * day, lastUsed: -120, weight: 70),
        spec("key_support_stg", "support-staging", "sk-proj-...2b7e", "proj_support", user("ana@example.com"), created: -60 * day, lastUsed: -3_600 * 5, weight: 10),
        spec("key_tokyo", "東京-translator", "sk-proj-...c0de", "proj_support", user("kenji@example.com"), created: -20 * day, lastUsed: -900, weight: 20),
        spec("key_ci", "ci-runner", "sk-svcacct-...1a0b", "proj_search", service("ci"), created: -200 * day, lastUsed: -3_700, weight: 12),
        spec("key_indexer", "search-indexer", "sk-svcacct-...5e11", "proj_search", service("indexer"), created: -150 * day, lastUsed: -40, weight: 33),
        spec("key_search_api", "search-api-prod", "sk-svcacct-...aa03", "proj_search", service("search-api"), created: -150 * day, lastUsed: -10, weight: 55),
        spec("key_notebook", "old-notebook", "sk-proj-...77de", "proj_search", user("bo@example.com"), created: -300 * day, lastUsed: -41 * day, weight: 0),
        spec("key_etl", "etl-nightly", "sk-svcacct-...e7a1", "proj_data", service("etl"), created: -140 * day, lastUsed: -7 * 3_600, weight: 60),
        spec("key_adhoc", "analytics-adhoc", "sk-proj-...3f90", "proj_data", user("cy@example.com"), created: -100 * day, lastUsed: -2 * day, weight: 25, access: "inactive"),
        spec("key_eval", "eval-harness", "sk-proj-...b4d2", "proj_data", user("fay@example.com"), created: -30 * day, lastUsed: -26 * 3_600, weight: 15),
        spec("key_never", "never-used-test", "sk-proj-...0000", "proj_tools", user("dee@example.com"), created: -12 * day, lastUsed: nil, weight: 0),
        spec("key_slack", "slack-helper", "sk-proj-...5c1a", "proj_tools", user("ed@example.com"), created: -80 * day, lastUsed: -300, weight: 100),
        spec("key_legacy", "legacy-batch-key", "sk-proj-...9e9e", "proj_legacy", user("gus@example.com"), created: -400 * day, lastUsed: -50 * day, weight: 100),
        spec("key_admin_ops", "admin-ops", "sk-admin...a1b2", nil, user("ops@example.com"), created: -356 * day, lastUsed: -20 * 60, weight: 0, kind: .admin, expires: 9 * day + 3_600),
        spec("key_admin_tf", "admin-terraform", "sk-admin...77c3", nil, service("terraform"), created: -30 * day, lastUsed: -3 * day, weight: 0, kind: .admin),
    ]

    static func spec(_ id: String, _ name: String, _ redacted: String, _ project: String?, _ owner: KeyOwner,
                     created: Int64, lastUsed: Int64?, weight: Int64, access: String? = "active",
                     kind: APIKey.Kind = .project, expires: Int64? = nil) -> KeySpec {
        KeySpec(key: APIKey(id: id, kind: kind, name: name, redactedValue: redacted, projectID: project,
                            createdAt: now + created, lastUsedAt: lastUsed.map { now + $0 },
                            expiresAt: expires.map { now + $0 }, owner: owner,
                            ownerProjectAccess: kind == .project ? access : nil),
                project: project, weight: weight)
    }

    // MARK: - Building

    /// Cents per day index of a key: its share of its project's spend while it was in use.
    static func keyCents(_ spec: KeySpec, _ d: Int) -> Int64 {
        guard let project = spec.project, let p = projects.firstIndex(where: { $0.id == project }),
              let last = spec.key.lastUsedAt, days[d] <= last else { return 0 }
        return dayCents(d) * projectShare(p, d) / 100 * spec.weight / 100
    }

    static func dayCents(_ d: Int) -> Int64 { (0..<models.count).reduce(0) { $0 + modelCents($1, d) } }

    static func projectCents(_ p: Int, _ d: Int) -> Int64 {
        // The last project (legacy) takes the remainder while it was live, so parts add up.
        let shares = (0..<projects.count).map { projectShare($0, d) * dayCents(d) / 100 }
        let rest = dayCents(d) - shares.reduce(0, +)
        return shares[p] + (p == 0 ? rest : 0)
    }

    /// The snapshot (optionally with other keys, sync state or limits for edge cases).
    static func snapshot(keys extraKeys: [KeySummary]? = nil, sync: SyncStatus? = nil, limits: LimitsSummary? = nil,
                         isDemo: Bool = true) -> DashboardSnapshot {
        let usd = { (c: Int64) in USD(cents: c) }
        let dailyTotals = days.indices.map { d in
            DayFigures(day: days[d], cost: usd(dayCents(d)), activity: activity(cents: dayCents(d)))
        }
        let today = UTCCalendar.startOfDay(now)
        let hourly: [HourFigures] = (0..<11).map { (h: Int) -> HourFigures in
            let cents = Int64(20 + (h * 7) % 13 * 4)
            return HourFigures(hour: today + Int64(h) * 3_600, activity: activity(cents: cents))
        }
        var series: [GroupKind: [GroupSeries]] = [:]
        series[.model] = models.indices.map { m in
            GroupSeries(id: models[m].id, label: models[m].id,
                        cost: days.indices.map { usd(modelCents(m, $0)) },
                        activity: days.indices.map { activity(cents: modelCents(m, $0)) })
        }
        series[.project] = projects.indices.map { p in
            GroupSeries(id: projects[p].id, label: projects[p].displayName,
                        cost: days.indices.map { usd(projectCents(p, $0)) },
                        activity: days.indices.map { activity(cents: projectCents(p, $0)) })
        }
        series[.apiKey] = keySpecs.filter { $0.project != nil }.map { s in
            GroupSeries(id: s.key.id, label: s.key.name, cost: days.indices.map { usd(keyCents(s, $0)) },
                        costIsEstimate: s.key.id == "key_ci", activity: days.indices.map { activity(cents: keyCents(s, $0)) })
        }
        series[.lineItem] = models.indices.flatMap { m in
            [("input", Int64(60)), ("output", Int64(40))].map { part, pct in
                GroupSeries(id: "\(models[m].id), \(part)", label: "\(models[m].id), \(part)",
                            cost: days.indices.map { d in
                                let c = modelCents(m, d)
                                return usd(part == "input" ? c * pct / 100 : c - c * 60 / 100)
                            },
                            activity: days.indices.map { _ in nil })
            }
        }

        let november = monthStartIndex..<days.count
        let projectSummaries = projects.indices.map { p in
            let daily = november.map { usd(projectCents(p, $0)) }
            let mtd = november.reduce(Int64(0)) { $0 + projectCents(p, $1) }
            let isSearch = projects[p].id == "proj_search"
            return ProjectSummary(
                project: projects[p], monthToDate: usd(mtd),
                spendLimit: isSearch ? SpendLimit(projectID: "proj_search", threshold: USD(cents: 25_000), enforcement: "enforcing") : nil,
                spendAlerts: isSearch ? [SpendAlert(id: "alert_search_90", projectID: "proj_search", threshold: USD(cents: 22_500))] : [],
                monthDaily: daily)
        }
        let keySummaries = extraKeys ?? keySpecs.map { s in
            let mtdCents = november.reduce(Int64(0)) { $0 + keyCents(s, $1) }
            let last14 = (days.count - 14)..<days.count
            return KeySummary(
                key: s.key, projectName: projects.first { $0.id == s.project }?.displayName,
                monthToDate: s.key.kind == .admin ? nil : usd(mtdCents), spendIsEstimate: s.key.id == "key_ci",
                monthActivity: s.key.kind == .admin ? .zero : activity(cents: mtdCents),
                last14DaysTokens: last14.map { s.key.kind == .admin ? nil : activity(cents: keyCents(s, $0)).totalTokens },
                last14DaysSpend: last14.map { s.key.kind == .admin ? nil : usd(keyCents(s, $0)) })
        }
        let mtd = november.reduce(Int64(0)) { $0 + dayCents($1) }
        let octoberTotal = (0..<monthStartIndex).reduce(Int64(0)) { $0 + dayCents($1) }
        let month = { (m: Int) in UTCCalendar.timestamp(year: 2026, month: m) }
        return DashboardSnapshot(
            source: SourceInfo(profile: "default", host: "127.0.0.1:8787", isDemo: isDemo),
            now: now,
            sync: sync ?? SyncStatus(state: .ok, lastSuccess: now - 38, datasets: []),
            days: days, dailyTotals: dailyTotals, hourlyToday: hourly, series: series,
            projects: projectSummaries, keys: keySummaries,
            limits: limits ?? LimitsSummary(
                monthToDate: usd(mtd),
                spendLimit: SpendLimit(projectID: nil, threshold: USD(cents: 50_000), enforcement: "enforcing"),
                spendAlerts: [25_000, 37_500, 45_000].map { SpendAlert(id: "alert_\($0)", projectID: nil, threshold: USD(cents: $0)) }),
            monthlyTotals: [
                MonthTotal(month: month(6), total: USD(cents: 18_210), isCurrent: false),
                MonthTotal(month: month(7), total: USD(cents: 24_577), isCurrent: false),
                MonthTotal(month: month(8), total: USD(cents: 31_090), isCurrent: false),
                MonthTotal(month: month(9), total: USD(cents: 29_941), isCurrent: false),
                MonthTotal(month: month(10), total: usd(octoberTotal), isCurrent: false),
                MonthTotal(month: month(11), total: usd(mtd), isCurrent: true),
            ])
    }

    /// November's billed total in cents (the MTD the pages must show).
    static var monthToDateCents: Int64 { (monthStartIndex..<days.count).reduce(0) { $0 + dayCents($1) } }

    /// A state on `page` at `width` × `height`.
    static func state(page: Page = .usage, width: Int = 80, height: Int = 24, snapshot: DashboardSnapshot? = nil) -> AppState {
        var state = AppState(snapshot: snapshot ?? Fixture.snapshot(), width: width, height: height)
        state.page = page
        return state
    }

    /// `count` synthetic keys for scale tests (`bulk-00042`, spend rising with the index).
    static func bulkKeys(_ count: Int) -> [KeySummary] {
        (0..<count).map(bulkKey)
    }

    static func bulkKey(_ i: Int) -> KeySummary {
        let n = Int64(i)
        let suffix = String(String(10_000 + i % 10_000).suffix(4))
        let name = "bulk-" + String(String(100_000 + i).dropFirst())
        let key = APIKey(id: "key_bulk_\(i)", kind: .project, name: name, redactedValue: "sk-proj-..." + suffix,
                         projectID: "proj_search", createdAt: now - n * 600,
                         lastUsedAt: i % 7 == 0 ? nil : now - n * 60,
                         owner: user("u\(i % 50)@example.com"), ownerProjectAccess: "active")
        let tokens: [Int64?] = (0..<14).map { (d: Int) -> Int64? in Int64((d * 31 + i) % 97) * 1_000 }
        let spend: [USD?] = Array(repeating: USD(cents: n % 300), count: 14)
        return KeySummary(key: key, projectName: "Search backend", monthToDate: USD(cents: n * 13 % 9_973),
                          spendIsEstimate: false, monthActivity: activity(cents: n % 1_000),
                          last14DaysTokens: tokens, last14DaysSpend: spend)
    }
}
