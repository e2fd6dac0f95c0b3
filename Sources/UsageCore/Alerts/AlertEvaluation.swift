/// What one run of ``AlertEngine/evaluate(input:previous:now:config:)`` decided.
public struct AlertEvaluation: Sendable, Hashable {
    /// The full new set of alerts (every previous record, updated, plus the new ones), sorted by key.
    public var records: [AlertRecord]
    /// The records whose state or fields differ from `previous` (new ones included): what to save
    /// with ``UsageStore/saveAlerts(_:)``. Saving only these keeps an acknowledgement made while
    /// the engine ran from being overwritten.
    public var changed: [AlertRecord]
    /// The alerts to notify: those that started firing in this evaluation (new, or a snooze that
    /// expired while the condition still holds) plus any firing one whose notification was never
    /// marked delivered. Deliver them, then call ``UsageStore/markNotified(ids:)``.
    public var newlyFired: [AlertRecord]

    /// Creates an evaluation.
    public init(records: [AlertRecord], changed: [AlertRecord], newlyFired: [AlertRecord]) {
        self.records = records
        self.changed = changed
        self.newlyFired = newlyFired
    }

    /// ``records`` with every alert of ``newlyFired`` marked notified: the state after a
    /// successful delivery (what the cache holds after ``UsageStore/markNotified(ids:)``).
    public var delivered: [AlertRecord] {
        let ids = Set(newlyFired.map(\.id))
        return records.map { record in
            var r = record
            if ids.contains(r.id) { r.notified = true }
            return r
        }
    }
}
