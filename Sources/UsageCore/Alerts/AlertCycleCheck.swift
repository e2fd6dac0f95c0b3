import Foundation

// MARK: - `usagetop check`: the monitoring-plugin verdict

/// The verdict of `usagetop check` in the monitoring-plugin convention (Nagios, Icinga,
/// Sensu): one status, one line of text, perfdata.
///
/// - **0 OK**: data is fresh and no threshold is reached;
/// - **1 WARNING**: a threshold below 100 % of an API limit or local budget is reached this
///   month, or an API spend alert's amount is reached;
/// - **2 CRITICAL**: month-to-date spend reached 100 % of an API limit or a local budget
///   (organization, project or key);
/// - **3 UNKNOWN**: no data, a stale cache (last full sync at least `stale_after_minutes` ago),
///   a failed sync, or any error.
///
/// The verdict reads spend and budgets directly (rule switches in `[alerts]` do not change it);
/// the alert count in the text is the number of alerts still firing (not acknowledged).
/// Output line: `USAGETOP WARNING - Organization $412.37 = 82 % of $500.00 API limit; 2 alerts |
/// spend_usd=412.37;375.00;500.00;0; …`. Perfdata: `spend_usd` (org month to date; warn = the
/// lowest threshold below 100 % and crit = the amount of the smallest org budget), one
/// `spend_usd_<scope>` per other scope with a budget, `alerts` (firing) and `age_s` (seconds
/// since the last full sync).
public struct CheckResult: Sendable, Hashable {
    /// Plugin status; the raw value is the process exit code.
    public enum Status: Int32, Sendable, Hashable, Comparable {
        /// Fresh data, no threshold reached (exit 0).
        case ok = 0
        /// A threshold below 100 % (or an API spend alert) reached this month (exit 1).
        case warning = 1
        /// An API limit or a local budget reached (exit 2).
        case critical = 2
        /// No data, stale cache, failed sync or any error (exit 3).
        case unknown = 3

        /// `OK`, `WARNING`, `CRITICAL`, `UNKNOWN`.
        public var label: String {
            switch self {
            case .ok: "OK"
            case .warning: "WARNING"
            case .critical: "CRITICAL"
            case .unknown: "UNKNOWN"
            }
        }

        /// OK < WARNING < CRITICAL < UNKNOWN in raw order.
        public static func < (a: Status, b: Status) -> Bool { a.rawValue < b.rawValue }
    }

    /// The status (and exit code).
    public var status: Status
    /// The text after `USAGETOP <STATUS> - `.
    public var summary: String
    /// Perfdata items (`label=value;warn;crit;min;`), possibly empty.
    public var perfdata: [String]

    /// Creates a result.
    public init(status: Status, summary: String, perfdata: [String] = []) {
        self.status = status
        self.summary = summary
        self.perfdata = perfdata
    }

    /// The one line to print: `USAGETOP <STATUS> - <summary>[ | <perfdata>]`, without newlines
    /// or key-shaped text.
    public var line: String {
        let text = "USAGETOP \(status.label) - \(summary)" + (perfdata.isEmpty ? "" : " | " + perfdata.joined(separator: " "))
        return Redaction.keyShaped.redact(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// An UNKNOWN result for an error (the message is redacted and kept on one line).
    public static func unknown(_ message: String) -> CheckResult {
        CheckResult(status: .unknown, summary: message)
    }

    /// The verdict for `input` (built from a fresh snapshot) at `input.now`.
    /// - Parameters:
    ///   - alerts: the alerts after evaluation (for the firing count).
    ///   - staleAfterMinutes: `[alerts] stale_after_minutes`.
    public static func evaluate(input: AlertInput, alerts: [AlertRecord], staleAfterMinutes: Int) -> CheckResult {
        let now = input.now
        let firing = alerts.filter { $0.state == .firing }.count
        let age = input.sync.lastSuccess.map { max(0, now - $0) }
        guard let org = input.spend[.org] else {
            return .unknown("no data in the cache yet (run `usagetop sync`)")
        }
        guard let age else { return .unknown("the cache has never completed a sync") }
        if age >= Int64(staleAfterMinutes) * 60 {
            return .unknown("stale cache: last successful sync \(age / 60) min ago")
        }

        // Every budget with its status; the worst (then the most used) is the headline.
        struct Standing { var status: Status; var fraction: Decimal; var text: String }
        var standings: [Standing] = []
        for budget in input.budgets {
            guard let spend = input.spend[budget.scope], budget.amount > .zero else { continue }
            let fraction = spend.monthToDate.value / budget.amount.value
            var status = Status.ok
            if budget.takesPercentThresholds {
                if spend.monthToDate >= budget.amount {
                    status = .critical
                } else if budget.thresholds(percents: input.thresholdPercents)
                            .contains(where: { ($0.percent ?? 100) < 100 && spend.monthToDate >= $0.amount }) {
                    status = .warning
                }
            } else if spend.monthToDate >= budget.amount {
                status = .warning
            }
            standings.append(Standing(status: status, fraction: fraction,
                                      text: "\(spend.label) \(spend.monthToDate.formatted) = \(percentText(fraction)) of "
                                          + "\(budget.amount.formatted) \(budget.source.label)"))
        }
        let worst = standings.max { ($0.status, $0.fraction) < ($1.status, $1.fraction) }
        let status = worst?.status ?? .ok
        var summary = worst?.text ?? "\(org.label) \(org.monthToDate.formatted) this month, no budget set"
        if firing > 0 { summary += "; \(firing) alert\(firing == 1 ? "" : "s")" }
        return CheckResult(status: status, summary: summary,
                           perfdata: perfdata(input: input, firing: firing, age: age))
    }

    /// `82 %` (rounded down, so 99.9 % never reads as 100 %).
    static func percentText(_ fraction: Decimal) -> String {
        var scaled = fraction * 100
        var whole = Decimal()
        NSDecimalRound(&whole, &scaled, 0, .down)
        return "\(whole) %"
    }

    /// Perfdata: org spend with warn/crit of its smallest percent budget, other scopes with a
    /// budget, firing alerts, sync age.
    static func perfdata(input: AlertInput, firing: Int, age: Int64) -> [String] {
        func money(_ usd: USD?) -> String { usd.map { $0.roundedToCents.value.description } ?? "" }
        func levels(_ scope: AlertScope) -> (warn: USD?, crit: USD?) {
            guard let budget = input.budgets.filter({ $0.scope == scope && $0.takesPercentThresholds })
                .min(by: { $0.amount < $1.amount }) else { return (nil, nil) }
            let warn = budget.thresholds(percents: input.thresholdPercents).first { ($0.percent ?? 100) < 100 }?.amount
            return (warn, budget.amount)
        }
        func item(_ label: String, _ scope: AlertScope) -> String? {
            guard let spend = input.spend[scope] else { return nil }
            let (warn, crit) = levels(scope)
            return "\(label)=\(money(spend.monthToDate));\(money(warn));\(money(crit));0;"
        }
        var out: [String] = []
        if let org = item("spend_usd", .org) { out.append(org) }
        let scopes = Set(input.budgets.map(\.scope)).filter { $0 != .org }.sorted()
        for scope in scopes {
            let label = "spend_usd_" + scope.code.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            if let i = item(label, scope) { out.append(i) }
        }
        out.append("alerts=\(firing);;;0;")
        out.append("age_s=\(age);;;0;")
        return out
    }
}
