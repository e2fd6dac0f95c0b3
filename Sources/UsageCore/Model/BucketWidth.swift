/// The `bucket_width` of a usage or costs query (`1m`, `1h`, `1d`).
///
/// The API caps the number of buckets per page by width: `1d` ≤ 31 (default 7), `1h` ≤ 168
/// (default 24), `1m` ≤ 1440 (default 60); costs accept `1d` only, with `limit` ≤ 180
/// (`notes/openai-admin-api.md` §1.1, §2).
public enum BucketWidth: String, Sendable, Hashable, Codable, CaseIterable {
    case minute = "1m"
    case hour = "1h"
    case day = "1d"

    /// Length of one bucket in seconds.
    public var seconds: UnixSeconds {
        switch self {
        case .minute: 60
        case .hour: 3_600
        case .day: 86_400
        }
    }

    /// The largest `limit` the usage endpoints accept for this width.
    public var maxUsageLimit: Int {
        switch self {
        case .minute: 1_440
        case .hour: 168
        case .day: 31
        }
    }
}
