// MARK: - Usage endpoints

/// The ten usage endpoints under `/organization/usage/` (`notes/openai-admin-api.md` §1.2), with
/// the result `object`, the allowed `group_by` values and the metric counters each one reports.
enum SimEndpoint: String, Sendable, CaseIterable {
    case completions, embeddings, moderations, images
    case audioSpeeches = "audio_speeches"
    case audioTranscriptions = "audio_transcriptions"
    case vectorStores = "vector_stores"
    case codeInterpreterSessions = "code_interpreter_sessions"
    case fileSearchCalls = "file_search_calls"
    case webSearchCalls = "web_search_calls"

    /// The `object` of each result.
    var resultObject: String {
        switch self {
        case .fileSearchCalls: return "organization.usage.file_searches.result"
        case .webSearchCalls: return "organization.usage.web_searches.result"
        default: return "organization.usage.\(rawValue).result"
        }
    }

    /// Dimensions that may appear in `group_by`, in the order results carry them.
    var dimensions: [SimDimension] {
        switch self {
        case .completions: return [.projectID, .userID, .apiKeyID, .model, .batch, .serviceTier]
        case .embeddings, .moderations, .audioSpeeches, .audioTranscriptions:
            return [.projectID, .userID, .apiKeyID, .model]
        case .images: return [.projectID, .userID, .apiKeyID, .model, .size, .source]
        case .vectorStores, .codeInterpreterSessions: return [.projectID]
        case .fileSearchCalls: return [.projectID, .userID, .apiKeyID, .vectorStoreID]
        case .webSearchCalls: return [.projectID, .userID, .apiKeyID, .model, .contextLevel]
        }
    }

    /// Filter parameters this endpoint accepts, mapped to the dimension they filter.
    var filters: [(param: String, dimension: SimDimension)] {
        var list: [(String, SimDimension)] = [("project_ids", .projectID)]
        switch self {
        case .completions, .embeddings, .moderations, .audioSpeeches, .audioTranscriptions:
            list += [("user_ids", .userID), ("api_key_ids", .apiKeyID), ("models", .model)]
        case .images:
            list += [("user_ids", .userID), ("api_key_ids", .apiKeyID), ("models", .model),
                     ("sources", .source), ("sizes", .size)]
        case .fileSearchCalls:
            list += [("user_ids", .userID), ("api_key_ids", .apiKeyID), ("vector_store_ids", .vectorStoreID)]
        case .webSearchCalls:
            list += [("user_ids", .userID), ("api_key_ids", .apiKeyID), ("models", .model),
                     ("context_levels", .contextLevel)]
        case .vectorStores, .codeInterpreterSessions:
            break
        }
        return list
    }

    /// Number of integer counters a series of this endpoint carries (see ``SimSeries``).
    var counterCount: Int {
        switch self {
        case .completions: return SimCompletionCounter.count
        case .vectorStores, .codeInterpreterSessions, .fileSearchCalls: return 1
        default: return 2
        }
    }

    /// `true` for a level (bytes stored) rather than an accumulating count.
    var isGauge: Bool { self == .vectorStores }
}

/// Counter layout of a completions series. `input_tokens`, `input_uncached_tokens` and friends
/// are derived from these so the spec's identities hold exactly (§1.3).
enum SimCompletionCounter {
    static let requests = 0
    static let uncachedText = 1
    static let cachedText = 2
    static let cacheWrite = 3
    static let uncachedAudio = 4
    static let cachedAudio = 5
    static let outputText = 6
    static let outputAudio = 7
    static let count = 8
}
