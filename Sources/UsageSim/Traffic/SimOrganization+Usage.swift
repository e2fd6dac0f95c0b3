// MARK: - Usage totals for cross-checks

/// Completions usage summed over a window (tokens and requests), as `/organization/usage/completions`
/// would report it summed over all buckets (`notes/openai-admin-api.md` §1.3 field meanings).
public struct SimCompletionsTotals: Sendable, Equatable {
    /// All input tokens (cached, cache-write and uncached; text and audio).
    public var inputTokens: Int64 = 0
    /// Cached input tokens.
    public var inputCachedTokens: Int64 = 0
    /// Output tokens (text and audio).
    public var outputTokens: Int64 = 0
    /// Model requests.
    public var numModelRequests: Int64 = 0

    /// Zero totals.
    public init() {}
}

extension SimOrganization {
    /// Completions usage in `[start, end)` (Unix seconds, UTC; `end` exclusive), optionally for one
    /// API key and/or one project. A pure function of the seed and the window, for tests that
    /// cross-check a client against the simulator; the caller keeps `end` at or before "now".
    public func completionsTotals(from start: Int64, to end: Int64, apiKeyID: String? = nil,
                                  projectID: String? = nil) -> SimCompletionsTotals {
        typealias C = SimCompletionCounter
        var totals = SimCompletionsTotals()
        var memo = SimTotalsMemo()
        var cursor = start
        while cursor < end {
            let day = cursor / SimTraffic.day
            let next = min(end, (day + 1) * SimTraffic.day)
            for (index, s) in series.enumerated() where s.endpoint == .completions && s.isActive(day: day) {
                if let apiKeyID, s.value(.apiKeyID) != apiKeyID { continue }
                if let projectID, s.value(.projectID) != projectID { continue }
                let dayTotals = memo.totals(traffic, s, index: index, day: day)
                let c = traffic.window(s, day: day, start: cursor, end: next, totals: dayTotals)
                totals.inputTokens += c[C.uncachedText] + c[C.cachedText] + c[C.cacheWrite] + c[C.uncachedAudio] + c[C.cachedAudio]
                totals.inputCachedTokens += c[C.cachedText] + c[C.cachedAudio]
                totals.outputTokens += c[C.outputText] + c[C.outputAudio]
                totals.numModelRequests += c[C.requests]
            }
            cursor = next
        }
        return totals
    }
}
