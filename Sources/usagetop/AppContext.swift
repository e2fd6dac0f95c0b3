import AsyncHTTPClient
import Foundation
import Logging
import UsageCore
import UsageSim

/// Everything a command needs, wired from the command line, the environment and the config
/// file: the clock, the cache, the Admin API client, the sync service, and — with `--demo` —
/// the in-process simulator (DESIGN.md §1, §2, §6).
final class AppContext: Sendable {
    let config: AppConfig
    let clock: any UsageClock
    let store: UsageStore
    let sync: SyncService
    let source: SourceInfo
    let pollInterval: Int
    /// The process environment the context was built from (children of the notifier start from it).
    let environment: [String: String]
    /// The Admin key in use, only to keep it out of children's environments and messages.
    let secrets: [String]
    private let httpClient: HTTPClient
    private let simulator: SimServer?

    private init(config: AppConfig, clock: any UsageClock, store: UsageStore, sync: SyncService, source: SourceInfo,
                 pollInterval: Int, environment: [String: String], secrets: [String],
                 httpClient: HTTPClient, simulator: SimServer?) {
        self.config = config
        self.clock = clock
        self.store = store
        self.sync = sync
        self.source = source
        self.pollInterval = pollInterval
        self.environment = environment
        self.secrets = secrets
        self.httpClient = httpClient
        self.simulator = simulator
    }

    /// Builds the context.
    /// - Throws: ``ConfigError`` (config file, missing key), ``AdminAPIError/invalidBaseURL(_:)``,
    ///   ``StoreError`` (cache of another organization, corrupt cache), or the simulator's start error.
    static func make(options: CommonOptions, interval: Int? = nil,
                     environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> AppContext {
        let config = try AppConfig.load(environment: environment)
        try AppPrices.check()
        let clock = options.clock()
        let profile = options.profile ?? config.profile
        let logger = Logger(label: "usagetop.api")

        // Fail fast when the server refuses connections, instead of retrying until the timeout:
        // "offline" should show at once.
        var httpConfig = HTTPClient.Configuration()
        httpConfig.connectionPool.retryConnectionEstablishment = false
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: httpConfig)

        do {
            let simulator: SimServer?
            let baseURL: String
            let key: String
            let owner: CacheOwner
            if options.demo {
                // The simulator shares the app's clock: same start, same speed.
                let start = options.now ?? (options.speed != nil ? clock.now() : nil)
                let sim = try await SimServer.start(SimConfiguration(now: start, speed: options.speed ?? 1))
                simulator = sim
                baseURL = sim.baseURL
                key = "sk-admin-fake-demo-key-for-the-simulator"
                owner = .demo
            } else {
                simulator = nil
                baseURL = options.baseURL ?? config.baseURL
                key = try AdminKeySource.resolve(config: config, environment: environment,
                                                 configPath: ConfigPaths.configFile(environment: environment))
                owner = CacheOwner(baseURL: baseURL, profile: profile)
            }
            let api = try AdminAPIClient(baseURL: baseURL, adminKey: key, httpClient: httpClient, logger: logger)
            let dbPath = ConfigPaths.database(environment: environment, demo: options.demo, override: options.db ?? config.dbPath)
            let store = try UsageStore(path: dbPath, owner: owner)
            var plan = SyncPlan.default
            plan.backfillMonths = config.backfillMonths
            let sync = SyncService(api: api, store: store, clock: clock, plan: plan, redaction: Redaction(secrets: [key]))
            let host = URL(string: baseURL).map { u in (u.host ?? baseURL) + (u.port.map { ":\($0)" } ?? "") } ?? baseURL
            return AppContext(
                config: config, clock: clock, store: store, sync: sync,
                source: SourceInfo(profile: options.demo ? "demo" : profile, host: host, isDemo: options.demo),
                pollInterval: max(options.usesSimulatedClock ? 1 : 10, interval ?? config.pollIntervalSeconds),
                environment: environment, secrets: [key], httpClient: httpClient, simulator: simulator)
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
    }

    /// Stops the simulator and closes the HTTP client.
    func shutdown() async {
        await simulator?.stop()
        try? await httpClient.shutdown()
    }

    /// The current snapshot of the cache (empty when the cache cannot be read), with the local
    /// budgets of `config.toml` and the alerts as stored.
    func snapshot(liveState: SyncState? = nil) -> DashboardSnapshot {
        (try? buildSnapshot(liveState: liveState)) ?? {
            var empty = DashboardSnapshot.empty(source: source, now: clock.now())
            empty.budgetSettings = config.budgets
            return empty
        }()
    }

    /// The current snapshot of the cache with the local budgets and the stored alerts; unlike
    /// ``snapshot(liveState:)`` it fails instead of falling back to an empty snapshot, so the
    /// alert rules never judge a cache that could not be read (that would resolve every alert).
    /// - Throws: ``StoreError``.
    func buildSnapshot(liveState: SyncState? = nil) throws -> DashboardSnapshot {
        try AppSnapshot.build(store: store, source: source, now: clock.now(), config: config, liveState: liveState)
    }
}
