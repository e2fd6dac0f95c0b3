import UsageCore

/// The text `usagetop sync` prints: one line per dataset (start, buckets, records, requests,
/// error), then the organization's month-to-date billed spend and the overall state.
enum SyncSummary {
    /// Renders the summary; pure.
    static func render(report: SyncReport, snapshot: DashboardSnapshot) -> String {
        var lines: [String] = []
        let nameWidth = max(8, report.datasets.map(\.name.count).max() ?? 8)
        lines.append(pad("dataset", nameWidth) + "  " + pad("from (UTC)", 16) + "  buckets  records     calls  note")
        for d in report.datasets {
            let from = d.startTime.map { UTCCalendar.dayKey($0) + " " + hhmm($0) } ?? "-"
            let note = d.error.map { "error: \($0)" } ?? d.skipped.map { "skipped: \($0)" } ?? ""
            // Object lists (projects, keys, users, limits) have no buckets: their objects go under "records".
            let isList = d.startTime == nil
            let buckets = isList ? "-" : "\(d.buckets)"
            let records = isList ? "\(d.buckets)" : "\(d.records)"
            lines.append(pad(d.name, nameWidth) + "  " + pad(from, 16) + "  " + lpad(buckets, 7) + "  "
                         + lpad(records, 7) + "  " + lpad("\(d.requests)", 8) + "  " + note)
        }
        lines.append("")
        lines.append("\(report.requests) API calls (each follows every page) in \(report.finishedAt - report.startedAt) s; state: \(describe(report.state))")
        if let mtd = snapshot.limits.monthToDate {
            var line = "month to date (\(UTCCalendar.monthKey(snapshot.now)) UTC): \(mtd.formatted) billed"
            if let limit = snapshot.limits.spendLimit { line += " of \(limit.threshold.formatted) limit" }
            lines.append(line)
        }
        lines.append("\(snapshot.projects.count) projects, \(snapshot.keys.count) keys")
        return lines.joined(separator: "\n")
    }

    static func describe(_ state: SyncState) -> String {
        switch state {
        case .noData: "no data"
        case .syncing: "syncing"
        case .ok: "ok"
        case .rateLimited(let at): "rate limited until \(UTCCalendar.dayKey(at)) \(hhmm(at)) UTC"
        case .offline(let m): "offline: \(m)"
        case .unauthorized(let m): "unauthorized: \(m)"
        case .failing(let m): "failing: \(m)"
        }
    }

    private static func hhmm(_ t: UnixSeconds) -> String {
        let s = ((t % 86_400) + 86_400) % 86_400
        let h = s / 3_600, m = (s % 3_600) / 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    private static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    private static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
}
