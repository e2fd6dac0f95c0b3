import TermUI
import UsageCore

/// The sync state as one short label (DESIGN.md §2 "Honest freshness"): `● synced 38 s ago`,
/// `◌ syncing…`, `▲ rate limited, retry in 30 s`, `✖ offline: …`, `✖ needs an Admin key`,
/// `no data yet`, and `▲ stale: synced 12 min ago` when the last success is older than three
/// poll intervals.
struct SyncLabel {
    let text: String
    let role: Role
    /// Whether the data counts as stale.
    let isStale: Bool

    init(sync: SyncStatus, now: UnixSeconds, pollInterval: Int64, glyphs g: DashboardGlyphs) {
        let age = sync.lastSuccess.map { max(0, now - $0) }
        let stale = age.map { $0 > 3 * max(1, pollInterval) } ?? false
        isStale = stale
        let synced = sync.lastSuccess.map { "synced " + RelativeTime.ago($0, now: now) }
        switch sync.state {
        case .noData:
            (text, role) = ("no data yet", .dim)
        case .syncing:
            (text, role) = (synced == nil ? "\(g.busy) syncing\(g.glyphs.ellipsis)" : "\(g.busy) syncing\(g.glyphs.ellipsis) (\(synced!))", stale ? .stale : .dim)
        case .ok:
            if stale, let synced {
                (text, role) = ("\(g.warn) stale: \(synced)", .stale)
            } else {
                (text, role) = ("\(g.ok) \(synced ?? "synced")", .ok)
            }
        case .rateLimited(let retryAt):
            (text, role) = ("\(g.warn) rate limited, retry in \(RelativeTime.span(max(0, retryAt - now)))", .warn)
        case .offline(let message):
            (text, role) = ("\(g.fail) offline: \(message)", .error)
        case .unauthorized:
            (text, role) = ("\(g.fail) needs an Admin key", .error)
        case .failing(let message):
            (text, role) = ("\(g.fail) sync failing: \(message)", .error)
        }
    }
}
