import Foundation
import UsageCore

/// The cache `usagetop report` and `usagetop keys` read: opened straight from the
/// command line with no network and no Admin key (the default), or through ``AppContext`` after
/// one sync (`--sync`).
struct ReportCache {
    /// The open cache.
    let store: UsageStore
    /// The clock reading the report is made at (`--now`, else the wall clock; Unix seconds UTC).
    let now: UnixSeconds

    /// Opens the cache the options name, as ``AppContext`` would, without resolving the Admin key.
    /// - Throws: ``ConfigError``, ``PriceFileError`` (a malformed `prices.json`), ``StoreError``, or ``ReportCacheError/noCache(path:)`` when the
    ///   file does not exist (reading must not create an empty cache).
    static func open(options: CommonOptions,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ReportCache {
        let config = try AppConfig.load(environment: environment)
        try AppPrices.check()
        let path = ConfigPaths.database(environment: environment, demo: options.demo, override: options.db ?? config.dbPath)
        guard FileManager.default.fileExists(atPath: path) else { throw ReportCacheError.noCache(path: path, demo: options.demo) }
        let owner = options.demo
            ? CacheOwner.demo
            : CacheOwner(baseURL: options.baseURL ?? config.baseURL, profile: options.profile ?? config.profile)
        let store = try UsageStore(path: path, owner: owner)
        return ReportCache(store: store, now: options.now ?? Int64(Date().timeIntervalSince1970))
    }

    /// Syncs once through ``AppContext`` (network, Admin key), then runs `body` on the cache at
    /// the context's clock. A failed sync is reported on stderr and the cache is read anyway.
    /// - Throws: what ``AppContext/make(options:interval:environment:)`` or `body` throws.
    static func syncThen<T: Sendable>(options: CommonOptions,
                                      _ body: @escaping @Sendable (ReportCache) throws -> T) throws -> T {
        try blockingAwait {
            let context = try await AppContext.make(options: options)
            let report = await context.sync.syncOnce()
            if !report.errors.isEmpty {
                ReportCache.note("sync incomplete (\(report.errors.joined(separator: "; "))): reporting from the cache as it is")
            }
            let result = Result { try body(ReportCache(store: context.store, now: context.clock.now())) }
            await context.shutdown()
            return try result.get()
        }
    }

    /// Prints `usagetop: note: <text>` to stderr.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data("usagetop: note: \(text)\n".utf8))
    }
}

/// Why the cache could not be read for a report.
enum ReportCacheError: Error, CustomStringConvertible {
    /// No cache file at `path` yet.
    case noCache(path: String, demo: Bool)

    var description: String {
        switch self {
        case .noCache(let path, let demo):
            "no cache at \(path): run `usagetop sync\(demo ? " --demo" : "")` first, or add --sync"
        }
    }
}
