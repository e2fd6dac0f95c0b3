import Foundation

/// The identity of an alert: one ``AlertRule`` at one ``AlertScope`` and threshold in one period
/// (DESIGN.md §4). Two evaluations that produce the same key are the same alert, so it fires
/// once per period; a new period is a new key, which re-arms the rule.
///
/// Periods: `YYYY-MM` (UTC month) for ``AlertRule/threshold`` and ``AlertRule/forecast``;
/// `YYYY-MM-DD` (UTC day) for ``AlertRule/spike``; for ``AlertRule/stale`` and
/// ``AlertRule/syncFailing`` the outage, named by the Unix seconds (UTC) of the last successful
/// poll before it (`0` when there never was one).
public struct AlertKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The rule.
    public var rule: AlertRule
    /// The organization, a project or a key.
    public var scope: AlertScope
    /// ``Threshold/code`` for budget rules (`local:75%:500`); empty for spike, stale and sync rules.
    public var threshold: String
    /// The period (see the type's documentation).
    public var period: String

    /// Creates a key.
    public init(rule: AlertRule, scope: AlertScope, threshold: String = "", period: String) {
        self.rule = rule
        self.scope = scope
        self.threshold = threshold
        self.period = period
    }

    /// The primary key in the cache's `alert` table: `rule|scope|threshold|period`.
    public var id: String { "\(rule.rawValue)|\(scope.code)|\(threshold)|\(period)" }

    /// ``id``.
    public var description: String { id }

    /// Orders by period, rule, scope, then threshold with numbers compared by value (50 % before 100 %).
    public static func < (a: AlertKey, b: AlertKey) -> Bool {
        if (a.period, a.rule, a.scope) != (b.period, b.rule, b.scope) {
            return (a.period, a.rule, a.scope) < (b.period, b.rule, b.scope)
        }
        return a.threshold.compare(b.threshold, options: .numeric) == .orderedAscending
    }
}
