/// One bucketed Admin API dataset: the ten `/organization/usage/{type}` endpoints and
/// `/organization/costs`.
///
/// Each case knows its path (relative to the `/v1` base URL), the result `object` name the API
/// writes, the `group_by` values it accepts and the bucket widths it allows
/// (`notes/openai-admin-api.md` §1.2, §2; the spec's `UsageResponse`/`CostsResult`).
public enum Dataset: String, Sendable, Hashable, Codable, CaseIterable {
    case completions
    case embeddings
    case moderations
    case images
    case audioSpeeches = "audio_speeches"
    case audioTranscriptions = "audio_transcriptions"
    case vectorStores = "vector_stores"
    case codeInterpreterSessions = "code_interpreter_sessions"
    case fileSearchCalls = "file_search_calls"
    case webSearchCalls = "web_search_calls"
    case costs

    /// Path below the base URL, e.g. `/organization/usage/completions` or `/organization/costs`.
    public var path: String {
        self == .costs ? "/organization/costs" : "/organization/usage/\(rawValue)"
    }

    /// The `object` discriminator of this dataset's results.
    public var resultObject: String {
        switch self {
        case .costs: "organization.costs.result"
        case .fileSearchCalls: "organization.usage.file_searches.result"
        case .webSearchCalls: "organization.usage.web_searches.result"
        default: "organization.usage.\(rawValue).result"
        }
    }

    /// The `group_by` values the spec accepts for this dataset.
    public var groupableDimensions: [Dimension] {
        switch self {
        case .completions: [.projectID, .userID, .apiKeyID, .model, .batch, .serviceTier]
        case .embeddings, .moderations, .audioSpeeches, .audioTranscriptions:
            [.projectID, .userID, .apiKeyID, .model]
        case .images: [.projectID, .userID, .apiKeyID, .model, .size, .source]
        case .vectorStores, .codeInterpreterSessions: [.projectID]
        case .fileSearchCalls: [.projectID, .userID, .apiKeyID, .vectorStoreID]
        case .webSearchCalls: [.projectID, .userID, .apiKeyID, .model, .contextLevel]
        case .costs: [.projectID, .lineItem, .apiKeyID]
        }
    }

    /// Bucket widths the endpoint accepts (costs: `1d` only).
    public var allowedWidths: [BucketWidth] {
        self == .costs ? [.day] : BucketWidth.allCases
    }

    /// The largest `limit` for `width` (costs: 180 one-day buckets).
    public func maxLimit(for width: BucketWidth) -> Int {
        self == .costs ? 180 : width.maxUsageLimit
    }

    /// The usage endpoints that count tokens priced per model (used for per-key estimates).
    public static let tokenDatasets: [Dataset] = [.completions, .embeddings, .moderations]
}
