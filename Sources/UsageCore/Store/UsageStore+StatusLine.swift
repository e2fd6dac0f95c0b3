import Foundation
import GRDB

// MARK: - The few facts `usagetop status-line` prints (issue 3, item 6)

/// What a tmux `status-right` line shows, read from the cache with a handful of small
/// queries — never the whole ``DashboardSnapshot`` — so that
/// `usagetop status-line` can run every few seconds.
public struct StatusLineFacts: Sendable, Hashable {
    /// The organization's billed USD this UTC month so far (ungrouped `/organization/costs`
    /// buckets); `nil` when the cache has no costs bucket for this month (*no data*).
    public var monthToDate: USD?
    /// The organization's API spend limit (USD per month), if the cache has one.
    public var orgSpendLimit: USD?
    /// Open alerts nobody has acknowledged yet (state `firing`).
    public var unacknowledged: Int
    /// The last time a whole poll succeeded (Unix seconds UTC), or `nil`.
    public var lastSuccess: UnixSeconds?

    /// Creates facts.
    public init(monthToDate: USD?, orgSpendLimit: USD?, unacknowledged: Int, lastSuccess: UnixSeconds?) {
        self.monthToDate = monthToDate
        self.orgSpendLimit = orgSpendLimit
        self.unacknowledged = unacknowledged
        self.lastSuccess = lastSuccess
    }
}

extension UsageStore {
    /// The ``StatusLineFacts`` at `now` (Unix seconds UTC): month-to-date spend of the UTC month
    /// holding `now`, the org spend limit, the firing-alert count and the last full success.
    /// - Throws: ``StoreError`` when the cache cannot be read.
    public func statusLineFacts(now: UnixSeconds) throws -> StatusLineFacts {
        try read { db in try UsageStore.statusLineFacts(db, now: now) }
    }

    /// The ``StatusLineFacts`` of the cache file at `path`, opened **read-only** without
    /// migrations or any write (the fast path of `usagetop status-line`, which runs every few
    /// seconds and must never create or change a cache).
    /// - Parameters:
    ///   - owner: the organization the cache must belong to.
    ///   - now: Unix seconds UTC.
    /// - Returns: the facts; `nil` when there is no cache file at `path` yet.
    /// - Throws: ``StoreError/wrongOrganization(path:expected:found:)`` for another
    ///   organization's cache; ``StoreError`` when the file cannot be read.
    public static func statusLineFacts(path: String, owner: CacheOwner, now: UnixSeconds) throws -> StatusLineFacts? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(2)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            return try queue.read { db in
                let url = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'base_url'")
                let profile = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'profile'")
                if let url, let profile, CacheOwner(baseURL: url, profile: profile) != owner {
                    throw StoreError.wrongOrganization(path: path, expected: owner,
                                                       found: CacheOwner(baseURL: url, profile: profile))
                }
                return try statusLineFacts(db, now: now)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw classify(error, path: path)
        }
    }

    /// The queries behind both entry points: a few indexed lookups, no snapshot.
    private static func statusLineFacts(_ db: Database, now: UnixSeconds) throws -> StatusLineFacts {
        let series = SyncPlan.costsTotal
        let from = UTCCalendar.startOfMonth(now)
        let to = UTCCalendar.startOfDay(now) + UTCCalendar.secondsPerDay
        let seriesArgs: StatementArguments = [series.dataset.rawValue, series.grouping.key, series.width.rawValue, from, to]
        let buckets = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM usage_bucket
            WHERE dataset = ? AND grouping = ? AND width = ? AND start_time >= ? AND start_time < ?
            """, arguments: seriesArgs) ?? 0
        let nanos = try Int64.fetchOne(db, sql: """
            SELECT COALESCE(SUM(amount_nanos), 0) FROM usage_record
            WHERE dataset = ? AND grouping = ? AND width = ? AND start_time >= ? AND start_time < ?
            """, arguments: seriesArgs) ?? 0
        let limit = try String.fetchOne(db, sql: "SELECT threshold FROM spend_limit WHERE scope = ''")
            .flatMap { Decimal(string: $0) }.map(USD.init)
        // A cache from before schema v2 has no `alert` table (read-only: no migration ran).
        let firing = try db.tableExists("alert")
            ? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM alert WHERE state = 'firing'") ?? 0 : 0
        // `sync_last_success` is the `meta` key ``saveSyncState(_:retryAt:lastSuccess:)`` writes.
        let lastSuccess = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'sync_last_success'")
            .flatMap { UnixSeconds($0) }
        return StatusLineFacts(monthToDate: buckets > 0 ? Nanodollars.usd(nanos) : nil,
                               orgSpendLimit: limit.flatMap { $0 > .zero ? $0 : nil },
                               unacknowledged: firing, lastSuccess: lastSuccess)
    }
}

// MARK: - The line

extension StatusLineFacts {
    /// The short line for tmux `status-right`, e.g. `$412.37 MTD | 82% of $500.00 | 2 alerts | 3m ago`:
    /// month-to-date spend, its share of the tightest org budget (the smaller of the API spend
    /// limit and `localOrgBudget`), the firing-alert count (omitted at 0) and the age of the last
    /// full sync (`stale 45m` once it is `staleAfterMinutes` old). `usagetop: no data` for an
    /// empty cache. ASCII apart from what ``USD/formatted`` prints; never contains `#`.
    /// - Parameters:
    ///   - now: Unix seconds UTC.
    public func text(localOrgBudget: USD?, now: UnixSeconds, staleAfterMinutes: Int) -> String {
        guard let monthToDate else { return "usagetop: no data" }
        var parts = ["\(monthToDate.formatted) MTD"]
        if let budget = [orgSpendLimit, localOrgBudget].compactMap({ $0 }).filter({ $0 > .zero }).min() {
            var scaled = monthToDate.value * 100 / budget.value
            var whole = Decimal()
            NSDecimalRound(&whole, &scaled, 0, .down)
            parts.append("\(whole)% of \(budget.formatted)")
        }
        if unacknowledged > 0 { parts.append("\(unacknowledged) alert\(unacknowledged == 1 ? "" : "s")") }
        if let lastSuccess {
            let age = max(0, now - lastSuccess)
            parts.append(age >= Int64(staleAfterMinutes) * 60 ? "stale \(StatusLineFacts.ageText(age))"
                                                               : "\(StatusLineFacts.ageText(age)) ago")
        } else {
            parts.append("never synced")
        }
        return parts.joined(separator: " | ")
    }

    /// `40s`, `3m`, `5h`, `2d`.
    static func ageText(_ seconds: Int64) -> String {
        switch seconds {
        case ..<60: "\(seconds)s"
        case ..<3_600: "\(seconds / 60)m"
        case ..<86_400: "\(seconds / 3_600)h"
        default: "\(seconds / 86_400)d"
        }
    }
}
