import GRDB

// MARK: - Alerts (table `alert`, schema v2; DESIGN.md §4)

extension UsageStore {
    private static let alertColumns =
        "id, rule, scope, threshold, period, state, fired_at, acked_at, snoozed_until, resolved_at, message, notified"

    /// Every stored alert, ordered by period, rule, scope and threshold. Rows this build cannot
    /// read (an unknown rule or state, e.g. from a newer usagetop) are skipped.
    /// - Throws: ``StoreError``.
    public func alerts() throws -> [AlertRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(UsageStore.alertColumns) FROM alert").compactMap(UsageStore.alert(from:))
        }.sorted { $0.key < $1.key }
    }

    /// Inserts or replaces `records` (by ``AlertKey/id``) in one transaction; other rows are kept.
    /// Pass ``AlertEvaluation/changed`` so a concurrent acknowledgement of an unchanged alert is
    /// not overwritten.
    /// - Throws: ``StoreError``.
    public func saveAlerts(_ records: [AlertRecord]) throws {
        try access { db in
            for r in records {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO alert (\(UsageStore.alertColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.id, r.key.rule.rawValue, r.key.scope.code, r.key.threshold, r.key.period,
                                     r.state.name, r.firedAt, r.acknowledgedAt, r.snoozedUntil, r.resolvedAt,
                                     r.message, r.notified])
            }
        }
    }

    /// Acknowledges the firing or snoozed alert `id` at `at` (Unix seconds UTC); it stays quiet
    /// until it resolves.
    /// - Returns: whether an alert changed (`false` for an unknown, acknowledged or resolved one).
    /// - Throws: ``StoreError``.
    @discardableResult
    public func acknowledge(id: String, at: UnixSeconds) throws -> Bool {
        try access { db in
            try db.execute(sql: """
                UPDATE alert SET state = 'acknowledged', acked_at = ?, snoozed_until = NULL
                WHERE id = ? AND state IN ('firing', 'snoozed')
                """, arguments: [at, id])
            return db.changesCount > 0
        }
    }

    /// Acknowledges every firing or snoozed alert at `at` (Unix seconds UTC).
    /// - Returns: how many alerts changed.
    /// - Throws: ``StoreError``.
    @discardableResult
    public func acknowledgeAll(at: UnixSeconds) throws -> Int {
        try access { db in
            try db.execute(sql: """
                UPDATE alert SET state = 'acknowledged', acked_at = ?, snoozed_until = NULL
                WHERE state IN ('firing', 'snoozed')
                """, arguments: [at])
            return db.changesCount
        }
    }

    /// Snoozes the open alert `id` until `until` (Unix seconds UTC): the engine fires it again
    /// then if its condition still holds.
    /// - Returns: whether an alert changed (`false` for an unknown or resolved one).
    /// - Throws: ``StoreError``.
    @discardableResult
    public func snooze(id: String, until: UnixSeconds) throws -> Bool {
        try access { db in
            try db.execute(sql: "UPDATE alert SET state = 'snoozed', snoozed_until = ? WHERE id = ? AND state <> 'resolved'",
                           arguments: [until, id])
            return db.changesCount > 0
        }
    }

    /// Records that the notifications of the alerts `ids` were delivered
    /// (after ``AlertEvaluation/newlyFired`` was announced).
    /// - Throws: ``StoreError``.
    public func markNotified(ids: [String]) throws {
        try access { db in
            for id in ids {
                try db.execute(sql: "UPDATE alert SET notified = 1 WHERE id = ?", arguments: [id])
            }
        }
    }

    /// Deletes resolved alerts that resolved before `before` (Unix seconds UTC).
    /// - Returns: how many were deleted.
    /// - Throws: ``StoreError``.
    @discardableResult
    public func deleteResolvedAlerts(before: UnixSeconds) throws -> Int {
        try access { db in
            try db.execute(sql: "DELETE FROM alert WHERE state = 'resolved' AND resolved_at < ?", arguments: [before])
            return db.changesCount
        }
    }

    private static func alert(from row: Row) -> AlertRecord? {
        guard let rule = AlertRule(rawValue: row["rule"]), let scope = AlertScope(code: row["scope"]) else { return nil }
        let firedAt: UnixSeconds = row["fired_at"]
        let state: AlertState
        switch row["state"] as String {
        case "firing": state = .firing
        case "acknowledged": state = .acknowledged(at: row["acked_at"] ?? firedAt)
        case "snoozed": state = .snoozed(until: row["snoozed_until"] ?? firedAt)
        case "resolved": state = .resolved(at: row["resolved_at"] ?? firedAt)
        default: return nil
        }
        return AlertRecord(key: AlertKey(rule: rule, scope: scope, threshold: row["threshold"], period: row["period"]),
                           state: state, firedAt: firedAt, acknowledgedAt: row["acked_at"], message: row["message"],
                           notified: row["notified"])
    }
}
