import GRDB

/// The cache schema and its migrations (``DatabaseMigrator``), one registered migration per
/// schema version.
///
/// v1 tables:
/// - `usage_bucket` — one row per fetched bucket of a series: its presence is what tells *zero*
///   (a bucket with no results) from *no data* (no bucket).
/// - `usage_record` — one row per bucket result; natural key (dataset, grouping, width,
///   start_time, every dimension) made NULL-safe by the canonical `dims_key` column; money as an
///   exact decimal string (`amount`) plus integer nano-dollars (`amount_nanos`) for SQL sums.
/// - `project`, `api_key` (redacted values only), `org_user`, `spend_limit`, `spend_alert`.
/// - `freshness` — ``DatasetFreshness`` per dataset name.
/// - `meta` — the owning organization and sync flags.
///
/// v3 adds nullable integer columns to `usage_record` for the current-schema token metrics the
/// cost estimator reads (``pricingMetricColumns``: `input_uncached_tokens`,
/// `input_cache_write_tokens`, the per-modality counts, …), `NULL` when the API did not send the
/// field, filled from the `metrics` JSON of existing rows; so estimates can be summed in SQL.
///
/// v2 adds:
/// - `alert` — one row per ``AlertRecord``: its identity (`rule`, `scope`, `threshold`, `period`,
///   joined into the primary key `id`), `state`, times in Unix seconds UTC (`fired_at`,
///   `acked_at`, `snoozed_until`, `resolved_at`), `message` and `notified` (0/1).
enum StoreSchema {
    /// The migrator holding every schema version.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3") { db in
            try migrateV3(db)
        }
        return migrator
    }

    /// Dimension columns of `usage_record`, named as the API names the fields.
    static let dimensionColumns: [Dimension] = Dimension.allCases.sorted()

    /// Metrics that also get their own integer column (summed by the snapshot builder in SQL).
    static let metricColumns = ["input_tokens", "input_cached_tokens", "output_tokens", "num_model_requests"]

    /// Current-schema token metrics with their own nullable column (v3), `NULL` = absent from the
    /// API result: the cost estimator tells the usage schemas apart by their presence
    /// (`notes/pricing.md` §4.2).
    static let pricingMetricColumns = [
        "input_uncached_tokens", "input_cache_write_tokens", "input_text_tokens", "input_cached_text_tokens",
        "input_audio_tokens", "input_cached_audio_tokens", "input_image_tokens", "input_cached_image_tokens",
        "output_text_tokens", "output_audio_tokens", "output_image_tokens",
    ]

    /// Adds ``pricingMetricColumns`` and fills them from each usage row's `metrics` JSON.
    private static func migrateV3(_ db: Database) throws {
        for column in pricingMetricColumns {
            try db.execute(sql: "ALTER TABLE usage_record ADD COLUMN \(column) INTEGER")
        }
        let assignments = pricingMetricColumns.map { "\($0) = ?" }.joined(separator: ", ")
        let update = try db.makeStatement(sql: "UPDATE usage_record SET \(assignments) WHERE id = ?")
        let rows = try Row.fetchAll(db, sql: "SELECT id, metrics FROM usage_record WHERE dataset != 'costs'")
        for row in rows {
            let id: Int64 = row[0]
            let metrics = MetricsText.parse(row[1])
            guard pricingMetricColumns.contains(where: { metrics[$0] != nil }) else { continue }
            let values: [(any DatabaseValueConvertible)?] = pricingMetricColumns.map { metrics[$0] }
            try update.execute(arguments: StatementArguments(values + [id]))
        }
    }

    private static var v1: String {
        let dims = dimensionColumns.map { "\($0.rawValue) TEXT" }.joined(separator: ",\n  ")
        let metrics = metricColumns.map { "\($0) INTEGER NOT NULL DEFAULT 0" }.joined(separator: ",\n  ")
        return """
        CREATE TABLE meta (
          key TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL
        );
        CREATE TABLE usage_bucket (
          dataset TEXT NOT NULL,
          grouping TEXT NOT NULL,
          width TEXT NOT NULL,
          start_time INTEGER NOT NULL,
          end_time INTEGER NOT NULL,
          fetched_at INTEGER NOT NULL,
          PRIMARY KEY (dataset, grouping, width, start_time)
        ) WITHOUT ROWID;
        CREATE TABLE usage_record (
          id INTEGER PRIMARY KEY,
          dataset TEXT NOT NULL,
          grouping TEXT NOT NULL,
          width TEXT NOT NULL,
          start_time INTEGER NOT NULL,
          end_time INTEGER NOT NULL,
          dims_key TEXT NOT NULL,
          \(dims),
          \(metrics),
          metrics TEXT NOT NULL DEFAULT '{}',
          amount TEXT,
          amount_nanos INTEGER,
          quantity TEXT,
          quantity_unit TEXT
        );
        CREATE UNIQUE INDEX usage_record_natural_key
          ON usage_record (dataset, grouping, width, start_time, dims_key);
        CREATE TABLE project (
          id TEXT PRIMARY KEY NOT NULL,
          name TEXT,
          created_at INTEGER NOT NULL,
          archived_at INTEGER,
          status TEXT
        );
        CREATE TABLE api_key (
          id TEXT PRIMARY KEY NOT NULL,
          kind TEXT NOT NULL,
          name TEXT NOT NULL,
          redacted_value TEXT NOT NULL,
          project_id TEXT,
          created_at INTEGER NOT NULL,
          last_used_at INTEGER,
          expires_at INTEGER,
          owner_kind TEXT,
          owner_id TEXT,
          owner_name TEXT,
          owner_email TEXT,
          owner_role TEXT,
          owner_project_access TEXT
        );
        CREATE INDEX api_key_project ON api_key (project_id);
        CREATE TABLE org_user (
          id TEXT PRIMARY KEY NOT NULL,
          name TEXT,
          email TEXT,
          role TEXT,
          added_at INTEGER NOT NULL
        );
        CREATE TABLE spend_limit (
          scope TEXT PRIMARY KEY NOT NULL,
          threshold TEXT NOT NULL,
          interval TEXT NOT NULL,
          enforcement TEXT NOT NULL
        );
        CREATE TABLE spend_alert (
          scope TEXT NOT NULL,
          id TEXT NOT NULL,
          threshold TEXT NOT NULL,
          interval TEXT NOT NULL,
          recipients TEXT NOT NULL,
          PRIMARY KEY (scope, id)
        );
        CREATE TABLE freshness (
          name TEXT PRIMARY KEY NOT NULL,
          last_success INTEGER,
          last_attempt INTEGER,
          last_error TEXT,
          retry_at INTEGER
        );
        """
    }

    private static let v2 = """
        CREATE TABLE alert (
          id TEXT PRIMARY KEY NOT NULL,
          rule TEXT NOT NULL,
          scope TEXT NOT NULL,
          threshold TEXT NOT NULL,
          period TEXT NOT NULL,
          state TEXT NOT NULL,
          fired_at INTEGER NOT NULL,
          acked_at INTEGER,
          snoozed_until INTEGER,
          resolved_at INTEGER,
          message TEXT NOT NULL,
          notified INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX alert_state ON alert (state);
        """
}
