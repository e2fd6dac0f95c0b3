import TermUI
import UsageCore

/// How alerts read on screen: state words and glyphs, scope names, periods and times (UTC).
struct AlertText {
    let snapshot: DashboardSnapshot
    let now: UnixSeconds
    let g: DashboardGlyphs

    /// `● FIRING`, `◔ SNOOZED`, `✓ ACKED`, `◌ RESOLVED` (ASCII `* FIRING`, `z SNOOZED`, `v ACKED`, `o RESOLVED`).
    func stateLabel(_ state: AlertState) -> (text: String, role: Role) {
        switch state {
        case .firing: ("\(g.ok) FIRING", .critical)
        case .snoozed: ("\(g.ascii ? "z" : "◔") SNOOZED", .warn)
        case .acknowledged: ("\(g.ascii ? "v" : "✓") ACKED", .ok)
        case .resolved: ("\(g.busy) RESOLVED", .dim)
        }
    }

    /// `Organization`, `project Search backend`, `key ci-runner` (ids when the snapshot has no name).
    func scope(_ scope: AlertScope) -> String {
        switch scope {
        case .org:
            return "Organization"
        case .project(let id):
            return "project " + (snapshot.projects.first { $0.id == id }?.project.displayName ?? id)
        case .key(let id):
            guard let key = snapshot.keys.first(where: { $0.id == id })?.key else { return "key " + id }
            return "key " + (key.name.isEmpty ? key.redactedValue : key.name)
        }
    }

    /// The period in words: `Nov 2026` (a UTC month), `Nov 29` (a UTC day, spikes; with the year
    /// when not this year's), `outage
    /// since Nov 20 02:11 UTC` (stale and sync alerts: named by the last success), `outage (never synced)`.
    func period(_ key: AlertKey) -> String {
        switch key.rule {
        case .threshold, .forecast:
            let parts = key.period.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (1...12).contains(parts[1]) else { return key.period }
            return "\(UTCCalendar.monthAbbreviation(parts[1])) \(parts[0])"
        case .spike:
            let parts = key.period.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]) else { return key.period }
            let year = parts[0] == UTCCalendar.civil(now).year ? "" : " \(parts[0])"
            return "\(UTCCalendar.monthAbbreviation(parts[1])) \(parts[2])\(year)"
        case .stale, .syncFailing:
            guard let last = Int64(key.period) else { return key.period }
            return last > 0 ? "outage after \(utcTime(last))" : "outage (never synced)"
        }
    }

    /// What happened when, `UTC` said once at the end: `fired Nov 24 09:12 UTC`,
    /// `fired … · snoozed until Nov 29 14:30 UTC`, `fired … · acked Nov 24 09:30 UTC`,
    /// `Nov 20 02:11–02:14 UTC` (fired–resolved, with `· acked …` when it was).
    func times(_ record: AlertRecord) -> String {
        let fired = "fired \(time(record.firedAt))"
        switch record.state {
        case .firing:
            return fired + " UTC"
        case .snoozed(let until):
            return fired + " \(g.dot) snoozed " + (until >= AlertSnoozeChoice.untilResolved ? "until it resolves" : "until \(time(until)) UTC")
        case .acknowledged(let at):
            return fired + " \(g.dot) acked \(time(at)) UTC"
        case .resolved(let at):
            let span: String
            if UTCCalendar.startOfDay(at) == UTCCalendar.startOfDay(record.firedAt) {
                span = "\(time(record.firedAt))\(g.dash)\(UTCDateFormat.time(at))"
            } else {
                span = "\(time(record.firedAt))\(g.dash)\(time(at))"
            }
            return span + (record.acknowledgedAt.map { " \(g.dot) acked \(time($0))" } ?? "") + " UTC"
        }
    }

    /// `Nov 24 09:12` (UTC; `2025-11-24 09:12` when not in this year).
    func time(_ t: UnixSeconds) -> String {
        UTCCalendar.civil(t).year == UTCCalendar.civil(now).year
            ? "\(UTCDateFormat.day(t)) \(UTCDateFormat.time(t))" : "\(UTCDateFormat.isoDay(t)) \(UTCDateFormat.time(t))"
    }

    /// `Nov 24 09:12 UTC`.
    func utcTime(_ t: UnixSeconds) -> String { time(t) + " UTC" }
}
