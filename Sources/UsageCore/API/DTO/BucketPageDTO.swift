/// A page of buckets, the `UsageResponse` of every usage endpoint and of costs:
/// `{"object":"page","data":[bucket…],"has_more":bool,"next_page":string|null}`
/// (`notes/openai-admin-api.md` §0, §1.4).
struct BucketPageDTO: Decodable, Sendable {
    /// The buckets of this page, in time order.
    var data: [BucketDTO]
    /// Whether another page follows.
    var hasMore: Bool
    /// The cursor for `page=` of the next request; `nil` (or absent) on the last page.
    var nextPage: String?

    enum CodingKeys: String, CodingKey {
        case data
        case hasMore = "has_more"
        case nextPage = "next_page"
    }
}

/// One time bucket: `{"object":"bucket","start_time":…,"end_time":…,"results":[…]}`.
///
/// The array is `results`; spec schemas of 2024–2025 named it `result`, so both are read.
struct BucketDTO: Decodable, Sendable {
    /// Bucket start, inclusive (Unix seconds UTC).
    var startTime: Int64
    /// Bucket end, exclusive (Unix seconds UTC).
    var endTime: Int64
    /// The bucket's results; empty for an idle period.
    var results: [UsageResultDTO]

    enum CodingKeys: String, CodingKey {
        case startTime = "start_time"
        case endTime = "end_time"
        case results
        case result
    }

    /// A bucket from its parts.
    init(startTime: Int64, endTime: Int64, results: [UsageResultDTO]) {
        self.startTime = startTime
        self.endTime = endTime
        self.results = results
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        startTime = try c.decode(Int64.self, forKey: .startTime)
        endTime = try c.decode(Int64.self, forKey: .endTime)
        if c.contains(.results) {
            results = try c.decode([UsageResultDTO].self, forKey: .results)
        } else if c.contains(.result) {
            results = try c.decode([UsageResultDTO].self, forKey: .result)
        } else {
            throw DecodingError.keyNotFound(CodingKeys.results, .init(
                codingPath: c.codingPath, debugDescription: "neither results nor result is present"))
        }
    }
}

// MARK: - Mapping

extension BucketDTO {
    /// The bucket as a ``UsageBucket`` whose records carry `dataset` and the query's grouping
    /// and width.
    ///
    /// - Parameter location: Where this bucket sits in the body (`data[3]`), for error details.
    /// - Throws: ``AdminAPIError/badBody(detail:)`` when a usage result lacks a metric the spec
    ///   requires, or a cost is not in USD.
    func usageBucket(_ dataset: Dataset, query: BucketQuery, endpoint: String, location: String) throws(AdminAPIError) -> UsageBucket {
        var records: [UsageRecord] = []
        records.reserveCapacity(results.count)
        for (index, result) in results.enumerated() {
            let place = "\(location).results[\(index)]"
            var record = UsageRecord(
                dataset: dataset, grouping: query.grouping, width: query.width,
                startTime: startTime, endTime: endTime, dimensions: result.dimensions)
            if dataset == .costs {
                if let currency = result.amount?.currency, currency.lowercased() != "usd" {
                    throw .badBody(detail: "\(endpoint): \(place).amount.currency is \"\(currency)\", only usd is supported")
                }
                record.amount = result.amount?.value.map(USD.init)
                record.quantity = result.quantity
                record.quantityUnit = result.quantityUnit
            } else {
                for name in dataset.requiredMetrics where result.integers[name] == nil {
                    throw .badBody(detail: "\(endpoint): \(place).\(name) is missing or not an integer")
                }
                record.metrics = result.integers
            }
            records.append(record)
        }
        return UsageBucket(startTime: startTime, endTime: endTime, records: records)
    }
}
