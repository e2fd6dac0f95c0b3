import Foundation
import UsageCore

/// The cache alone, for the commands that only read or update it (`alerts`, `status-line`,
/// `check --offline`): the config file, the clock and the store, opened without an Admin key or
/// any network client (DESIGN.md §6).
struct LocalCache {
    /// `config.toml` (defaults when absent).
    let config: AppConfig
    /// `--now`/`--speed`, else the wall clock.
    let clock: any UsageClock
    /// The cache of the organization named by `--base-url`/`--profile` (or `--demo`).
    let store: UsageStore
    /// The organization shown in messages.
    let source: SourceInfo

    /// Opens the cache `options` name, as ``AppContext`` would, without resolving the Admin key.
    /// - Throws: ``ConfigError`` for a bad config file; ``StoreError`` for a cache of another
    ///   organization or an unreadable one.
    static func open(options: CommonOptions,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LocalCache {
        let location = try Location(options: options, environment: environment)
        try AppPrices.check()
        let store = try UsageStore(path: location.path, owner: location.owner)
        return LocalCache(config: location.config, clock: options.clock(), store: store, source: location.source)
    }

    /// Which cache `options` name, and the config it was read from, without opening anything.
    struct Location {
        /// `config.toml` (defaults when absent).
        let config: AppConfig
        /// The cache's organization: `--base-url`/`--profile` (else the config's), or the demo's.
        let owner: CacheOwner
        /// The cache file: `--db`, `db_path`, or the default in `$XDG_DATA_HOME/usagetop/`.
        let path: String
        /// The organization shown in messages.
        let source: SourceInfo

        /// Resolves the location.
        /// - Throws: ``ConfigError`` for a bad config file.
        init(options: CommonOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
            config = try AppConfig.load(environment: environment)
            let profile = options.profile ?? config.profile
            let baseURL = options.baseURL ?? config.baseURL
            owner = options.demo ? CacheOwner.demo : CacheOwner(baseURL: baseURL, profile: profile)
            path = ConfigPaths.database(environment: environment, demo: options.demo, override: options.db ?? config.dbPath)
            let host = URL(string: baseURL).map { u in (u.host ?? baseURL) + (u.port.map { ":\($0)" } ?? "") } ?? baseURL
            source = SourceInfo(profile: options.demo ? "demo" : profile, host: options.demo ? "demo" : host, isDemo: options.demo)
        }
    }

    /// The snapshot of the cache now, with the local budgets and the stored alerts.
    /// - Throws: ``StoreError``.
    func snapshot() throws -> DashboardSnapshot {
        try AppSnapshot.build(store: store, source: source, now: clock.now(), config: config)
    }
}
