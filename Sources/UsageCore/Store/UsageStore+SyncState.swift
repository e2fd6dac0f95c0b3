import Foundation

// MARK: - Sync bookkeeping in `meta`

extension UsageStore {
    private static let stateKey = "sync_state"
    private static let lastSuccessKey = "sync_last_success"
    private static let retryAtKey = "sync_retry_at"
    private static func rejectedKey(_ series: SeriesKey) -> String { "rejected:" + series.name }

    /// The overall sync state last recorded by the sync service, or `nil` when none was.
    /// - Throws: ``StoreError``.
    public func syncState() throws -> SyncState? {
        guard let text = try meta(UsageStore.stateKey) else { return nil }
        return try? JSONDecoder().decode(SyncState.self, from: Data(text.utf8))
    }

    /// The last time a whole poll succeeded (Unix seconds UTC), or `nil`.
    /// - Throws: ``StoreError``.
    public func syncLastSuccess() throws -> UnixSeconds? {
        try meta(UsageStore.lastSuccessKey).flatMap { UnixSeconds($0) }
    }

    /// When polling may resume after a rate limit or an outage (Unix seconds UTC), or `nil`.
    /// - Throws: ``StoreError``.
    public func syncRetryAt() throws -> UnixSeconds? {
        try meta(UsageStore.retryAtKey).flatMap { UnixSeconds($0) }
    }

    /// Records the overall state after a poll, the poll-wide retry time, and (when given) the
    /// time of the last fully successful poll.
    /// - Throws: ``StoreError``.
    public func saveSyncState(_ state: SyncState, retryAt: UnixSeconds?, lastSuccess: UnixSeconds?) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(state), as: UTF8.self)
        try setMeta(UsageStore.stateKey, text)
        try setMeta(UsageStore.retryAtKey, retryAt.map(String.init))
        if let lastSuccess { try setMeta(UsageStore.lastSuccessKey, String(lastSuccess)) }
    }

    /// Whether the server refused `series` with HTTP 400 before (e.g. costs by `api_key_id`).
    /// - Throws: ``StoreError``.
    public func isSeriesRejected(_ series: SeriesKey) throws -> Bool {
        try meta(UsageStore.rejectedKey(series)) != nil
    }

    /// The server's message when it refused `series` with HTTP 400 (e.g. costs by `api_key_id`,
    /// `notes/openai-admin-api.md` §2 quirk), or `nil` when it never did.
    /// - Throws: ``StoreError``.
    public func seriesRejection(_ series: SeriesKey) throws -> String? {
        try meta(UsageStore.rejectedKey(series))
    }

    /// Remembers that the server refused `series` with HTTP 400, so it is not asked for again.
    /// - Throws: ``StoreError``.
    public func markSeriesRejected(_ series: SeriesKey, message: String) throws {
        try setMeta(UsageStore.rejectedKey(series), message)
    }
}
