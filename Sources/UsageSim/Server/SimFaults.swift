import Synchronization

// MARK: - Fault injection

/// Counts requests and decides which ones fail on purpose (`--rate-limit-every`, `--fail-every`).
final class SimFaults: Sendable {
    private let counter = Atomic<Int>(0)
    let rateLimitEvery: Int
    let failEvery: Int

    /// Faults every N requests; `nil` or 0 disables one.
    init(rateLimitEvery: Int?, failEvery: Int?) {
        self.rateLimitEvery = max(0, rateLimitEvery ?? 0)
        self.failEvery = max(0, failEvery ?? 0)
    }

    /// Counts one request and returns the injected failure for it, if any: every
    /// `rateLimitEvery`-th request is a 429 with `Retry-After: 1`, every `failEvery`-th a 500.
    func nextFault() -> SimResponse? {
        let n = counter.wrappingAdd(1, ordering: .relaxed).newValue
        if rateLimitEvery > 0, n % rateLimitEvery == 0 {
            return SimAPIError(status: 429, message: "Rate limit reached for requests. Please try again in 1s.",
                               type: "requests", param: nil, code: "rate_limit_exceeded",
                               headers: [("Retry-After", "1")]).response
        }
        if failEvery > 0, n % failEvery == 0 {
            return SimAPIError(status: 500, message: "The server had an error while processing your request. Sorry about that!",
                               type: "server_error", param: nil, code: nil).response
        }
        return nil
    }
}
