// MARK: - Time buckets

/// Bucket widths and their per-request limits (`notes/openai-admin-api.md` §1.1, §2).
enum SimBucketWidth: String, Sendable {
    case minute = "1m", hour = "1h", day = "1d"

    /// Width in seconds.
    var seconds: Int64 {
        switch self {
        case .minute: return 60
        case .hour: return 3_600
        case .day: return 86_400
        }
    }

    /// (default, maximum) buckets per page for the usage endpoints.
    var usageLimits: (default: Int, max: Int) {
        switch self {
        case .minute: return (60, 1_440)
        case .hour: return (24, 168)
        case .day: return (7, 31)
        }
    }
}
