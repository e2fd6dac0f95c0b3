// MARK: - Generating the organization

/// Builds the deterministic ``SimOrganization`` for a seed: 7 users, 4 service accounts,
/// 5 projects (one archived), 14 project keys (never used, idle, owner-inactive, spiky, …),
/// 2 admin keys (one expiring soon), rate limits, spend limits and alerts, and the traffic series.
struct SimOrganizationBuilder {
    let seed: UInt64
    let startTime: Int64
    let spendLimitUSD: Double?
    /// Generate organization and project spend alerts.
    var spendAlerts = true
    /// Generate project spend limits.
    var projectSpendLimits = true
    /// Add traffic of the unpriced model (``SimConfiguration/unpricedModelID``).
    var unpricedModel = false

    /// 2025-06-01 00:00 UTC, the usual start of the organization's history.
    static let defaultHistoryStart: Int64 = 1_748_736_000
    /// Default organization spend limit: $1,000 per month.
    static let defaultSpendLimitCents: Int64 = 100_000

    private func hex(_ label: String, _ length: Int) -> String {
        var text = ""
        var counter: UInt64 = 0
        while text.count < length {
            let h = SimHash.hash(seed, SimHash.salt(label), counter)
            text += String(h, radix: 16).leftPadded(to: 16)
            counter += 1
        }
        return String(text.prefix(length))
    }

    private func id(_ prefix: String, _ label: String) -> String { prefix + hex(label, 24) }

