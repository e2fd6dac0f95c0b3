import GRDB

// MARK: - Freshness

extension UsageStore {
    /// Stores (inserts or replaces) the freshness record of one dataset.
    /// - Throws: ``StoreError``.
    public func saveFreshness(_ f: DatasetFreshness) throws {
        try access { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO freshness (name, last_success, last_attempt, last_error, retry_at)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [f.name, f.lastSuccess, f.lastAttempt, f.lastError, f.retryAt])
        }
    }

    /// The freshness record of the dataset `name` (see ``DatasetFreshness/name``), or `nil`.
    /// - Throws: ``StoreError``.
    public func freshness(_ name: String) throws -> DatasetFreshness? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT name, last_success, last_attempt, last_error, retry_at FROM freshness WHERE name = ?",
                             arguments: [name]).map(UsageStore.freshness(from:))
        }
    }

    /// Every freshness record, ordered by name.
    /// - Throws: ``StoreError``.
    public func allFreshness() throws -> [DatasetFreshness] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, last_success, last_attempt, last_error, retry_at FROM freshness ORDER BY name")
                .map(UsageStore.freshness(from:))
        }
    }

    private static func freshness(from row: Row) -> DatasetFreshness {
        DatasetFreshness(name: row[0], lastSuccess: row[1], lastAttempt: row[2], lastError: row[3], retryAt: row[4])
    }
}
