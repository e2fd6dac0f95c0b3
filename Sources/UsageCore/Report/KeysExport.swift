/// `usagetop keys` output: every project key and admin key with month-to-date usage and spend,
/// as JSON (``json(_:monthStart:)``), CSV (``csv(_:)``) or an aligned table (``table(_:now:width:)``).
///
/// Key fields follow the Admin API (`ProjectApiKey`, `AdminApiKey`: `id`, `name`,
/// `redacted_value`, `created_at`, `last_used_at`, `owner`; `notes/openai-admin-api.md`), plus
/// `kind`, `project_id`, `project_name`, `expires_at`, `owner_project_access`. Only redacted key
/// values ever appear.
public enum KeysExport {
    // MARK: - JSON

    /// `{"object":"list","data":[…]}`; each key adds
    /// `"month_to_date": {"start_time", "spend_usd", "spend_source" (billed|estimated|null),
    /// "spend_is_estimate", "unpriced_tokens", "unpriced_requests", "input_tokens",
    /// "input_cached_tokens", "output_tokens", "num_model_requests"}` and `"flags": […]`.
    /// Times are Unix seconds (UTC), as in the API; dollars exact decimal numbers.
    /// - Parameter monthStart: 00:00 UTC of the month's first day (Unix seconds).
    public static func json(_ rows: [KeyExportRow], monthStart: UnixSeconds) -> String {
        JSONText.object([("object", .string("list")), ("data", .array(rows.map { key($0, monthStart: monthStart) }))]).rendered
    }

    /// One key's JSON object.
    static func key(_ row: KeyExportRow, monthStart: UnixSeconds) -> JSONText {
        let s = row.summary, k = s.key, a = s.monthActivity
        let owner: JSONText = k.owner.map { o in
            .object([("type", .string(o.kind.rawValue)), ("id", .string(o.id)), ("name", .string(o.name)),
                     ("email", .string(o.email)), ("role", .string(o.role))])
        } ?? .null
        return .object([
            ("object", .string(row.object)),
            ("id", .string(k.id)),
            ("kind", .string(k.kind.rawValue)),
            ("name", .string(k.name)),
            ("redacted_value", .string(k.redactedValue)),
            ("created_at", .int(k.createdAt)),
            ("last_used_at", .int(k.lastUsedAt)),
            ("expires_at", .int(k.expiresAt)),
            ("project_id", .string(k.projectID)),
            ("project_name", .string(s.projectName)),
            ("owner", owner),
            ("owner_project_access", .string(k.ownerProjectAccess)),
            ("month_to_date", .object([
                ("start_time", .int(monthStart)),
                ("spend_usd", row.spendText.map(JSONText.number) ?? .null),
                ("spend_source", .string(row.spendSource)),
                ("spend_is_estimate", .bool(s.spendIsEstimate)),
                ("unpriced_tokens", .int(s.unpricedTokens)),
                ("unpriced_requests", .int(s.unpricedRequests)),
                ("input_tokens", .int(a.inputUncached + a.inputCached)),
                ("input_cached_tokens", .int(a.inputCached)),
                ("output_tokens", .int(a.output)),
                ("num_model_requests", .int(a.requests)),
            ])),
            ("flags", .array(row.flags.map(JSONText.string))),
        ])
    }

    // MARK: - CSV

    /// The CSV columns.
    public static let csvColumns = [
        "id", "kind", "name", "redacted_value", "project_id", "project_name", "owner_type", "owner_id", "owner",
        "owner_role", "owner_project_access", "created_at", "last_used_at", "expires_at", "mtd_spend_usd",
        "mtd_spend_source", "mtd_input_tokens", "mtd_input_cached_tokens", "mtd_output_tokens", "mtd_num_model_requests",
        "mtd_unpriced_tokens", "mtd_unpriced_requests", "flags",
    ]

    /// A header row and one row per key (RFC 4180 quoting). Times are ISO 8601 UTC
    /// (`2026-11-29T12:00:00Z`) for spreadsheets; empty when absent. `owner` is the user's email
    /// or the service account's name; `flags` are joined with `;`.
    public static func csv(_ rows: [KeyExportRow]) -> String {
        var out = CSVText.record(csvColumns)
        for row in rows {
            let s = row.summary, k = s.key, a = s.monthActivity
            out += CSVText.record([
                k.id, k.kind.rawValue, k.name, k.redactedValue, k.projectID ?? "", s.projectName ?? "",
                k.owner?.kind.rawValue ?? "", k.owner?.id ?? "", k.owner.map { $0.email ?? $0.name ?? "" } ?? "",
                k.owner?.role ?? "", k.ownerProjectAccess ?? "",
                iso8601(k.createdAt), k.lastUsedAt.map(iso8601) ?? "", k.expiresAt.map(iso8601) ?? "",
                row.spendText ?? "", row.spendSource ?? "",
                String(a.inputUncached + a.inputCached), String(a.inputCached), String(a.output), String(a.requests),
                String(s.unpricedTokens), String(s.unpricedRequests), row.flags.joined(separator: ";"),
            ])
        }
        return out
    }

    /// `2026-11-29T12:00:00Z` for `t` (Unix seconds UTC).
    public static func iso8601(_ t: UnixSeconds) -> String {
        let secs = t - UTCCalendar.startOfDay(t)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(UTCCalendar.dayKey(t))T\(two(secs / 3_600)):\(two(secs / 60 % 60)):\(two(secs % 60))Z"
    }

    // MARK: - Table

    /// An aligned table: name, key, project, owner, last used, month-to-date spend (`≈` when
    /// estimated), tokens, requests, flags.
    /// - Parameters:
    ///   - now: the clock reading (Unix seconds UTC), for "last used … ago".
    ///   - width: display width of a string in cells.
    public static func table(_ rows: [KeyExportRow], now: UnixSeconds, width: (String) -> Int = { $0.count }) -> String {
        let lines = rows.map { row -> [String] in
            let s = row.summary, k = s.key
            let spend = s.monthToDate.map { (s.spendIsEstimate ? "≈" : "") + $0.formatted } ?? "—"
            return [k.name.isEmpty ? "(unnamed)" : k.name, k.redactedValue,
                    k.kind == .admin ? "(admin key)" : (s.projectName ?? k.projectID ?? ""),
                    k.owner?.label ?? "", k.lastUsedAt.map { ago($0, now: now) } ?? "never",
                    spend, TextTable.grouped(s.monthActivity.totalTokens), TextTable.grouped(s.monthActivity.requests),
                    row.flags.joined(separator: " ")]
        }
        return TextTable(header: ["Name", "Key", "Project", "Owner", "Last used", "MTD spend", "Tokens", "Requests", "Flags"],
                         rightAligned: [5, 6, 7], rows: lines).render(width: width)
    }

    /// `just now`, `5 min ago`, `3 h ago`, `41 d ago`.
    static func ago(_ t: UnixSeconds, now: UnixSeconds) -> String {
        let d = max(0, now - t)
        if d < 60 { return "just now" }
        if d < 3_600 { return "\(d / 60) min ago" }
        if d < 86_400 { return "\(d / 3_600) h ago" }
        return "\(d / 86_400) d ago"
    }
}