    /// Generates the organization.
    func build() -> SimOrganization {
        let startDay = startTime / SimTraffic.day
        let e = min(Self.defaultHistoryStart, (startDay - 400) * SimTraffic.day)
        let eDay = e / SimTraffic.day
        func at(_ days: Int64, _ hours: Int64 = 9) -> Int64 { e + days * SimTraffic.day + hours * 3600 + 1234 }
        // The idle key stops on day 500 of the history and the legacy project's traffic on day 480
        // (2026-10-14 and 2026-09-24 for the usual history start), or earlier when the simulation
        // starts before those dates plus 41 / 60 days, so the idle key is always idle for 41+ days.
        let idleUntilDay = min(eDay + 500, startDay - 41)
        let legacyUntilDay = min(eDay + 480, startDay - 60)

        // MARK: Members
        let people: [(String, String, String)] = [
            ("Ana Lima", "ana@example.com", "owner"), ("Bo Berg", "bo@example.com", "reader"),
            ("Chen Wu", "chen@example.com", "reader"), ("Dara Okafor", "dara@example.com", "reader"),
            ("Eli Novak", "eli@example.com", "reader"), ("Fay Moreau", "fay@example.com", "reader"),
            ("Gus Tanaka", "gus@example.com", "owner"),
        ]
        let users = people.enumerated().map { i, p in
            SimUser(id: "user-" + hex("user\(i)", 24), name: p.0, email: p.1, role: p.2, addedAt: at(Int64(i * 3)))
        }
        let accounts = ["search-svc", "ci", "batch-runner", "legacy-etl"].enumerated().map { i, name in
            SimServiceAccount(id: id("svc_acct_", "sa\(i)"), name: name, createdAt: at(Int64(2 + i * 4)))
        }

        // MARK: Projects
        let projectSpecs: [(String, Int64, Int64?, String, Int64?, [Int64])] = [
            ("Search backend", 1, nil, "GLOBAL", 35_000, [17_500, 26_250, 31_500]),
            ("Support bot", 2, nil, "GLOBAL", nil, []),
            ("Data pipeline", 4, nil, "EU_STORAGE_PROCESSING", 20_000, [15_000]),
            ("Research sandbox", 9, nil, "GLOBAL", 15_000, []),
            ("legacy-batch", 3, legacyUntilDay - eDay + 10, "GLOBAL", nil, []),
        ]
        let projects = projectSpecs.enumerated().map { i, p in
            SimProject(id: id("proj_", "project\(i)"), name: p.0, createdAt: at(p.1, 8),
                       archivedAt: p.2.map { at($0, 16) }, residency: p.3,
                       spendLimitCents: projectSpendLimits ? p.4 : nil, spendAlertCents: spendAlerts ? p.5 : [])
        }
        let (search, support, pipeline, research, legacy) = (projects[0], projects[1], projects[2], projects[3], projects[4])

        // MARK: Keys
        struct KeySpec {
            let name: String; let project: SimProject; let owner: SimKeyOwner; let created: Int64
            let trait: SimKeyTrait; let service: Bool
        }
        let (ana, bo, chen, dara, eli, fay) = (users[0], users[1], users[2], users[3], users[4], users[5])
        func u(_ user: SimUser, _ role: String = "member") -> SimKeyOwner { .user(id: user.id, projectRole: role) }
        func sa(_ i: Int) -> SimKeyOwner { .serviceAccount(id: accounts[i].id, projectRole: "member") }
        let keySpecs: [KeySpec] = [
            KeySpec(name: "support-bot", project: support, owner: u(ana, "owner"), created: 3, trait: .regular, service: false),
            KeySpec(name: "support-voice", project: support, owner: u(dara), created: 6, trait: .regular, service: false),
            KeySpec(name: "search-api", project: search, owner: sa(0), created: 2, trait: .regular, service: true),
            KeySpec(name: "search-embedder", project: search, owner: sa(0), created: 2, trait: .regular, service: true),
            KeySpec(name: "ci-runner", project: search, owner: sa(1), created: 7, trait: .spiky, service: true),
            KeySpec(name: "old-notebook", project: search, owner: u(bo), created: 5, trait: .idle, service: false),
            KeySpec(name: "nightly-batch", project: pipeline, owner: sa(2), created: 5, trait: .regular, service: true),
            KeySpec(name: "etl-worker", project: pipeline, owner: u(chen, "owner"), created: 8, trait: .regular, service: false),
            KeySpec(name: "eli-experiments", project: research, owner: u(eli, "owner"), created: 10, trait: .regular, service: false),
            KeySpec(name: "fay-prototype", project: research, owner: u(fay), created: 12, trait: .ownerInactive, service: false),
            KeySpec(name: "chen-scratch", project: research, owner: u(chen), created: 300, trait: .neverUsed, service: false),
            KeySpec(name: "support-staging", project: support, owner: u(bo), created: 20, trait: .regular, service: false),
            KeySpec(name: "legacy-loader", project: legacy, owner: sa(3), created: 4, trait: .archivedProject, service: true),
            KeySpec(name: "web-agent", project: research, owner: u(eli), created: 60, trait: .regular, service: false),
        ]
        let keys = keySpecs.enumerated().map { i, k in
            SimProjectKey(
                id: "key_" + hex("key\(i)", 16), name: k.name, projectID: k.project.id,
                redactedValue: (k.service ? "sk-svcacct-..." : "sk-proj-...") + hex("keyvalue\(i)", 4),
                createdAt: at(k.created, 10 + Int64(i % 7)), owner: k.owner,
                ownerProjectAccess: k.trait == .ownerInactive ? "inactive" : "active", trait: k.trait)
        }
        let adminKeys = [
            SimAdminKey(id: "key_" + hex("admin0", 16), name: "Main Admin Key", redactedValue: "sk-admin..." + hex("adminv0", 4),
                        createdAt: at(0, 12), expiresAt: nil, ownerUserID: ana.id),
            SimAdminKey(id: "key_" + hex("admin1", 16), name: "usagetop read-only",
                        redactedValue: "sk-admin..." + hex("adminv1", 4),
                        createdAt: startTime - 80 * SimTraffic.day, expiresAt: (startDay + 9) * SimTraffic.day + 15 * 3600,
                        ownerUserID: users[6].id),
        ]

        // MARK: Limits
        var rateLimits: [String: [SimRateLimit]] = [:]
        let limitRows: [(String, Int, Int, Int?, Int?)] = [
            ("gpt-4.1", 5_000, 2_000_000, nil, 100_000_000), ("gpt-4.1-mini", 10_000, 10_000_000, nil, 1_000_000_000),
            ("gpt-4.1-nano", 10_000, 10_000_000, nil, 1_000_000_000), ("gpt-4o-mini", 10_000, 10_000_000, nil, 1_000_000_000),
            ("o4-mini", 5_000, 4_000_000, nil, 400_000_000), ("gpt-5-mini", 10_000, 10_000_000, nil, 1_000_000_000),
            ("text-embedding-3-small", 10_000, 10_000_000, nil, 4_000_000_000), ("dall-e-3", 500, 0, 10_000, nil),
        ]
        for (pi, project) in projects.enumerated() {
            rateLimits[project.id] = limitRows.enumerated().map { ri, row in
                let scale = pi == 3 ? 2 : 1
                return SimRateLimit(id: "rl-\(row.0)", model: row.0, maxRequestsPer1Minute: row.1 / scale,
                                    maxTokensPer1Minute: row.2 / scale, maxRequestsPer1Day: row.3,
                                    batch1DayMaxInputTokens: ri % 2 == 0 ? row.4 : nil)
            }
        }
        let limitCents: Int64? = {
            guard let usd = spendLimitUSD else { return Self.defaultSpendLimitCents }
            return usd > 0 ? Int64((usd * 100).rounded()) : nil
        }()
        let alertRecipients = ["finance@example.com", ana.email]
        let generatedAlertCents: [Int64] = limitCents.map { l in [l / 2, l * 3 / 4, l * 9 / 10] } ?? [25_000, 50_000]
        let orgAlertCents = spendAlerts ? generatedAlertCents : []
        let orgAlerts: [SimSpendAlert] = orgAlertCents.enumerated().map { i, cents in
                SimSpendAlert(id: "alert_" + hex("orgalert\(i)", 20), thresholdCents: cents, recipients: alertRecipients)
            }
        var projectAlerts: [String: [SimSpendAlert]] = [:]
        for (pi, project) in projects.enumerated() {
            projectAlerts[project.id] = project.spendAlertCents.enumerated().map { i, cents in
                SimSpendAlert(id: "alert_" + hex("projalert\(pi).\(i)", 20), thresholdCents: cents, recipients: [ana.email])
            }
        }

        // MARK: Traffic
        let catalog = SimSeriesCatalog(seed: seed, historyStartDay: eDay, idleUntilDay: idleUntilDay,
                                       legacyUntilDay: legacyUntilDay, keys: keys, projects: projects, users: users,
                                       unpricedFromDay: unpricedModel ? startDay - 20 : nil)
        let series = catalog.build()
        let models = Array(Set(series.filter { $0.endpoint == .completions || $0.endpoint == .embeddings }
            .compactMap { $0.value(.model) })).sorted()

        return SimOrganization(
            seed: seed, historyStart: e, users: users, serviceAccounts: accounts, projects: projects,
            projectKeys: keys, adminKeys: adminKeys, models: models, rateLimits: rateLimits,
            spendLimitCents: limitCents, spendAlerts: orgAlerts, projectSpendAlerts: projectAlerts, series: series)
    }
}
