// MARK: - Dataset facts used by the client

extension Dataset {
    /// The integer metrics the spec marks as required on this dataset's results
    /// (`Usage*Result.required`; costs have none). A result without them is a malformed body.
    var requiredMetrics: [String] {
        switch self {
        case .completions: ["input_tokens", "output_tokens", "num_model_requests"]
        case .embeddings, .moderations: ["input_tokens", "num_model_requests"]
        case .images: ["images", "num_model_requests"]
        case .audioSpeeches: ["characters", "num_model_requests"]
        case .audioTranscriptions: ["seconds", "num_model_requests"]
        case .vectorStores: ["usage_bytes"]
        case .codeInterpreterSessions: ["num_sessions"]
        case .fileSearchCalls: ["num_requests"]
        case .webSearchCalls: ["num_model_requests", "num_requests"]
        case .costs: []
        }
    }

    /// Whether the endpoint takes the `api_key_ids` filter (all but vector stores and code
    /// interpreter sessions; `notes/openai-admin-api.md` §1.2, §2).
    var acceptsAPIKeyFilter: Bool {
        self != .vectorStores && self != .codeInterpreterSessions
    }
}

// MARK: - Encoding

/// Turns a ``BucketQuery`` into the query items of `GET /organization/usage/{type}` or
/// `GET /organization/costs` (`notes/openai-admin-api.md` §1.1, §2).
enum BucketQueryEncoding {
    /// Rejects, before any request, a query the endpoint cannot accept: a width it does not
    /// offer (costs: `1d` only), a `group_by` value it does not know, an `api_key_ids` filter it
    /// does not take, or an empty time window.
    ///
    /// - Throws: ``AdminAPIError/badRequest(message:)``.
    static func validate(_ dataset: Dataset, _ query: BucketQuery) throws(AdminAPIError) {
        guard dataset.allowedWidths.contains(query.width) else {
            throw .badRequest(message: "\(dataset.path) does not accept bucket_width=\(query.width.rawValue)")
        }
        let unsupported = query.grouping.dimensions.filter { !dataset.groupableDimensions.contains($0) }
        guard unsupported.isEmpty else {
            throw .badRequest(message: "\(dataset.path) cannot group_by \(unsupported.map(\.rawValue).joined(separator: ","))")
        }
        guard query.apiKeyIDs.isEmpty || dataset.acceptsAPIKeyFilter else {
            throw .badRequest(message: "\(dataset.path) has no api_key_ids filter")
        }
        if let end = query.endTime, end <= query.startTime {
            throw .badRequest(message: "end_time (\(end)) must be after start_time (\(query.startTime))")
        }
    }

    /// The `limit` sent: `query.pageLimit` clamped to 1…max, or the endpoint's maximum for the
    /// width (``Dataset/maxLimit(for:)``).
    static func limit(_ dataset: Dataset, _ query: BucketQuery) -> Int {
        let max = dataset.maxLimit(for: query.width)
        return query.pageLimit.map { Swift.min(Swift.max($0, 1), max) } ?? max
    }

    /// `start_time`, `end_time` (omitted when `nil`), `bucket_width`, repeated `group_by`,
    /// `project_ids` and `api_key_ids`, `limit`, and `page` when continuing.
    static func items(_ dataset: Dataset, _ query: BucketQuery, page: String?) -> [(String, String)] {
        var items: [(String, String)] = [("start_time", String(query.startTime))]
        if let end = query.endTime { items.append(("end_time", String(end))) }
        items.append(("bucket_width", query.width.rawValue))
        items += query.grouping.dimensions.map { ("group_by", $0.rawValue) }
        items += query.projectIDs.map { ("project_ids", $0) }
        items += query.apiKeyIDs.map { ("api_key_ids", $0) }
        items.append(("limit", String(limit(dataset, query))))
        if let page { items.append(("page", page)) }
        return items
    }
}
